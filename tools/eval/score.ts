// Scores one analysis (the JSON that `npm run analyze -- PAGE --json` prints) against a hand-made gold file: the
// gold-file format (docs/ANNOTATION.md, seeds/README.md) and the score, typed here where they are computed.
// Every figure is a fraction in [0, 1], null ("n/a") where the gold has nothing to count. The command is
// scripts/eval/score.mjs; scripts/score-seeds.ts and the golden tests call scoreAnalysis.
// Enumerated gold fields are typed `string` (the allowed values are in the comments) so that a gold file read
// as JSON type-checks as a GoldFile without a cast.

export interface GoldSource {
  key: string;
  match: string[];
  named: boolean;
  /** person | organization | group | document */
  kind: string;
  /** government | military-security | expert | organization | media | other */
  category: string;
  role?: string;
  required: boolean;
}

export interface GoldClaim {
  anchor: string;
  source: string | string[];
  required: boolean;
}

export interface GoldNumber {
  core: string;
  context: string;
  /**
   * count | money | percent | fraction | range | duration | date | ordinal | other; older gold files write times
   * of day and ages as 'other' (the engine's 'time' and 'age'). The scorer matches cores, never kinds.
   */
  kind: string;
  required: boolean;
}

export interface GoldArticle {
  title: string;
  authors?: string[];
  publisher?: string | string[];
  firstWords?: string;
  lastWords?: string;
  mustExclude?: string[];
}

/** Page-level expectations, a seeds/ extension of the format. */
export interface GoldExpect {
  /** false for pages that are not articles (a front page): nothing may be highlighted. */
  isArticle?: boolean;
  /** false for pages whose article only exists after their scripts run (a DOM without scripts is a shell). */
  isArticleWithoutScripts?: boolean;
}

export interface GoldFile {
  /** sourcelight.gold/1 */
  schema: string;
  page: string;
  notes?: string;
  expect?: GoldExpect;
  article?: GoldArticle;
  sources: GoldSource[];
  claims: GoldClaim[];
  numbers: GoldNumber[];
  numbersMustNotInclude?: string[];
  /** kind: related | promo | comments | ad | newsletter | share | other */
  clutter?: { kind: string; contains: string }[];
}

/** The parts of an analysis that are scored; the engine's `Analysis` satisfies it. */
export interface ScorableAnalysis {
  isArticle?: boolean;
  article?: {
    title?: string | null;
    authors?: readonly string[];
    publisher?: string | null;
    text?: string | null;
  } | null;
  claims?: readonly { text: string; sourceId: string | null }[];
  sources?: readonly { id: string; name: string; named: boolean; category: string }[];
  numbers?: readonly { text: string }[];
  clutter?: readonly { kind: string; text: string }[];
}

/** A fraction in [0, 1], or null where the gold has nothing to count. */
export type Ratio = number | null;

export interface SourceScore {
  reported: number;
  recall: Ratio;
  precision: Ratio;
  category: Ratio;
  missed: string[];
  wrong: string[];
}

export interface AnalysisScore {
  page: string;
  claims: {
    reported: number;
    recall: Ratio;
    precision: Ratio;
    attribution: Ratio;
    f1: Ratio;
    missed: string[];
    misattributed: string[];
    falsePositives: string[];
  };
  namedSources: SourceScore;
  anonymousSources: SourceScore;
  /** The listed sources against the gold: `duplicates` as "goldKey: name | name", `junk` matches no gold source. */
  sourceList: { listed: number; duplicates: string[]; junk: string[] };
  numbers: {
    reported: number;
    recall: Ratio;
    precision: Ratio;
    missed: string[];
    wrong: string[];
    leakedFromOutsideArticle: string[];
  };
  /** Present when the gold has `article`. */
  article?: {
    checks: {
      isArticle: boolean;
      title: boolean;
      authors: boolean;
      publisher: boolean;
      firstWords: boolean;
      lastWords: boolean;
      nothingLeaked: boolean;
    };
    passed: Ratio;
  };
  /** Present when the gold has `clutter`. */
  clutter?: { recall: Ratio; missed: string[] };
  /** Present when the gold has `expect.isArticle`. */
  expect?: { isArticle: boolean };
}

