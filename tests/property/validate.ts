// A strict validator for the engine's output (utils/analysis/types.ts): every field present with the right type,
// no extra fields, enums in range, spans inside their blocks, ids unique and references resolvable. Returns
// the list of problems (empty when valid) so a failing property prints all of them at once.
import { type Analysis, NUMBER_KINDS, type TextAnalysis, type TextBlock } from '../../utils/analysis/types';

/** What a claim's cue reports (types.ts AttributionKind). */
const CUE_KINDS = new Set<unknown>(['speech', 'belief', 'intention', 'stance']);
const SOURCE_KINDS = ['person', 'organization', 'group', 'document'];
const SOURCE_CATEGORIES = ['government', 'military-security', 'expert', 'organization', 'media', 'other'];
const CLUTTER_KINDS = ['related', 'promo', 'comments', 'ad', 'newsletter', 'share', 'other'];
/** ClutterItem.text: "the first 200 characters of the block's text". */
const MAX_CLUTTER_TEXT = 200;

/** Object keys each type may have; optional ones are listed separately (adding optional fields is allowed). */
const SHAPES: Readonly<Record<string, { required: readonly string[]; optional?: readonly string[] }>> = {
  analysis: {
    required: [
      'url',
      'isArticle',
      'article',
      'attribution',
      'claims',
      'sources',
      'numbers',
      'nonResponses',
      'clutter',
      'timings',
    ],
  },
  attribution: { required: ['available', 'language'] },
  textAnalysis: { required: ['claims', 'sources', 'numbers', 'nonResponses'] },
  article: {
    required: ['title', 'authors', 'publisher', 'published', 'text', 'wordCount', 'language'],
    optional: ['certainty'],
  },
  claim: { required: ['id', 'text', 'sourceId', 'sourceIds', 'sourceCues', 'cue', 'cueKind', 'quote', 'span'] },
  claimCue: { required: ['cue', 'cueKind'] },
  source: { required: ['id', 'name', 'named', 'kind', 'category', 'role', 'affiliation', 'claimCount'] },
  number: { required: ['text', 'value', 'kind', 'span'] },
  nonResponse: { required: ['party', 'text', 'span'] },
  clutter: { required: ['kind', 'text'] },
  span: { required: ['block', 'start', 'end'] },
  timings: { required: ['totalMs'] },
};

type Problems = string[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Checker {
  readonly problems: Problems = [];

  constructor(private readonly optionalFields: ReadonlySet<string> = new Set()) {}

  fail(path: string, message: string): void {
    if (this.problems.length < 50) this.problems.push(`${path}: ${message}`);
  }

  object(path: string, value: unknown, shape: keyof typeof SHAPES): value is Record<string, unknown> {
    if (!isRecord(value)) {
      this.fail(path, `expected an object, got ${JSON.stringify(value)}`);
      return false;
    }
    const spec = SHAPES[shape];
    if (spec === undefined) throw new Error(`unknown shape ${shape}`);
    for (const key of spec.required) if (!(key in value)) this.fail(path, `missing field ${key}`);
    for (const key of Object.keys(value)) {
      if (
        !spec.required.includes(key) &&
        !spec.optional?.includes(key) &&
        !this.optionalFields.has(`${shape}.${key}`)
      ) {
        this.fail(path, `unexpected field ${key}`);
      }
    }
    return true;
  }

  string(path: string, value: unknown): value is string {
    if (typeof value !== 'string') {
      this.fail(path, `expected a string, got ${JSON.stringify(value)}`);
      return false;
    }
    return true;
  }

  nonEmpty(path: string, value: unknown): value is string {
    if (!this.string(path, value)) return false;
    if (value.trim() === '') {
      this.fail(path, 'expected a non-empty string');
      return false;
    }
    return true;
  }

  stringOrNull(path: string, value: unknown): void {
    if (value !== null) this.string(path, value);
  }

  boolean(path: string, value: unknown): void {
    if (typeof value !== 'boolean') this.fail(path, `expected a boolean, got ${JSON.stringify(value)}`);
  }

  count(path: string, value: unknown): value is number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      this.fail(path, `expected a non-negative integer, got ${String(value)}`);
      return false;
    }
    return true;
  }

  finite(path: string, value: unknown): void {
    if (typeof value !== 'number' || !Number.isFinite(value))
      this.fail(path, `expected a finite number, got ${String(value)}`);
  }

  oneOf(path: string, value: unknown, allowed: readonly string[]): void {
    if (typeof value !== 'string' || !allowed.includes(value))
      this.fail(path, `expected one of ${allowed.join('|')}, got ${JSON.stringify(value)}`);
  }

  array(path: string, value: unknown): value is unknown[] {
    if (!Array.isArray(value)) {
      this.fail(path, `expected an array, got ${JSON.stringify(value)}`);
      return false;
    }
    return true;
  }

  /** A span inside its block; returns the text it points at, or null. */
  span(path: string, value: unknown, blocks: readonly TextBlock[] | null): string | null {
    if (!this.object(path, value, 'span')) return null;
    const ok = [
      this.count(`${path}.block`, value.block),
      this.count(`${path}.start`, value.start),
      this.count(`${path}.end`, value.end),
    ].every(Boolean);
    if (!ok) return null;
    const { block, start, end } = value as { block: number; start: number; end: number };
    if (end <= start) this.fail(path, `empty or reversed span [${start}, ${end})`);
    if (blocks === null) return null;
    const text = blocks[block]?.text;
    if (text === undefined) {
      this.fail(path, `block ${block} does not exist (${blocks.length} blocks)`);
      return null;
    }
    if (end > text.length) {
      this.fail(path, `span end ${end} beyond block ${block}'s length ${text.length}`);
      return null;
    }
    return text.slice(start, end);
  }
}

