#!/usr/bin/env node
// Scores one analysis (the JSON that `npm run analyze -- PAGE --json` prints) against a hand-made gold file.
// Usage: node score.mjs GOLD.json ANALYSIS.json [--json]
// Plain Node, no dependencies. Every figure is a fraction in [0, 1]; "n/a" where the gold has nothing to count.
// As a module: `scoreAnalysis(gold, analysis)` returns the same object that `--json` prints (types: score.d.mts).
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The scorer's text normalisation: NFKC, one kind of quote and dash, single spaces, lower case. */
export const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// whole-word containment: "two" must not match inside "twofold", "IS" not inside "ISIS"
export const hasWord = (text, needle) => {
  const n = norm(needle);
  const pre = /^\w/.test(n) ? '(?<![\\w])' : '';
  const post = /\w$/.test(n) ? '(?![\\w])' : '';
  return new RegExp(pre + escapeRegExp(n) + post).test(norm(text));
};
const ratio = (a, b) => (b === 0 ? null : a / b);
const f1 = (p, r) => (p == null || r == null || p + r === 0 ? null : (2 * p * r) / (p + r));
const fmt = (x) => (x == null ? 'n/a' : x.toFixed(3));

/** Scores `analysis` against `gold`; pure: reads nothing, prints nothing. */
export function scoreAnalysis(gold, analysis) {
  const claims = Array.isArray(analysis.claims) ? analysis.claims : [];
  const sources = Array.isArray(analysis.sources) ? analysis.sources : [];
  const numbers = Array.isArray(analysis.numbers) ? analysis.numbers : [];
  const clutter = Array.isArray(analysis.clutter) ? analysis.clutter : [];
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const goldSources = new Map((gold.sources ?? []).map((s) => [s.key, s]));
  const sourceMatches = (predicted, goldKey) => {
    const g = goldSources.get(goldKey);
    return !!(predicted && g?.match.some((m) => hasWord(predicted.name, m)));
  };

  const out = { page: gold.page };

  // Claims: a gold claim is found when some reported claim's text contains its anchor.
  {
    const gc = gold.claims ?? [];
    const required = gc.filter((c) => c.required);
    let found = 0;
    let attributed = 0;
    const missed = [];
    const misattributed = [];
    for (const g of required) {
      const hit = claims.find((c) => norm(c.text).includes(norm(g.anchor)));
      if (!hit) {
        missed.push(g.anchor);
        continue;
      }
      found++;
      const keys = Array.isArray(g.source) ? g.source : [g.source];
      if (keys.some((k) => sourceMatches(sourceById.get(hit.sourceId), k))) attributed++;
      else misattributed.push(`${g.anchor} -> ${sourceById.get(hit.sourceId)?.name ?? '(no source)'}`);
    }
    const falsePositives = claims.filter((c) => !gc.some((g) => norm(c.text).includes(norm(g.anchor))));
    out.claims = {
      reported: claims.length,
      recall: ratio(found, required.length),
      precision: ratio(claims.length - falsePositives.length, claims.length),
      attribution: ratio(attributed, found),
      missed,
      misattributed,
      falsePositives: falsePositives.map((c) => String(c.text).slice(0, 120)),
    };
    out.claims.f1 = f1(out.claims.precision, out.claims.recall);
  }

  // Sources: named and anonymous are scored apart; a source counts as named only if reported with named=true.
  for (const named of [true, false]) {
    const label = named ? 'namedSources' : 'anonymousSources';
    const goldSet = (gold.sources ?? []).filter((s) => !!s.named === named);
    const required = goldSet.filter((s) => s.required);
    const predicted = sources.filter((s) => !!s.named === named);
    const missed = [];
    let found = 0;
    let categoryRight = 0;
    for (const g of required) {
      const hit = predicted.find((p) => g.match.some((m) => hasWord(p.name, m)));
      if (!hit) {
        missed.push(g.match[0]);
        continue;
      }
      found++;
      if (!g.category || hit.category === g.category) categoryRight++;
    }
    const wrong = predicted.filter((p) => !goldSet.some((g) => g.match.some((m) => hasWord(p.name, m))));
    out[label] = {
      reported: predicted.length,
      recall: ratio(found, required.length),
      precision: ratio(predicted.length - wrong.length, predicted.length),
      category: ratio(categoryRight, found),
      missed,
      wrong: wrong.map((p) => p.name),
    };
  }

  // The source list as a reader sees it: each listed source stands for the gold source it matches best (same
  // named flag first, then the longest matching substring). A gold source that two listed sources stand for is
  // a duplicate ("David Holmes" and "State Department official David Holmes"); a listed source that matches no
  // gold source is junk ("Ultimately", "U.S."), whether or not the gold requires it.
  {
    const byGold = new Map();
    const junk = [];
    for (const p of sources) {
      let best = null;
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
    out.sourceList = { listed: sources.length, duplicates, junk };
  }

  // Numbers: each required mention is a core ("9,000", "a third"); several mentions may share a core.
  {
    const required = (gold.numbers ?? []).filter((n) => n.required);
    const need = new Map();
    for (const n of required) need.set(norm(n.core), (need.get(norm(n.core)) ?? 0) + 1);
    let found = 0;
    const missed = [];
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
    out.numbers = {
      reported: numbers.length,
      recall: ratio(found, required.length),
      precision: ratio(numbers.length - wrong.length, numbers.length),
      missed,
      wrong: wrong.map((n) => n.text).slice(0, 40),
      leakedFromOutsideArticle: leaked,
    };
  }

  // Article: the main article is found, whole, and nothing around it leaks in.
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
    out.article = { checks, passed: ratio(Object.values(checks).filter(Boolean).length, Object.keys(checks).length) };
  }

  // Clutter: every block around the article that a reader may want gone is found, with its kind.
  if (gold.clutter) {
    const missed = gold.clutter.filter(
      (g) => !clutter.some((c) => c.kind === g.kind && norm(c.text).includes(norm(g.contains))),
    );
    out.clutter = {
      recall: ratio(gold.clutter.length - missed.length, gold.clutter.length),
      missed: missed.map((m) => `${m.kind}: ${m.contains}`),
    };
  }

  // Page-level expectations (gold extension, seeds/README.md): e.g. a front page must not be taken for an article.
  if (gold.expect && typeof gold.expect.isArticle === 'boolean') {
    out.expect = { isArticle: analysis.isArticle === gold.expect.isArticle };
  }

  return out;
}

/** Prints the report for one scored analysis, as the CLI always has. */
export function printReport(out, asJson) {
  if (asJson) {
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  const c = out.claims;
  console.log(
    `claims     recall ${fmt(c.recall)}  precision ${fmt(c.precision)}  f1 ${fmt(c.f1)}  right source ${fmt(c.attribution)}  (${c.reported} reported)`,
  );
  for (const label of ['namedSources', 'anonymousSources']) {
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
  const show = (title, list) => list.length && console.log(`\n${title}:\n  ${list.join('\n  ')}`);
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

const isMain = !!process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isMain) {
  const [goldPath, analysisPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!goldPath || !analysisPath) {
    console.error('usage: node score.mjs GOLD.json ANALYSIS.json [--json]');
    process.exit(2);
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const analysis = JSON.parse(readFileSync(analysisPath, 'utf8'));
  printReport(scoreAnalysis(gold, Array.isArray(analysis) ? analysis[0] : analysis), process.argv.includes('--json'));
}
