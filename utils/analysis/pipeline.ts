// The pure engine: article text blocks in, claims, sources, numbers and non-responses out (with spans).
// Stages per block: quotes -> sentences -> cue per sentence -> sources (coreference, in reading order) ->
// quotations spread over several sentences; then numbers; then sources are named, categorised and numbered.
// Written as Steps (steps.ts): it pauses after every sentence, so the content script can read a long article in
// slices and paint each block's claims and numbers as soon as the block is read (`onBlock`). The first blocks'
// numbers are found before anything else (`onNumbers`): they need neither the whole text's names nor the claim
// rules, and the content script paints them while the rest is read (issue 15: the first highlights).
import {
  afterDateline,
  type CueMatch,
  EDITORIAL_LABEL,
  findCues,
  findNonResponse,
  findTopic,
  isAgent,
  pickCue,
  type SentenceView,
  type SourcePhrase,
} from './attribution';
import {
  type BlockNumbers,
  findNextBlockNumbers,
  numbersAheadSteps,
  numbersOfBlock,
  numbersOnlySteps,
} from './block-numbers';
import { normSurname } from './entity';
import { knowledgeSteps, type TextKnowledge } from './knowledge';
import { GROUP_NOUNS, GuardedRegExp, hintOf, ORG_NOUNS, PERSON_ROLE_NOUNS } from './lexicon';
import { parseNounPhrase, singular } from './noun-phrase';
import { findQuotes, maskQuotes, type QuoteRange, splitSentences, type TextRange } from './segment';
import { SourceRegistry } from './sources';
import { complete, STEP_EVERY, type Steps } from './steps';
import type {
  AttributionKind,
  Claim,
  ClaimCue,
  NonResponse,
  NumberMention,
  SourceCategory,
  Span,
  TextAnalysis,
  TextBlock,
} from './types';

/** A sentence at least this much inside quote marks, opening with one, continues the previous quote's
 * speaker ("'We will fight,' he said. 'We will never give up.'"). */
