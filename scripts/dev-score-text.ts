// Dev tool: runs the pure engine on a plain-text article (one paragraph per line; all-capital lines are
// headings) and prints an Analysis-shaped JSON for score.mjs, or the claims and sources with --show.
// Usage: node --import tsx scripts/dev-score-text.ts ARTICLE.txt [--show] > out.json
import { readFileSync } from 'node:fs';
import { analyzeText } from '../utils/analysis/pipeline';
import type { Analysis, TextBlock } from '../utils/analysis/types';

/** A line in capitals with no sentence punctuation is a section heading ("EXPLOITING DIVISIONS"). */
const HEADING_LINE = /^[\p{Lu}\d\s'’&-]+$/u;

const path = process.argv[2];
if (!path) {
  console.error('usage: dev-score-text.ts ARTICLE.txt [--show]');
  process.exit(2);
}
const lines = readFileSync(path, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const blocks: TextBlock[] = lines.map((text) => ({ text, kind: HEADING_LINE.test(text) ? 'heading' : 'paragraph' }));
const started = performance.now();
const result = analyzeText(blocks);
const ms = performance.now() - started;
const body = blocks.map((b) => b.text).join('\n\n');
const analysis: Analysis = {
  url: null,
  isArticle: true,
  article: {
    title: '',
    authors: [],
    publisher: null,
    published: null,
    text: body,
    wordCount: body.split(/\s+/).length,
    language: 'en',
  },
  attribution: { available: true, language: 'en' },
  ...result,
  clutter: [],
  timings: { totalMs: ms },
};
if (process.argv.includes('--show')) {
  const byId = new Map(result.sources.map((s) => [s.id, s]));
  for (const c of result.claims) {
    const names = c.sourceIds.map((id) => byId.get(id)?.name).join(' + ');
    console.log(`[${names}] <${c.cue}> ${c.text.slice(0, 110)}${c.quote ? `  Q:${c.quote.slice(0, 40)}` : ''}`);
  }
  console.log('');
  for (const s of result.sources) {
    console.log(
      `${s.id} ${s.named ? 'N' : 'A'} ${s.kind}/${s.category} "${s.name}" role=${s.role} aff=${s.affiliation} x${s.claimCount}`,
    );
  }
  for (const n of result.nonResponses) console.log(`NR party="${n.party}" ${n.text.slice(0, 80)}`);
  console.log(`${ms.toFixed(2)} ms`);
} else {
  console.log(JSON.stringify(analysis, null, 2));
}
