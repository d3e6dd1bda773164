// A hand-built analysis for the sidebar tests: sources of several categories, named and anonymous, a claim
// shared by two sources, a non-response, numbers, and page text that looks like markup.
import type { Analysis, Claim, Source } from '../../utils/analysis/types';

const source = (
  id: string,
  name: string,
  named: boolean,
  category: Source['category'],
  claimCount: number,
  role: string | null = null,
): Source => ({
  id,
  name,
  named,
  kind: 'person',
  category,
  role,
  affiliation: null,
  claimCount,
});

const claim = (
  id: string,
  sourceId: string | null,
  text: string,
  sourceIds: string[] = sourceId ? [sourceId] : [],
): Claim => ({
  id,
  text,
  sourceId,
  sourceIds,
  sourceCues: sourceIds.map(() => ({ cue: 'said', cueKind: 'speech' })),
  cue: 'said',
  cueKind: 'speech',
  quote: null,
  span: { block: Number(id.slice(1)), start: 0, end: text.length },
});

export function sampleAnalysis(): Analysis {
  return {
    url: 'https://news.example/story',
    isArticle: true,
    article: {
      title: 'Islamic State *eyes* comeback',
      authors: ['A. Writer'],
      publisher: 'Reuters',
      published: null,
      text: '',
      wordCount: 100,
      language: 'en',
    },
    attribution: { available: true, language: 'en' },
    claims: [
      claim('c0', 'numan', 'The group is weakened, Numan said.'),
      claim('c1', 'numan', 'Numan said more troops were sent.'),
      claim('c2', 'officials', 'Five officials said plots were foiled.'),
      claim('c3', 'lister', 'Lister said <img src=x onerror=alert(1)> was a risk.', ['lister', 'katz']),
      claim('c4', 'katz', 'Katz said attacks rose.'),
    ],
    sources: [
      source('numan', 'Sabah al-Numan', true, 'government', 2, "spokesperson for Iraq's prime minister"),
      source('officials', 'five Iraqi officials', false, 'military-security', 1),
      source('lister', 'Charles <b>Lister</b>', true, 'expert', 1, 'Middle East Institute'),
      source('katz', 'Rita Katz', true, 'expert', 2, 'SITE Intelligence Group'),
    ],
    numbers: [
      { text: 'some 9,000 fighters', value: 9000, kind: 'count', span: { block: 5, start: 0, end: 19 } },
      { text: 'December 2', value: null, kind: 'date', span: { block: 6, start: 0, end: 10 } },
    ],
    nonResponses: [
      { party: 'The Pentagon', text: 'The Pentagon declined to comment.', span: { block: 7, start: 0, end: 33 } },
    ],
    clutter: [],
    timings: { totalMs: 1 },
  };
}

/** The sample with two claims whose cue is not speech: Numan's second claim a belief, Katz's an intention. */
export function sampleWithKinds(): Analysis {
  const analysis = sampleAnalysis();
  const kinds: Record<string, Pick<Claim, 'cue' | 'cueKind'>> = {
    c1: { cue: 'believes', cueKind: 'belief' },
    c4: { cue: 'plans to', cueKind: 'intention' },
  };
  return {
    ...analysis,
    claims: analysis.claims.map((c) => {
      const kind = kinds[c.id];
      return kind ? { ...c, ...kind, sourceCues: c.sourceIds.map(() => kind) } : c;
    }),
  };
}