/** The scorer's text normalisation: NFKC, one kind of quote and dash, single spaces, lower case. */
export const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole-word containment after normalisation: "two" is not in "twofold", "IS" not in "ISIS". */
export const hasWord = (text: string, needle: string): boolean => {
  const n = norm(needle);
  const pre = /^\w/.test(n) ? '(?<![\\w])' : '';
  const post = /\w$/.test(n) ? '(?![\\w])' : '';
  return new RegExp(pre + escapeRegExp(n) + post).test(norm(text));
};
const ratio = (a: number, b: number): Ratio => (b === 0 ? null : a / b);
const f1 = (p: Ratio, r: Ratio): Ratio => (p == null || r == null || p + r === 0 ? null : (2 * p * r) / (p + r));
const fmt = (x: Ratio | undefined): string => (x == null ? 'n/a' : x.toFixed(3));

/** Scores `analysis` against `gold`; pure: reads nothing, prints nothing. */
export function scoreAnalysis(gold: GoldFile, analysis: ScorableAnalysis): AnalysisScore {
  const claims = Array.isArray(analysis.claims) ? analysis.claims : [];
  const sources = Array.isArray(analysis.sources) ? analysis.sources : [];
  const numbers = Array.isArray(analysis.numbers) ? analysis.numbers : [];
  const clutter = Array.isArray(analysis.clutter) ? analysis.clutter : [];
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const goldSources = new Map((gold.sources ?? []).map((s) => [s.key, s]));
  type Listed = (typeof sources)[number];
  const sourceMatches = (predicted: Listed | undefined, goldKey: string): boolean => {
    const g = goldSources.get(goldKey);
    return !!(predicted && g?.match.some((m) => hasWord(predicted.name, m)));
  };

  // Claims: a gold claim is found when some reported claim's text contains its anchor.
  let claimScore: AnalysisScore['claims'];
  {
    const gc = gold.claims ?? [];
    const required = gc.filter((c) => c.required);
    let found = 0;
    let attributed = 0;
    const missed: string[] = [];
    const misattributed: string[] = [];
    for (const g of required) {
      const hit = claims.find((c) => norm(c.text).includes(norm(g.anchor)));
      if (!hit) {
        missed.push(g.anchor);
        continue;
      }
      found++;
      const keys = Array.isArray(g.source) ? g.source : [g.source];
      const source = hit.sourceId === null ? undefined : sourceById.get(hit.sourceId);
      if (keys.some((k) => sourceMatches(source, k))) attributed++;
      else misattributed.push(`${g.anchor} -> ${source?.name ?? '(no source)'}`);
    }
    const falsePositives = claims.filter((c) => !gc.some((g) => norm(c.text).includes(norm(g.anchor))));
    const recall = ratio(found, required.length);
    const precision = ratio(claims.length - falsePositives.length, claims.length);
    // Key order as the --json output has always had it: f1 last.
    claimScore = {
      reported: claims.length,
      recall,
      precision,
      attribution: ratio(attributed, found),
      missed,
      misattributed,
      falsePositives: falsePositives.map((c) => String(c.text).slice(0, 120)),
      f1: f1(precision, recall),
    };
  }

  // Sources: named and anonymous are scored apart; a source counts as named only if reported with named=true.
  const sourceScores = new Map<boolean, SourceScore>();
  for (const named of [true, false]) {
    const goldSet = (gold.sources ?? []).filter((s) => !!s.named === named);
    const required = goldSet.filter((s) => s.required);
    const predicted = sources.filter((s) => !!s.named === named);
    const missed: string[] = [];
    let found = 0;
    let categoryRight = 0;
    for (const g of required) {
      const hit = predicted.find((p) => g.match.some((m) => hasWord(p.name, m)));
      if (!hit) {
        missed.push(g.match[0] ?? '');
        continue;
      }
      found++;
      if (!g.category || hit.category === g.category) categoryRight++;
    }
    const wrong = predicted.filter((p) => !goldSet.some((g) => g.match.some((m) => hasWord(p.name, m))));
    sourceScores.set(named, {
      reported: predicted.length,
      recall: ratio(found, required.length),
      precision: ratio(predicted.length - wrong.length, predicted.length),
      category: ratio(categoryRight, found),
      missed,
      wrong: wrong.map((p) => p.name),
    });
  }

  // The source list as a reader sees it: each listed source stands for the gold source it matches best (same
  // named flag first, then the longest matching substring). A gold source that two listed sources stand for is
  // a duplicate ("David Holmes" and "State Department official David Holmes"); a listed source that matches no
  // gold source is junk ("Ultimately", "U.S."), whether or not the gold requires it.
  let sourceList: AnalysisScore['sourceList'];
  {
    const byGold = new Map<string, string[]>();
    const junk: string[] = [];
    for (const p of sources) {
      let best: GoldSource | null = null;
      let bestScore = -1;
      for (const g of gold.sources ?? []) {
        for (const m of g.match) {
          if (!hasWord(p.name, m)) continue;
          const score = (!!g.named === !!p.named ? 1000 : 0) + norm(m).length;
          if (score > bestScore) {
            best = g;
            bestScore = score;
          }
        }
      }
      if (!best) {
        junk.push(p.name);
        continue;
      }
      byGold.set(best.key, [...(byGold.get(best.key) ?? []), p.name]);
    }
    const duplicates = [...byGold]
      .filter(([, names]) => names.length > 1)
      .map(([key, names]) => `${key}: ${names.join(' | ')}`);
    sourceList = { listed: sources.length, duplicates, junk };
  }

  // Numbers: each required mention is a core ("9,000", "a third"); several mentions may share a core.
  let numberScore: AnalysisScore['numbers'];
  {
    const required = (gold.numbers ?? []).filter((n) => n.required);
    const need = new Map<string, number>();
    for (const n of required) need.set(norm(n.core), (need.get(norm(n.core)) ?? 0) + 1);
    let found = 0;
    const missed: string[] = [];
    for (const [core, count] of need) {
      const got = numbers.filter((n) => hasWord(n.text, core)).length;
      found += Math.min(got, count);
      if (got < count) missed.push(`${core} (${got}/${count})`);
    }
    const anyCore = (gold.numbers ?? []).map((n) => n.core);
    const wrong = numbers.filter((n) => !anyCore.some((c) => hasWord(n.text, c)));
    const leaked = (gold.numbersMustNotInclude ?? []).filter((x) =>
      numbers.some((n) => norm(n.text).includes(norm(x))),
    );
    numberScore = {
      reported: numbers.length,
      recall: ratio(found, required.length),
      precision: ratio(numbers.length - wrong.length, numbers.length),
      missed,
      wrong: wrong.map((n) => n.text).slice(0, 40),
      leakedFromOutsideArticle: leaked,
    };
  }

  // Article: the main article is found, whole, and nothing around it leaks in.
  let articleScore: AnalysisScore['article'];
  if (gold.article) {
    const a = analysis.article ?? {};
    const text = norm(a.text);
    const checks = {
      isArticle: analysis.isArticle === true,
      title: !!gold.article.title && norm(a.title) === norm(gold.article.title),
      authors: (gold.article.authors ?? []).every((x) => (a.authors ?? []).some((y) => norm(y).includes(norm(x)))),
      publisher: !gold.article.publisher || [gold.article.publisher].flat().some((p) => hasWord(a.publisher ?? '', p)),
      firstWords:
        !gold.article.firstWords ||
        text.startsWith(norm(gold.article.firstWords)) ||
        text.slice(0, 400).includes(norm(gold.article.firstWords)),
      lastWords: !gold.article.lastWords || text.slice(-400).includes(norm(gold.article.lastWords)),
      nothingLeaked: (gold.article.mustExclude ?? []).every((x) => !text.includes(norm(x))),
    };
    articleScore = { checks, passed: ratio(Object.values(checks).filter(Boolean).length, Object.keys(checks).length) };
  }

  // Clutter: every block around the article that a reader may want gone is found, with its kind.
  let clutterScore: AnalysisScore['clutter'];
  if (gold.clutter) {
    const missed = gold.clutter.filter(
      (g) => !clutter.some((c) => c.kind === g.kind && norm(c.text).includes(norm(g.contains))),
    );
    clutterScore = {
      recall: ratio(gold.clutter.length - missed.length, gold.clutter.length),
      missed: missed.map((m) => `${m.kind}: ${m.contains}`),
    };
  }

  // Page-level expectations (gold extension, seeds/README.md): e.g. a front page must not be taken for an article.
  let expectScore: AnalysisScore['expect'];
  if (gold.expect && typeof gold.expect.isArticle === 'boolean') {
    expectScore = { isArticle: analysis.isArticle === gold.expect.isArticle };
  }

  return {
    page: gold.page,
    claims: claimScore,
    namedSources: sourceScores.get(true) as SourceScore,
    anonymousSources: sourceScores.get(false) as SourceScore,
    sourceList,
    numbers: numberScore,
    ...(articleScore && { article: articleScore }),
    ...(clutterScore && { clutter: clutterScore }),
    ...(expectScore && { expect: expectScore }),
  };
}