const FOLLOW_ON_QUOTE_SHARE = 0.6;
/** Blocks that never hold claims: headings and captions are labels, not reporting. */
const CLAIMLESS_BLOCKS = new Set<TextBlock['kind']>(['heading', 'caption']);
/** A clause of its own joined after a report: ", but Lee denied it", "; Lee said". */
const CLAUSE_JOIN = /;|,\s*(?:but|and|while|yet|whereas|although|though)\s/u;
/** "I", "I'm", "my", "me": quoted words in the first person singular are one person's. */
const FIRST_PERSON_SINGULAR = /(?<![\p{L}'\u2019])(?:I(?:['\u2019](?:m|ve|d|ll))?|my|me|myself)(?![\p{L}'\u2019])/u;
/** "None of the officials interviewed for this story expected ...": the people no one of whom spoke, whom a later
 * "they" means ("But they warned ..."). The group is a plural after "the", "those" or "these", with the participle
 * that says how the story met them ("interviewed for this story", "polled by Kestrel"), cut before a relative
 * clause or the verb. */
const NONE_OF_GROUP =
  /^(?:But\s+|And\s+|Yet\s+)?(?:None|Neither|Not\s+one|Few)\s+of\s+((?:the|those|these)\s+[\p{L}'\u2019-]+(?:\s+(?!(?:interviewed|contacted|polled|surveyed|quoted|asked|who|that)\b)[\p{L}'\u2019-]+)?(?:\s+(?:interviewed|contacted|polled|surveyed|quoted|asked)(?:\s+(?:for|by)\s+(?:this\s+(?:story|article|report)|\p{Lu}[\p{L}.'\u2019-]*))?)?)(?=\s+(?:who|that|\p{Ll}+))/u;
/**
 * A picture's credit on a line of its own, as pages print it under a photo inside a story: "Dana Reyes via
 * Kestrel Images.", "Photo: Ana Lowe/Harlow Courier", "Ivo Brand for The Courier" (capitalised words only).
 */
const PICTURE_CREDIT =
  /^(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Pp]icture|[Cc]redit|PHOTO|IMAGE)\s*:\s*[^.!?]{1,60}$|^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:\s(?:via|for)\s|\/)\s*(?:The\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}\.?$/u;
/** The cue shown for a quote paragraph credited to the person the sentence before it introduced: there is no
 * verb, the quote marks attribute it. */
const INTRODUCED_CUE = 'quoted';
/** A line that opens with a label in capitals and a colon is a promo or a heading, not reporting: "WATCH: ...",
 * "READ MORE: ... says". */
const LABEL_LINE = new GuardedRegExp(
  "^\\s*[\\p{Lu}\\d][\\p{Lu}\\d '\\u2019&.-]{1,30}:",
  'u',
  // No \p{…} class to compile where no sentence opens so: a capital or digit (not lower-case ASCII), up to 30 code
  // points (60 code units) that are not lower-case ASCII, and a colon (lexicon.ts GuardedRegExp).
  hintOf(/^\s*[^\sa-z][^a-z]{1,60}:/),
);
/** A quoted line of at most this many words standing alone as a paragraph is a subhead ("'Totally committed.'"). */
const SUBHEAD_MAX_WORDS = 6;
/** Joins the pieces of a quote broken by its cue ("'We expect ...,' he said, 'mainly ...'"). */
const QUOTE_JOINER = ' \u2026 ';
/** An ellipsis that ends (or opens) a piece of a broken quote: the joiner stands for it, once. */
const ELLIPSIS_END = /\s*(?:\u2026|\.{3})$/;
const ELLIPSIS_START = /^(?:\u2026|\.{3})\s*/;

interface Draft {
  /** The claim's id, given when its block is done (drafts are kept in reading order, so it is final). */
  id: string;
  block: number;
  start: number;
  end: number;
  sourceIds: string[];
  /** The cue of each of `sourceIds`. */
  sourceCues: ClaimCue[];
  cue: string;
  cueKind: AttributionKind;
  quote: string | null;
}

/** A sentence's sources, each with the cue that attributes the sentence to it; the first is the main one. `main`
 * is the governing cue, also when it names no source. */
interface Attributed {
  main: ClaimCue;
  ids: string[];
  cues: ClaimCue[];
}

/** One block read to the end: its claims and numbers are final, only their sources' ids and categories are not
 * (a later mention can merge two sources or say more about one). */
export interface BlockResult {
  block: number;
  /** Each claim with the id it keeps in the final analysis, so that what is painted now is found again then. */
  claims: Array<{ id: string; span: Span; category: SourceCategory }>;
  numbers: NumberMention[];
}

/** A subject that is only a quantifier ("Others", "some"): it names no one alone. */
const BARE_QUANTIFIER = /^(?:others|some|many|most)$/i;
/** A transcript's label: a name of one to three words in capitals or not, and a colon ("Lowe:", "ANA LOWE:"). */
const SPEAKER_LABEL = /^\s*(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2}):\s+\S/u;
/** A transcript gives a person two answers at least. */
const MIN_TRANSCRIPT_TURNS = 2;
/** An answer has words: "Fine." is one. */
const MIN_LABELLED_WORDS = 1;

/**
 * The person a transcript's label names: the label's last word is the family name of a person the text names in
 * full, and its other words are that person's own ("Lowe:", "Ana Lowe:"; never "Location:", "Pros:", "AP:").
 */
function speakerLabel(text: string, knowledge: TextKnowledge): SpeakerLabel | null {
  const m = SPEAKER_LABEL.exec(text);
  if (!m?.[1]) return null;
  const label = m[1];
  const words = label.split(/\s+/).map((w) => (/\p{Ll}/u.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()));
  const last = words[words.length - 1] ?? '';
  // ("Bonus Tip:", "Total Reviews:": a word the text also writes in lower case is no family name)
  if (knowledge.writtenLowerCase(last)) return null;
  const full = knowledge.people.get(normSurname(last));
  // ("This Kong" of "This Kong is taller": a determiner before a name makes no person of it)
  if (!full || parseNounPhrase(full).kind !== 'person') return null;
  const fullWords = new Set(full.split(/\s+/).map((w) => w.toLowerCase()));
  if (!words.every((w) => fullWords.has(w.toLowerCase()))) return null;
  const cue = `${label}:`;
  const end = text.indexOf(cue) + cue.length;
  // ("Jackpot: (i): 3, 4, 5": numbers after a label are a table's row, not words anyone says)
  if ((text.slice(end).match(/\p{L}{2,}/gu)?.length ?? 0) < MIN_LABELLED_WORDS) return null;
  return { name: full, cue, end };
}

/** A transcript's label. */
interface SpeakerLabel {
  /** The person's full name, as the text writes it elsewhere. */
  name: string;
  /** The label and its colon, the claims' cue ("Lowe:"). */
  cue: string;
  end: number;
}

/**
 * Each block's transcript label, read once, where it names a person who answers at least twice (an interview's
 * answers) and whom the text names outside a label too; never a name a label opens one line with (a list of
 * arrests, "Dow Jones Reprints: ...", a headline "Lowe: ...").
 */
function transcriptLabels(blocks: readonly TextBlock[], knowledge: TextKnowledge): Array<SpeakerLabel | null> {
  const labels = blocks.map((block) => speakerLabel(block.text, knowledge));
  const counts = new Map<string, number>();
  blocks.forEach((block, b) => {
    const label = labels[b];
    if (label && block.kind === 'paragraph') counts.set(label.name, (counts.get(label.name) ?? 0) + 1);
  });
  /** The text names the person outside a label too ("said Ana Lowe", "Lowe, who runs ..."). */
  const namedOutside = (name: string): boolean => {
    const surname = name.split(/\s+/).pop() ?? name;
    return blocks.some((block, b) => block.text.indexOf(surname, labels[b]?.end ?? 0) >= 0);
  };
  const speakers = new Set(
    [...counts].filter(([name, n]) => n >= MIN_TRANSCRIPT_TURNS && namedOutside(name)).map(([name]) => name),
  );
  return labels.map((label) => (label && speakers.has(label.name) ? label : null));
}

/** A block that ends with a colon introduces the block after it. */
const INTRO_COLON = /:\s*$/;

export interface TextOptions {
  /** Called after each block, in order, with what was found in it. */
  onBlock?: (result: BlockResult) => void;
  /** Called with each block's numbers, in order, before that block's `onBlock` (the first
   * NUMBERS_AHEAD_BLOCKS, block-numbers.ts, before any claim is looked for). */
  onNumbers?: (block: number, numbers: readonly NumberMention[]) => void;
  /** The first blocks' numbers, found and reported already (utils/page/read-page.ts finds them before this
   * module is loaded): found again otherwise. */
  ahead?: BlockNumbers;
  /** False: numbers only, no claims or sources (an article in a language the rules are not written for). */
  claims?: boolean;
}

export function analyzeText(blocks: readonly TextBlock[]): TextAnalysis {
  return complete(analyzeTextSteps(blocks));
}

export function* analyzeTextSteps(blocks: readonly TextBlock[], options: TextOptions = {}): Steps<TextAnalysis> {
  const blockNumbers = options.ahead ?? (yield* numbersAheadSteps(blocks, options));
  if (options.claims === false) return yield* numbersOnlySteps(blocks, blockNumbers, options);
  const knowledge = yield* knowledgeSteps(blocks);
  const registry = new SourceRegistry(knowledge);
  const transcript = transcriptLabels(blocks, knowledge);
  yield;
  const drafts: Draft[] = [];
  const nonResponses: NonResponse[] = [];
  // The last sentence of the previous block, when it was a claim: a quote paragraph may continue it.
  let previousBlockLast: Draft | null = null;
  // The named person the latest sentence was about, when it was no claim: a quote paragraph after it is theirs.
  let introduced: Attributed | null = null;
  const report = (b: number, found: readonly Draft[]): void => {
    options.onBlock?.({
      block: b,
      claims: found.map((d) => ({
        id: d.id,
        span: { block: b, start: d.start, end: d.end },
        category: registry.categoryOf(d.sourceIds[0] ?? null),
      })),
      numbers: numbersOfBlock(blockNumbers, b),
    });
  };

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as TextBlock;
    if (b >= blockNumbers.starts.length) {
      findNextBlockNumbers(blocks, blockNumbers, options);
      yield;
    }
    if (CLAIMLESS_BLOCKS.has(block.kind)) {
      previousBlockLast = null;
      introduced = null;
      report(b, []);
      continue;
    }
    const text = block.text;
    const quotes = findQuotes(text);
    const masked = maskQuotes(text, quotes);
    const sentences = splitSentences(text);
    const inBlock: Array<Draft | null> = [];
    // Who the last sentence of the previous block introduced, kept for a quote paragraph that opens this one.
    const introducedBefore = introduced;

    for (const sentence of sentences) {
      const view = afterDateline({ text, masked, start: sentence.start, end: sentence.end });
      const nonResponse = findNonResponse(view);
      if (nonResponse) {
        nonResponses.push({
          // "She declined to comment": the party is resolved like any source, so the reader sees who.
          party: nonResponse.party ? registry.partyName(nonResponse.party) : '',
          text: text.slice(sentence.start, sentence.end),
          span: { block: b, start: sentence.start, end: sentence.end },
        });
      }
      // The sentence's subject is the latest one a later "he" or "it" may mean, even when it is not quoted.
      // (A picture's credit printed as a line, "Dana Reyes via Kestrel Images.", is about nobody.)
      const credit = PICTURE_CREDIT.test(text.slice(sentence.start, sentence.end).trim());
      const topic = credit ? null : findTopic(view);
      const topicParsed = topic ? parseNounPhrase(topic.text) : null;
      if (topic && !topicParsed?.pronoun) registry.notice(topic);
      else if (!topic) {
        const about = noneOfGroup(view) ?? writersObject(view);
        if (about) registry.notice(about);
      }
      // "The student started a blog. She told the Post ...", "The study looked at 40 towns ..., it concluded": one
      // person, body or document the sentence is about, described but not named, is the latest a later "she" or
      // "it" may mean.
      const described = credit || topic ? null : (describedSubject(view) ?? pluralOpening(view));
      if (described) registry.noticeDescribed(described);
      // ("UPDATE 2: Zentro said ...": an editor's label opens reporting.)
      const line = text.slice(sentence.start, sentence.end);
      const label = LABEL_LINE.test(line) && !EDITORIAL_LABEL.test(line);
      const cues = label ? [] : findCues(view);
      const cue = pickCue(cues);
      // "He wrote of a visit to a chef, who urged ...": the "he" or "she" opening the sentence stays the one a later
      // pronoun means, though the claim inside the relative clause names another.
      const personal = topicParsed?.pronoun === 'he' || topicParsed?.pronoun === 'she';
      const held = cue?.embedded && topic && personal ? registry.resolve(topic) : null;
      const draft = cue ? makeDraft(b, text, sentence, quotes, resolveSentence(registry, cue, cues, masked)) : null;
      if (held) registry.promote(held);
      // "Lee thanked his rivals, Park and Cho, who say ...": the claim inside a relative clause leaves the sentence's
      // subject the latest one a later "he" means.
      if (draft && cue?.embedded && topic && !topicParsed?.pronoun) registry.notice(topic);
      // "Sources say adviser Ivo Brand recommended ...": a person named as the subject of what a group
      // or a document reports is the latest a later "he" may mean (after a person, "he" is still the speaker).
      if (draft && cue && !cue.tail && cue.kind === 'verb' && draft.sourceIds.every((id) => registry.isNoOne(id))) {
        const reported = findTopic({ ...view, start: cue.cueEnd });
        const p = reported ? parseNounPhrase(reported.text) : null;
        if (reported && p?.proper && p.kind === 'person') registry.notice(reported);
      }
      inBlock.push(draft);
      // "Jane Doe, a nurse, has worked there for years." introduces a speaker a quote paragraph may follow.
      if (draft) introduced = null;
      else if (topic && topicParsed?.proper && topicParsed.kind === 'person' && topic.text.includes(' ')) {
        const id = registry.resolve(topic);
        const quoted: ClaimCue = { cue: INTRODUCED_CUE, cueKind: 'speech' };
        introduced = id ? { main: quoted, ids: [id], cues: [quoted] } : introduced;
      } else if (!opensWithQuote(text, sentence, quotes)) introduced = null;
      yield;
    }

    // A quotation running over several sentences belongs to the source of the sentence that carries its cue.
    for (const q of quotes) {
      const touched = sentences
        .map((s, i) => (s.start < q.innerEnd && s.end > q.innerStart ? i : -1))
        .filter((i) => i >= 0);
      const owner = touched.map((i) => inBlock[i]).find((d): d is Draft => d !== null && d !== undefined);
      if (!owner) continue;
      for (const i of touched) {
        const s = sentences[i];
        if (!inBlock[i] && s) inBlock[i] = makeDraft(b, text, s, quotes, attributedBy(owner));
      }
    }

    // A sentence that is a quote of its own continues the speaker of the claim just before it; a quote paragraph
    // after a sentence that introduced a named person is that person's. A short quoted line standing alone is a
    // subhead, not a quote.
    const subhead = sentences.length === 1 && isSubhead(text, quotes);
    sentences.forEach((s, i) => {
      const previous = i === 0 ? previousBlockLast : (inBlock[i - 1] ?? null);
      if (inBlock[i] || !opensWithQuote(text, s, quotes) || (i === 0 && subhead)) return;
      if (previous && previous.cueKind === 'speech') {
        inBlock[i] = makeDraft(b, text, s, quotes, attributedBy(previous));
      } else if (!previous && i === 0 && introducedBefore) {
        inBlock[i] = makeDraft(b, text, s, quotes, introducedBefore);
      }
    });

    // "Hewitt writes:" closing the block before: this block is what the source wrote; its sentences with no
    // source of their own are that source's.
    const intro = previousBlockLast;
    if (
      intro &&
      intro.cueKind === 'speech' &&
      intro.sourceIds.length > 0 &&
      INTRO_COLON.test(blocks[b - 1]?.text ?? '')
    )
      sentences.forEach((s, i) => {
        // ("I think ..., as Iowa polls are showing": the writer's "I" names no one; the sources of other cues of the
        // sentence are not its speaker.)
        const draft = inBlock[i];
        const mainUnnamed = draft && !draft.sourceCues.some((c) => c.cue === draft.cue);
        if (!draft || mainUnnamed) inBlock[i] = makeDraft(b, text, s, quotes, attributedBy(intro));
      });

    // "Lowe: I think the ferry will pay for itself." An interview printed as a transcript: a paragraph that opens
    // with the name of a person the story names, and a colon, is what that person says; its sentences that name
    // no speaker of their own are theirs (the writer's "I" there is the person's).
    const label = transcript[b];
    if (label) {
      const id = registry.resolve({
        text: label.name,
        start: 0,
        end: label.end,
        role: null,
        affiliation: null,
        descriptor: null,
        document: null,
      });
      const cue: ClaimCue = { cue: label.cue, cueKind: 'speech' };
      if (id)
        sentences.forEach((s, i) => {
          const draft = inBlock[i];
          if (!draft || draft.sourceIds.length === 0)
            inBlock[i] = makeDraft(b, text, s, quotes, { main: cue, ids: [id], cues: [cue] });
        });
    }

    const found = inBlock.filter((d): d is Draft => d !== null);
    for (const d of found) d.id = claimId(drafts.push(d));
    previousBlockLast = inBlock[inBlock.length - 1] ?? null;
    yield;
    report(b, found);
    yield;
  }

  for (const d of drafts) {
    const [only] = d.sourceIds;
    if (only && d.sourceIds.length === 1 && d.quote && FIRST_PERSON_SINGULAR.test(d.quote)) registry.speaksAsOne(only);
    for (const id of d.sourceIds) registry.countClaim(id);
  }
  const { sources, ids } = yield* registry.finish();
  // Drafts are in reading order already (block by block, sentence by sentence), so each keeps the id it was
  // reported with.
  const claims: Claim[] = [];
  for (const [i, d] of drafts.entries()) {
    // Two mentions merged into one source at the end keep the first one's cue.
    const sourceIds: string[] = [];
    const sourceCues: ClaimCue[] = [];
    d.sourceIds.forEach((draftId, k) => {
      const id = ids.get(draftId);
      const cue = d.sourceCues[k];
      if (!id || !cue || sourceIds.includes(id)) return;
      sourceIds.push(id);
      sourceCues.push(cue);
    });
    claims.push({
      id: d.id,
      text: blocks[d.block]?.text.slice(d.start, d.end) ?? '',
      sourceId: sourceIds[0] ?? null,
      sourceIds,
      sourceCues,
      cue: d.cue,
      cueKind: d.cueKind,
      quote: d.quote,
      span: { block: d.block, start: d.start, end: d.end },
    });
    if ((i + 1) % STEP_EVERY === 0) yield;
  }
  // Two sources merged at the end may both have been counted for one claim: a source's count is the number of
  // claims that list it.
  const counts = new Map<string, number>();
  for (const claim of claims) for (const id of claim.sourceIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const source of sources) source.claimCount = counts.get(source.id) ?? 0;
  return { claims, sources, numbers: blockNumbers.numbers, nonResponses };
}

/** The governing cue's sources first, then those of the sentence's other attributions ("X reported that Y met
 * Z, according to W"): every source the sentence attributes something to, each with its own cue. */
function resolveSentence(
  registry: SourceRegistry,
  cue: CueMatch,
  cues: readonly CueMatch[],
  masked: string,
): Attributed {
  const ids = resolveAll(registry, cue);
  const main: ClaimCue = { cue: cue.cue, cueKind: cue.attribution };
  const out: Attributed = { main, ids, cues: ids.map(() => main) };
  for (const other of cues) {
    if (other === cue || other.cueStart === cue.cueStart) continue;
    // "Some friends say X, while others say Y", "Brand called it unfair, and a few lawmakers have called for ...":
    // a clause of its own, or any reporting clause, names its speaker, named or not. An unnamed phrase that
    // believes or takes a stance inside a subordinate clause ("as many expect"), or a bare "others", is too
    // loose to list, unless the clause sets it against the other party ("..., while most members favored Lee");
    // so is a subject holding the governing cue's words ("said managers" of "workers said managers had told").
    // Words before a trailing cue are what its speaker reported ("The military believes X, an official said").
    const reported = cue.tail && other.cueStart < cue.cueStart;
    // A passive's agent is named outright ("a measure opposed by unions", "criticized by libertarians"): whatever
    // it does, it does by name, inside any clause.
    const ownClause =
      other.attribution === 'speech' ||
      other.kind === 'agent' ||
      (!reported &&
        (!other.embedded || other.contrast === true) &&
        !BARE_QUANTIFIER.test(other.subjects[0]?.text ?? ''));
    // ("Several warned against it, saying ...": the participle's subject is the governing cue's own mention, one
    // group however loosely it is named.)
    const same = (m: SourcePhrase): boolean => cue.subjects.some((s) => s.start === m.start && s.end === m.end);
    const listed = other.subjects.filter(
      (m) =>
        !same(m) && (parseNounPhrase(m.text).proper || (ownClause && (m.end <= cue.cueStart || m.start >= cue.cueEnd))),
    );
    for (const id of resolveAll(registry, { ...other, subjects: listed })) {
      if (ids.includes(id)) continue;
      ids.push(id);
      out.cues.push({ cue: other.cue, cueKind: other.attribution });
    }
  }
  // "Asked by Lee whether ..., Park said": the one asking is no one the next "he" means; nor, after "Park promised
  // X as an aide warned Y", is the aide whom the sentence does not name.
  const first = ids[0];
  const named = (m: SourcePhrase): boolean => parseNounPhrase(m.text).proper;
  // ("Lowe told the board she quit after Moss warned her": a name inside a clause the main one governs is not the
  // topic either.)
  const reportedInside = (c: CueMatch): boolean =>
    c.embedded || (!cue.tail && c.cueStart >= cue.cueEnd && !CLAUSE_JOIN.test(masked.slice(cue.cueEnd, c.cueStart)));
  const namedMainOnly = (): boolean =>
    cue.subjects.some(named) &&
    !cue.embedded &&
    cues.every((c) => c === cue || reportedInside(c) || !c.subjects.some(named));
  if (first && (cues.some((c) => c.kind === 'agent' && c !== cue) || namedMainOnly())) {
    registry.promote(first);
  }
  return out;
}

/** The group of "None of the officials interviewed ... But they ...", as a phrase a later "they" may mean. */
function noneOfGroup(view: SentenceView): SourcePhrase | null {
  const none = NONE_OF_GROUP.exec(view.text.slice(view.start, view.end));
  const group = none?.[1];
  if (!none || !group) return null;
  const p = parseNounPhrase(group);
  if (!p.valid || p.proper || p.kind !== 'group') return null;
  return barePhrase(group, view.start + none[0].length - group.length);
}

/** A phrase at `start` that the sentence gives no role, affiliation or description. */
function barePhrase(text: string, start: number): SourcePhrase {
  return { text, start, end: start + text.length, role: null, affiliation: null, descriptor: null, document: null };
}

/** The writer or the reader opening a sentence, their verb, then a name as its object: "Then we see Lowe, …". */
const WRITER_THEN_NAME =
  /^(?:(?:Then|And|But|So|Now|Here|Later|Next|First),?\s+)?(?:I|[Ww]e|[Yy]ou)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2})(?=[\s,.;:!?]|$)/u;

