// The engine's plain data: what analyzeDocument returns, serialisable as JSON. Shared by the content script,
// the CLI, the UI and the tests; nothing here may refer to the DOM.

export type SourceKind = 'person' | 'organization' | 'group' | 'document';
export type SourceCategory = 'government' | 'military-security' | 'expert' | 'organization' | 'media' | 'other';
export type NumberKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'fraction'
  | 'range'
  | 'duration'
  | 'date'
  /** A time of day: "10:30 a.m.", "3 p.m. ET", "8.30pm". */
  | 'time'
  /** A person's age: "the 45-year-old", "Joan Ferris, 67,", "aged 30". Not a count of anything. */
  | 'age'
  | 'ordinal'
  | 'other';
export type ClutterKind = 'related' | 'promo' | 'comments' | 'ad' | 'newsletter' | 'share' | 'other';
/** Every kind of number, in the order the options page lists them. */
export const NUMBER_KINDS: readonly NumberKind[] = [
  'count',
  'money',
  'percent',
  'fraction',
  'range',
  'duration',
  'date',
  'time',
  'age',
  'ordinal',
  'other',
];

export const CLUTTER_KINDS: readonly ClutterKind[] = [
  'related',
  'promo',
  'comments',
  'ad',
  'newsletter',
  'share',
  'other',
];
export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'list-item' | 'caption';

/** A stretch of one article block: the block's index and [start, end) offsets into that block's text. */
export interface Span {
  block: number;
  start: number;
  end: number;
}

/** One block of the article body as the engine sees it: whitespace already collapsed, no markup. */
export interface TextBlock {
  text: string;
  kind: BlockKind;
}

/** What an attribution reports of its source: words said or written ("said", "according to", "the data shows"), a
 * belief or estimate ("believes", "expects"), an intention ("wants", "plans to"), or a position taken on
 * something ("criticized", "endorsed", "denied"). */
export type AttributionKind = 'speech' | 'belief' | 'intention' | 'stance';

/** The kinds in the order they are counted (speech first), with their names in English: the exports' and the
 * terminal report's (the sidebar names them in the reader's language). */
export const ATTRIBUTION_KINDS: Readonly<Record<AttributionKind, string>> = {
  speech: 'speech',
  belief: 'belief or estimate',
  intention: 'intention',
  stance: 'position taken',
};

/** What attributes a sentence to one of its sources: "X said ..., but Y argued ..." gives Y the cue "argued". */
export interface ClaimCue {
  cue: string;
  cueKind: AttributionKind;
}

export interface Claim {
  id: string;
  /** The whole sentence. */
  text: string;
  /** The main source (the one of the cue that governs the sentence); `sourceIds` lists every source the sentence
   * attributes something to: two that share one cue ("A and B said"), or each of several attributions ("X said ...,
   * but Y argued ..."). */
  sourceId: string | null;
  sourceIds: string[];
  /** The cue of each of `sourceIds`, in the same order: the sidebar tells what each source said, believed or did. */
  sourceCues: ClaimCue[];
  /** The words that attribute it: "said", "told Reuters", "according to", "the data shows" (the main source's). */
  cue: string;
  /** What the cue reports: speech, a belief, an intention or a stance. */
  cueKind: AttributionKind;
  /** The quoted words, when the claim is (or contains) a direct quote. */
  quote: string | null;
  span: Span;
}

export interface Source {
  id: string;
  name: string;
  named: boolean;
  kind: SourceKind;
  category: SourceCategory;
  role: string | null;
  affiliation: string | null;
  claimCount: number;
}

export interface NumberMention {
  /** With its qualifier and unit: "some 4,000 trawlers". */
  text: string;
  value: number | null;
  kind: NumberKind;
  span: Span;
}

export interface NonResponse {
  party: string;
  text: string;
  span: Span;
}

export interface ClutterItem {
  kind: ClutterKind;
  /** The first 200 characters of the block's text. */
  text: string;
}

export interface ArticleInfo {
  title: string;
  authors: string[];
  publisher: string | null;
  published: string | null;
  /** The body only: blocks joined by blank lines, no title or byline. */
  text: string;
  wordCount: number;
  language: string | null;
  /** How sure the engine is that this is the page's article (utils/page/certainty.ts); absent from old output. */
  certainty?: ArticleCertainty;
}

/**
 * Why the engine is not sure of the article it found: another story scores nearly as well; the page's headline
 * sits with another story; the body is small beside the prose outside it; the body is one of a run of cards; the
 * article the reader picked for this site is not on this page (or holds no prose here), so the engine chose.
 */
export type UnsureReason = 'close-runner-up' | 'headline-elsewhere' | 'short-body' | 'card-run' | 'pick-not-found';

export interface ArticleCertainty {
  level: 'sure' | 'unsure';
  /** Empty when sure. */
  reasons: UnsureReason[];
  /** The reader picked this article on the page (their choice is sure). */
  picked: boolean;
}

/** What the pure engine finds in the article's text blocks. */
export interface TextAnalysis {
  claims: Claim[];
  sources: Source[];
  numbers: NumberMention[];
  nonResponses: NonResponse[];
}

/** Whether the claim and source rules exist for the article's language (utils/analysis/language.ts). */
export interface AttributionSupport {
  /** False on an article in a language the rules are not written for: no claims or sources are looked for. */
  available: boolean;
  /** The article's language as a base code ("en", "ar", "ko"), from its declaration checked against its
   * letters; null when it cannot be told. */
  language: string | null;
}

export interface Analysis extends TextAnalysis {
  url: string | null;
  isArticle: boolean;
  article: ArticleInfo | null;
  attribution: AttributionSupport;
  clutter: ClutterItem[];
  timings: { totalMs: number };
}