/** Prints the report for one scored analysis, as the CLI always has. */
export function printReport(out: AnalysisScore, asJson: boolean): void {
  if (asJson) {
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  const c = out.claims;
  console.log(
    `claims     recall ${fmt(c.recall)}  precision ${fmt(c.precision)}  f1 ${fmt(c.f1)}  right source ${fmt(c.attribution)}  (${c.reported} reported)`,
  );
  for (const label of ['namedSources', 'anonymousSources'] as const) {
    const s = out[label];
    console.log(
      `${label.padEnd(16)} recall ${fmt(s.recall)}  precision ${fmt(s.precision)}  right category ${fmt(s.category)}  (${s.reported} reported)`,
    );
  }
  console.log(
    `sourceList ${out.sourceList.listed} listed  duplicates ${out.sourceList.duplicates.length}  junk ${out.sourceList.junk.length}`,
  );
  const n = out.numbers;
  console.log(
    `numbers    recall ${fmt(n.recall)}  precision ${fmt(n.precision)}  (${n.reported} reported)${n.leakedFromOutsideArticle.length ? `  LEAKED: ${n.leakedFromOutsideArticle.join(', ')}` : ''}`,
  );
  if (out.article)
    console.log(
      `article    ${Object.entries(out.article.checks)
        .map(([k, v]) => `${k}:${v ? 'ok' : 'FAIL'}`)
        .join('  ')}`,
    );
  if (out.expect) console.log(`expect     isArticle:${out.expect.isArticle ? 'ok' : 'FAIL'}`);
  if (out.clutter)
    console.log(
      `clutter    recall ${fmt(out.clutter.recall)}${out.clutter.missed.length ? `  missed: ${out.clutter.missed.join(' | ')}` : ''}`,
    );
  const show = (title: string, list: readonly string[]): unknown =>
    list.length && console.log(`\n${title}:\n  ${list.join('\n  ')}`);
  show('claims missed', c.missed);
  show('claims with the wrong source', c.misattributed);
  show('claims reported that the gold does not have', c.falsePositives);
  show('named sources missed', out.namedSources.missed);
  show('named sources reported that the gold does not have', out.namedSources.wrong);
  show('anonymous sources missed', out.anonymousSources.missed);
  show('anonymous sources reported that the gold does not have', out.anonymousSources.wrong);
  show('gold sources listed more than once', out.sourceList.duplicates);
  show('listed sources that match no gold source', out.sourceList.junk);
  show('numbers missed', n.missed);
}