/**
 * "Then we see Lowe at the harbour wall, …", "I met Ana Lowe at her shop": where the writer or the reader opens the
 * sentence, the person their verb names is who it is about, whom a later "she" means (the writer never is).
 */
function writersObject(view: SentenceView): SourcePhrase | null {
  const m = WRITER_THEN_NAME.exec(view.masked.slice(view.start, view.end));
  const name = m?.[1];
  if (!m || !name) return null;
  const p = parseNounPhrase(name);
  // (A surname alone reads as a body's name here; the text's people tell which it is.)
  if (!p.valid || !p.proper || (p.kind !== 'person' && p.kind !== 'organization')) return null;
  return barePhrase(name, view.start + m[0].length - name.length);
}

/** The subject of a sentence that is one person, body or document described, not named: "The student", "A nurse
 * from Tarnby", "The woman, identified only as Vera,", "The study". ("A nurse from Tarnby, she ...": a description
 * fronted before a pronoun is the pronoun's.) */
function describedSubject(view: SentenceView): SourcePhrase | null {
  // (A cheap look first: a described subject opens the sentence with "the", "a", "an" or "one".)
  if (!DESCRIBED_OPENING.test(view.masked.slice(view.start, view.start + 40))) return null;
  const found = findTopic(view, true) ?? openingDocument(view);
  // ("On his way home, the writer found ...", "Among them was Ana Lowe, a nurse who ...": a description after
  // other words is no sentence's subject the story opens with.)
  if (!found || !OPENING.test(view.masked.slice(view.start, found.start))) return null;
  // ("A fisherman in the east end of ..." cut short is "A fisherman"; "a ballot commission in January" is the
  // commission.)
  const text = (DANGLING_END.test(found.text) ? found.text.replace(PLACE_AFTER, '') : found.text).replace(WHEN_END, '');
  const phrase = { ...found, text, end: found.start + text.length };
  const p = parseNounPhrase(text);
  // ("The researchers looked at ... They found": people by their common noun, as "they" means them next.)
  const people = (p.plural || p.kind === 'group') && /^the\s/i.test(text) && isAgent(p);
  if (!p.valid || p.proper || p.pronoun) return null;
  if (!people && (!ONE_PERSON.test(text) || p.plural || p.kind === 'group')) return null;
  // ("A parent with one child is eligible": a present tense tells of anyone; a story's person did something. "The
  // study examines" is one study's work, as "The alliance estimated" is one body's.)
  const after = view.masked.slice(found.end, view.end);
  const told = NARRATED.test(after) || (p.kind !== 'person' && PRESENT_OF_ONE.test(after));
  if (!told || FRONTED_BEFORE_PRONOUN.test(after)) return null;
  // "The student, identified only as Vera, started": the name the text gives is the person's, the description the role.
  const named = NAMED_AS.exec(after);
  if (!named?.[1]) return phrase;
  const start = found.end + (named.index ?? 0) + named[0].indexOf(named[1]);
  return { ...phrase, text: named[1], start, end: start + named[1].length, role: text };
}