export interface ValidateOptions {
  /** The blocks the spans index into (analyzePage's article blocks, or analyzeText's input). */
  blocks: readonly TextBlock[] | null;
  /** "shape.field" names of optional fields the engine has added since this validator was written. */
  extraFields?: readonly string[];
}

/** Problems with a TextAnalysis (claims, sources, numbers, non-responses) against the blocks it came from. */
export function validateTextAnalysis(value: unknown, options: ValidateOptions): Problems {
  const c = new Checker(new Set(options.extraFields));
  if (!c.object('analysis', value, 'textAnalysis')) return c.problems;
  checkTextParts(c, value, options.blocks);
  return c.problems;
}

/** Problems with a whole Analysis; with `blocks`, also that the article text is exactly the blocks joined. */
export function validateAnalysis(value: unknown, options: ValidateOptions): Problems {
  const c = new Checker(new Set(options.extraFields));
  if (!c.object('analysis', value, 'analysis')) return c.problems;
  c.stringOrNull('url', value.url);
  c.boolean('isArticle', value.isArticle);
  if (c.object('attribution', value.attribution, 'attribution')) {
    c.boolean('attribution.available', value.attribution.available);
    c.stringOrNull('attribution.language', value.attribution.language);
    // no claims or sources are looked for in a language the rules are not written for
    if (value.attribution.available === false) {
      for (const key of ['claims', 'sources'] as const) {
        if (Array.isArray(value[key]) && value[key].length > 0) c.fail(key, 'found where attribution is unavailable');
      }
    }
  }
  if (c.object('timings', value.timings, 'timings')) c.finite('timings.totalMs', value.timings.totalMs);
  if (c.array('clutter', value.clutter)) {
    for (const [i, item] of value.clutter.entries()) {
      const p = `clutter[${i}]`;
      if (!c.object(p, item, 'clutter')) continue;
      c.oneOf(`${p}.kind`, item.kind, CLUTTER_KINDS);
      if (c.string(`${p}.text`, item.text) && item.text.length > MAX_CLUTTER_TEXT) {
        c.fail(`${p}.text`, `longer than ${MAX_CLUTTER_TEXT} characters (${item.text.length})`);
      }
    }
  }
  const article = value.article;
  if (article === null) {
    if (value.isArticle === true) c.fail('article', 'isArticle is true but article is null');
    for (const key of ['claims', 'sources', 'numbers', 'nonResponses'] as const) {
      if (Array.isArray(value[key]) && value[key].length > 0) c.fail(key, 'found without an article');
    }
  } else if (c.object('article', article, 'article')) {
    c.string('article.title', article.title);
    if (c.array('article.authors', article.authors)) {
      for (const [i, a] of article.authors.entries()) c.nonEmpty(`article.authors[${i}]`, a);
    }
    c.stringOrNull('article.publisher', article.publisher);
    c.stringOrNull('article.published', article.published);
    c.stringOrNull('article.language', article.language);
    c.count('article.wordCount', article.wordCount);
    if (c.string('article.text', article.text) && options.blocks !== null) {
      const joined = options.blocks.map((b) => b.text).join('\n\n');
      if (article.text !== joined) c.fail('article.text', 'is not the blocks joined by blank lines');
    }
  }
  checkTextParts(c, value, options.blocks);
  // Beyond the spans: every quoted or attributed text must be in the article text as the reader sees it.
  if (isRecord(article) && typeof article.text === 'string') {
    const text = article.text;
    const within = (path: string, s: unknown) => {
      if (typeof s === 'string' && !text.includes(s))
        c.fail(path, `${JSON.stringify(s.slice(0, 80))} is not in article.text`);
    };
    for (const [i, claim] of arrayOf(value.claims).entries()) {
      if (!isRecord(claim)) continue;
      within(`claims[${i}].text`, claim.text);
      if (typeof claim.quote === 'string')
        for (const piece of quotePieces(claim.quote)) within(`claims[${i}].quote`, piece);
    }
    for (const [i, n] of arrayOf(value.numbers).entries()) if (isRecord(n)) within(`numbers[${i}].text`, n.text);
    for (const [i, n] of arrayOf(value.nonResponses).entries()) {
      if (isRecord(n)) within(`nonResponses[${i}].text`, n.text);
    }
  }
  return c.problems;
}

