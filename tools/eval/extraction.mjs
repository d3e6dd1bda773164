#!/usr/bin/env node
// Scores article-body extraction with the metric of the public article-extraction benchmark
// (scrapinghub/article-extraction-benchmark): token 4-gram shingles, per-page precision and recall
// averaged over pages, F1 of the two averages, accuracy = share of pages whose tokens match exactly.
//
// Usage: node extraction.mjs GROUND_TRUTH.json ANALYSES.jsonl [--json]
//   GROUND_TRUTH.json  {"<id>": {"articleBody": "..."}}
//   ANALYSES.jsonl     one analysis per line, as `npm run analyze -- DIR --json` prints them; each has
//                      "file" (its basename up to the first dot is the id) and "article": {"text": ...}.
//                      A {"<id>": {"articleBody": "..."}} JSON file is accepted too.
// Plain Node, no dependencies. As a module: `scoreExtraction(truth, predictedMap)` and `parsePredictions(raw)`
// (types: extraction.d.mts).
import { readFileSync, realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Reads the predictions file's text (JSONL of analyses, or one {"<id>": {"articleBody"}} object) into id → text. */
export function parsePredictions(raw) {
  const predicted = new Map();
  const text = raw.trim();
  if (text.startsWith('{') && !text.includes('\n{')) {
    const obj = JSON.parse(text);
    const entries = obj.output ?? obj;
    for (const [id, v] of Object.entries(entries)) predicted.set(id, v.articleBody ?? '');
  } else {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line);
      const id = basename(String(a.file ?? '')).split('.')[0];
      predicted.set(id, a.isArticle === false ? '' : (a.article?.text ?? ''));
    }
  }
  return predicted;
}

const tokenize = (text) => (text ?? '').match(/[\p{L}\p{N}_]+/gu) ?? [];
const shingles = (text) => {
  const t = tokenize(text);
  const counts = new Map();
  const last = Math.max(1, t.length - 3);
  for (let i = 0; i < last; i++) {
    const s = t.slice(i, i + 4);
    if (s.length) counts.set(s.join(' '), (counts.get(s.join(' ')) ?? 0) + 1);
  }
  return counts;
};
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Scores predicted bodies (id → text; a page with no entry counts as missing and empty) against the ground
 * truth. Pure. `perPage` is in ground-truth order; precision or recall is null where it is undefined.
 */
export function scoreExtraction(truth, predictedMap) {
  const precisions = [];
  const recalls = [];
  let exact = 0;
  let missing = 0;
  const perPage = [];
  for (const [id, { articleBody }] of Object.entries(truth)) {
    if (!predictedMap.has(id)) missing++;
    const pred = predictedMap.get(id) ?? '';
    const t = shingles(articleBody);
    const p = shingles(pred);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const k of new Set([...t.keys(), ...p.keys()])) {
      const tc = t.get(k) ?? 0;
      const pc = p.get(k) ?? 0;
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    const total = tp + fp + fn || 1;
    [tp, fp, fn] = [tp / total, fp / total, fn / total];
    const prec = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? null : tp / (tp + fp);
    const rec = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? null : tp / (tp + fn);
    if (prec != null) precisions.push(prec);
    if (rec != null) recalls.push(rec);
    if (tokenize(articleBody).join(' ') === tokenize(pred).join(' ')) exact++;
    perPage.push({ id, precision: prec, recall: rec });
  }
  const P = mean(precisions);
  const R = mean(recalls);
  const F1 = P + R ? (2 * P * R) / (P + R) : 0;
  const n = Object.keys(truth).length;
  return { pages: n, missing, f1: F1, precision: P, recall: R, accuracy: exact / n, perPage };
}

const isMain = !!process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isMain) {
  const [truthPath, predPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!truthPath || !predPath) {
    console.error('usage: node extraction.mjs GROUND_TRUTH.json ANALYSES.jsonl [--json]');
    process.exit(2);
  }
  const truth = JSON.parse(readFileSync(truthPath, 'utf8'));
  const { perPage, ...result } = scoreExtraction(truth, parsePredictions(readFileSync(predPath, 'utf8')));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result));
  } else {
    const score = (w) => Math.min(w.precision ?? 0, w.recall ?? 0);
    const worst = perPage.map((w) => ({ ...w, id: w.id.slice(0, 12) })).sort((a, b) => score(a) - score(b));
    console.log('weakest pages (id, precision, recall):');
    for (const w of worst.slice(0, 8))
      console.log(`  ${w.id}  ${w.precision?.toFixed(3) ?? 'n/a'}  ${w.recall?.toFixed(3) ?? 'n/a'}`);
    const { pages, missing, f1, precision, recall, accuracy } = result;
    console.log(
      `pages ${pages}  missing ${missing}  F1 ${f1.toFixed(3)}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  accuracy ${accuracy.toFixed(3)}`,
    );
  }
}