/** A document opening a sentence, which no topic is (findTopic): "The study looked at ...", "A new report finds". */
function openingDocument(view: SentenceView): SourcePhrase | null {
  const lead = DOCUMENT_LEAD.exec(view.masked.slice(view.start, view.end));
  if (!lead?.[1]) return null;
  const start = view.start + lead[0].length - lead[1].length;
  const text = view.text.slice(start, start + lead[1].length);
  const p = parseNounPhrase(text);
  if (!p.valid || p.kind !== 'document') return null;
  return barePhrase(text, start);
}

/** What may come before a story's subject: a quote mark, a conjunction ("But the study ..."). */
const LEAD_IN = String.raw`^[\s\p{P}]*(?:(?:but|and|so|yet|then|later|still)\s+)?`;
/** A sentence's opening words up to a determiner's phrase of four words or fewer: "But the new study". */
const DOCUMENT_LEAD = new RegExp(
  String.raw`${LEAD_IN}((?:the|an?)(?:\s+[\p{L}\d-]+){1,4}?)(?=\s+(?:also\s+)?\p{Ll}{3,}(?:ed|s)\b)`,
  'iu',
);
/** A verb in the present after a singular subject, past an apposition: " examines", ", published in May, finds". */
const PRESENT_OF_ONE = /^(?:\s*,[^,;.]*,)?\s+(?:also\s+)?\p{Ll}{3,}(?<!ss)s\b/u;
/** An apposition that gives a described person's name: ", identified only as Vera,", ", named as Ivo Brand,". */
const NAMED_AS =
  /^\s*,\s*(?:named|identified|known|described)\s+(?:only\s+)?as\s+(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)?)\s*,/u;