/** A quote broken by its cue is joined with an ellipsis (utils/analysis/pipeline.ts QUOTE_JOINER). */
const QUOTE_JOINER = ' \u2026 ';

function quotePieces(quote: string): string[] {
  return quote.split(QUOTE_JOINER);
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function checkTextParts(c: Checker, value: Record<string, unknown>, blocks: readonly TextBlock[] | null): void {
  const sourceIds = new Set<string>();
  if (c.array('sources', value.sources)) {
    for (const [i, s] of value.sources.entries()) {
      const p = `sources[${i}]`;
      if (!c.object(p, s, 'source')) continue;
      if (c.nonEmpty(`${p}.id`, s.id)) {
        if (sourceIds.has(s.id)) c.fail(`${p}.id`, `duplicate id ${s.id}`);
        sourceIds.add(s.id);
      }
      c.nonEmpty(`${p}.name`, s.name);
      c.boolean(`${p}.named`, s.named);
      c.oneOf(`${p}.kind`, s.kind, SOURCE_KINDS);
      c.oneOf(`${p}.category`, s.category, SOURCE_CATEGORIES);
      c.stringOrNull(`${p}.role`, s.role);
      c.stringOrNull(`${p}.affiliation`, s.affiliation);
      c.count(`${p}.claimCount`, s.claimCount);
    }
  }
  const claims = c.array('claims', value.claims) ? value.claims : [];
  const claimIds = new Set<string>();
  const citedBy = new Map<string, number>();
  for (const [i, claim] of claims.entries()) {
    const p = `claims[${i}]`;
    if (!c.object(p, claim, 'claim')) continue;
    if (c.nonEmpty(`${p}.id`, claim.id)) {
      if (claimIds.has(claim.id)) c.fail(`${p}.id`, `duplicate id ${claim.id}`);
      claimIds.add(claim.id);
    }
    const text = c.nonEmpty(`${p}.text`, claim.text) ? claim.text : null;
    c.nonEmpty(`${p}.cue`, claim.cue);
    if (!CUE_KINDS.has(claim.cueKind)) c.fail(`${p}.cueKind`, `${String(claim.cueKind)} is no cue kind`);
    c.stringOrNull(`${p}.quote`, claim.quote);
    if (claim.sourceId !== null && c.string(`${p}.sourceId`, claim.sourceId) && !sourceIds.has(claim.sourceId)) {
      c.fail(`${p}.sourceId`, `${claim.sourceId} is not a source id`);
    }
    if (c.array(`${p}.sourceIds`, claim.sourceIds)) {
      for (const id of claim.sourceIds) {
        if (typeof id !== 'string' || !sourceIds.has(id)) c.fail(`${p}.sourceIds`, `${String(id)} is not a source id`);
        else citedBy.set(id, (citedBy.get(id) ?? 0) + 1);
      }
      if (new Set(claim.sourceIds).size !== claim.sourceIds.length) c.fail(`${p}.sourceIds`, 'has duplicates');
      if (typeof claim.sourceId === 'string' && !claim.sourceIds.includes(claim.sourceId)) {
        c.fail(`${p}.sourceIds`, 'does not include sourceId');
      }
      if (claim.sourceId === null && claim.sourceIds.length > 0)
        c.fail(`${p}.sourceIds`, 'non-empty without a sourceId');
    }
    if (c.array(`${p}.sourceCues`, claim.sourceCues)) {
      if (Array.isArray(claim.sourceIds) && claim.sourceCues.length !== claim.sourceIds.length)
        c.fail(`${p}.sourceCues`, 'is not parallel to sourceIds');
      for (const [k, part] of claim.sourceCues.entries()) {
        if (!c.object(`${p}.sourceCues[${k}]`, part, 'claimCue')) continue;
        c.nonEmpty(`${p}.sourceCues[${k}].cue`, part.cue);
        if (!CUE_KINDS.has(part.cueKind))
          c.fail(`${p}.sourceCues[${k}].cueKind`, `${String(part.cueKind)} is no cue kind`);
      }
    }
    const at = c.span(`${p}.span`, claim.span, blocks);
    if (at !== null && text !== null && at !== text) {
      c.fail(
        `${p}.span`,
        `points at ${JSON.stringify(at.slice(0, 80))}, not at the claim's text ${JSON.stringify(text.slice(0, 80))}`,
      );
    }
    // A quote may run over several sentences ("We will fight. We will win," he said), so only its block is sure.
    const blockText =
      isRecord(claim.span) && typeof claim.span.block === 'number' ? blocks?.[claim.span.block]?.text : undefined;
    if (blockText !== undefined && typeof claim.quote === 'string') {
      for (const piece of quotePieces(claim.quote)) {
        if (!blockText.includes(piece))
          c.fail(`${p}.quote`, `${JSON.stringify(piece.slice(0, 80))} is not in the claim's block`);
      }
    }
    // No check that the cue is in the sentence: a quote running over several sentences (or paragraphs) lends
    // every one of them the cue of the sentence that carries it.
  }
  if (Array.isArray(value.sources)) {
    for (const [i, s] of value.sources.entries()) {
      if (!isRecord(s) || typeof s.id !== 'string' || typeof s.claimCount !== 'number') continue;
      if (s.claimCount > claims.length) c.fail(`sources[${i}].claimCount`, `${s.claimCount} > ${claims.length} claims`);
      if ((citedBy.get(s.id) ?? 0) === 0 && s.claimCount > 0) {
        c.fail(`sources[${i}].claimCount`, `${s.claimCount} but no claim lists ${s.id}`);
      }
    }
  }
  let previous: { block: number; end: number } | null = null;
  for (const [i, n] of (c.array('numbers', value.numbers) ? value.numbers : []).entries()) {
    const p = `numbers[${i}]`;
    if (!c.object(p, n, 'number')) continue;
    const text = c.nonEmpty(`${p}.text`, n.text) ? n.text : null;
    if (n.value !== null) c.finite(`${p}.value`, n.value);
    c.oneOf(`${p}.kind`, n.kind, NUMBER_KINDS);
    const at = c.span(`${p}.span`, n.span, blocks);
    if (at !== null && text !== null && at !== text) {
      c.fail(`${p}.span`, `points at ${JSON.stringify(at.slice(0, 80))}, not at ${JSON.stringify(text.slice(0, 80))}`);
    }
    // findNumbers promises mentions in text order without overlaps; the pipeline keeps block order.
    if (isRecord(n.span) && typeof n.span.block === 'number' && typeof n.span.start === 'number') {
      const { block, start } = n.span;
      if (previous !== null && (block < previous.block || (block === previous.block && start < previous.end))) {
        c.fail(p, `out of order or overlapping the previous number (block ${block}, start ${start})`);
      }
      previous = { block, end: typeof n.span.end === 'number' ? n.span.end : start };
    }
  }
  for (const [i, n] of (c.array('nonResponses', value.nonResponses) ? value.nonResponses : []).entries()) {
    const p = `nonResponses[${i}]`;
    if (!c.object(p, n, 'nonResponse')) continue;
    c.string(`${p}.party`, n.party); // '' when the sentence names no party ("declined to comment.")
    c.nonEmpty(`${p}.text`, n.text);
    c.span(`${p}.span`, n.span, blocks);
  }
}

/** The analysis without what legitimately changes between two runs (timings), for determinism checks. */
export function withoutTimings(analysis: Analysis | TextAnalysis): unknown {
  const { timings: _timings, ...rest } = analysis as Analysis;
  return JSON.parse(JSON.stringify(rest)) as unknown;
}
