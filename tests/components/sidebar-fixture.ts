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
      title: 'Harlow ferry line *eyes* comeback',
      authors: ['A. Writer'],
      publisher: 'Reuters',
      published: null,
      text: '',
      wordCount: 100,
      language: 'en',
    },
    attribution: { available: true, language: 'en' },
    claims: [
      claim('c0', 'faydi', 'The fleet is weakened, Faydi said.'),
      claim('c1', 'faydi', 'Faydi said more ferries were sent.'),
      claim('c2', 'officials', 'Five officials said smugglers were stopped.'),
      claim('c3', 'brand', 'Brand said <img src=x onerror=alert(1)> was a risk.', ['brand', 'quint']),
      claim('c4', 'quint', 'Quint said tolls rose.'),
    ],
    sources: [
      source('faydi', 'Karim al-Faydi', true, 'government', 2, "spokesperson for Vellmark's ports minister"),
      source('officials', 'five Vellmark coastguard officials', false, 'military-security', 1),
      source('brand', 'Ivo <b>Brand</b>', true, 'expert', 1, 'Tarnby Institute'),
      source('quint', 'Mara Quint', true, 'expert', 2, 'Kestrel Fisheries Group'),
    ],
    numbers: [
      { text: 'some 4,000 trawlers', value: 4000, kind: 'count', span: { block: 5, start: 0, end: 19 } },
      { text: 'October 21', value: null, kind: 'date', span: { block: 6, start: 0, end: 10 } },
    ],
    nonResponses: [
      {
        party: 'The Harbour Board',
        text: 'The Harbour Board declined to comment.',
        span: { block: 7, start: 0, end: 38 },
      },
    ],
    clutter: [],
    timings: { totalMs: 1 },
  };
}

/** The sample with two claims whose cue is not speech: Faydi's second claim a belief, Quint's an intention. */
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