/** A sentence that opens with a determiner, past its lead-in: "But the study ...". */
const DESCRIBED_OPENING = new RegExp(String.raw`${LEAD_IN}(?:the|an?|one)\s`, 'iu');
/** Nothing but a lead-in before a phrase: the phrase opens the sentence. */
const OPENING = new RegExp(`${LEAD_IN}$`, 'iu');
/** "These firms build …", "The protesters then marched …": people or bodies by a plural noun opening the sentence,
 * before their verb (a word that is no preposition, conjunction or relative pronoun). */
const PLURAL_OPENING = new RegExp(
  String.raw`${LEAD_IN}((?:the|these|those)\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}{3,}s)\s+(?:\p{Ll}+ly\s+)?(?!(?:of|in|at|on|for|from|with|without|by|to|who|whom|which|that|and|or|but|as)\s)\p{Ll}{2,}\s`,
  'iu',
);
/** A cheap first look for PLURAL_OPENING: "the" or "these" or "those" among the sentence's first words. */
const PLURAL_OPENING_HINT = /^\W*(?:\w+\s+)?th(?:e|ese|ose)\s/i;

/**
 * The people or bodies a sentence opens with, by a plural common noun ("These firms build small boats …"),
 * which no topic is (findTopic takes names): the latest a later "they" may mean.
 */
function pluralOpening(view: SentenceView): SourcePhrase | null {
  const opening = view.masked.slice(view.start, Math.min(view.end, view.start + 80));
  const m = PLURAL_OPENING_HINT.test(opening) ? PLURAL_OPENING.exec(opening) : null;
  const text = m?.[1];
  if (!m || !text) return null;
  const p = parseNounPhrase(text);
  // (People or bodies by a noun the vocabulary knows: a plural that only ends as people's do may be a verb, "The new
  // toll covers …".)
  const one = singular(p.headLower);
  const known = [PERSON_ROLE_NOUNS, GROUP_NOUNS, ORG_NOUNS].some((set) => set.has(p.headLower) || set.has(one));
  if (!p.valid || p.proper || !p.plural || !known) return null;
  return barePhrase(text, view.start + m[0].indexOf(text));
}

/** A description of one person: "the nurse", "a nurse", "one woman" (not "no other nurse", "every nurse", "one day
 * the nurse"). */
const ONE_PERSON = /^(?:the|an?|one(?!\s+(?:day|night|morning|afternoon|evening|week|month|year|time)\b))\s/i;
/** A phrase cut short after a preposition or an article: "A fisherman in the". */
const DANGLING_END = /\s(?:in|at|of|from|on|near|for|with|the|an?)$/i;
/** The preposition a description's place or body opens with, and all after it: " in the east end of". */
const PLACE_AFTER = /\s+(?:in|at|of|from|on|near|for|with)\b.*$/i;
/** When, at a phrase's end: "in January", "on Monday", "Thursday", "last week". */
const WHEN_END =
  /\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:in|on|since|during)\s+(?:(?:Jan|Febr)uary|March|April|May|June|July|August|September|October|November|December|\p{Lu}\p{Ll}+day|\d{4})|(?:last|this|next)\s+(?:week|month|year|spring|summer|autumn|fall|winter))$/u;
/** What follows a description fronted before the subject pronoun: ", she plans", ", who ..., he said". */
const FRONTED_BEFORE_PRONOUN = /^[^,;.]*,(?:[^,;]*,)?\s*(?:he|she|they|I|we)\b/i;
/** A past tense after a subject, past an apposition and an adverb: " started", ", identified only as Vera, first
 * designed". */
const NARRATED =
  /^(?:\s*,[^,;.]*,)?\s+(?:\p{Ll}+ly\s+)?(?:was|had|has|\p{Ll}{3,}ed|said|told|went|made|took|gave|came|met|ran|won|lost|led|began|wrote|spoke|sent|fought|found|saw|got|kept|knew|thought|felt|brought|bought|paid|became|built|chose|heard|sold|taught)\b/u;

/** A claim's sources and cues, for the sentences that continue it (the rest of its quotation). */
const attributedBy = (d: Draft): Attributed => ({
  main: { cue: d.cue, cueKind: d.cueKind },
  ids: d.sourceIds,
  cues: d.sourceCues,
});

function resolveAll(registry: SourceRegistry, cue: CueMatch): string[] {
  return registry.resolveSubjects(cue.subjects);
}

/** A claim's id: its place in reading order, from 1. */
const claimId = (place: number): string => `c${place}`;

function makeDraft(
  block: number,
  text: string,
  sentence: TextRange,
  quotes: readonly QuoteRange[],
  attributed: Attributed,
): Draft {
  const pieces: string[] = [];
  for (const q of quotes) {
    const s = Math.max(q.innerStart, sentence.start);
    const e = Math.min(q.innerEnd, sentence.end);
    if (e <= s) continue;
    const piece = text
      .slice(s, e)
      .replace(/^[\s"'\u201C\u201D\u2018\u2019]+|[\s"'\u201C\u201D\u2018\u2019,;:]+$/g, '')
      .trim();
    if (piece) pieces.push(piece);
  }
  return {
    id: '',
    block,
    start: sentence.start,
    end: sentence.end,
    sourceIds: attributed.ids,
    sourceCues: attributed.cues,
    cue: attributed.main.cue,
    cueKind: attributed.main.cueKind,
    quote: joinQuote(pieces),
  };
}

/** The pieces of a quote broken by its cue, joined with one ellipsis where each break is ("We will … win"). */
function joinQuote(pieces: readonly string[]): string | null {
  const joined = pieces
    .map((piece, i) => {
      const end = i < pieces.length - 1 ? piece.replace(ELLIPSIS_END, '') : piece;
      return i > 0 ? end.replace(ELLIPSIS_START, '') : end;
    })
    .filter((piece) => piece !== '');
  return joined.length > 0 ? joined.join(QUOTE_JOINER) : null;
}

/** The whole block is one short quotation: a subhead in quote marks. */
function isSubhead(text: string, quotes: readonly QuoteRange[]): boolean {
  const q = quotes[0];
  if (quotes.length !== 1 || !q || q.start !== 0 || text.slice(q.end).trim() !== '') return false;
  return text.slice(q.innerStart, q.innerEnd).trim().split(/\s+/).length <= SUBHEAD_MAX_WORDS;
}

/** The sentence opens with a quote mark and is mostly quoted words. */
function opensWithQuote(text: string, sentence: TextRange, quotes: readonly QuoteRange[]): boolean {
  const opening = quotes.find((q) => q.start === sentence.start || q.innerStart === sentence.start);
  if (!opening && !quotes.some((q) => q.innerStart < sentence.start && q.innerEnd > sentence.start)) return false;
  let inside = 0;
  for (const q of quotes)
    inside += Math.max(0, Math.min(q.innerEnd, sentence.end) - Math.max(q.innerStart, sentence.start));
  const length = text.slice(sentence.start, sentence.end).length;
  return length > 0 && inside / length >= FOLLOW_ON_QUOTE_SHARE;
}
