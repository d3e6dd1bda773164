#!/usr/bin/env node
// Scores one analysis (the JSON that `npm run analyze -- PAGE --json` prints) against a hand-made gold file.
// Usage: node scripts/eval/score.mjs GOLD.json ANALYSIS.json [--json]
// Every figure is a fraction in [0, 1]; "n/a" where the gold has nothing to count. The scorer and its types are
// tools/eval/score.ts (TypeScript, shared with the tests and scripts/score-seeds.ts): this registers tsx's loader
// and runs it, so the command stays a plain `node` one.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { printReport, scoreAnalysis } = await import('../../tools/eval/score.ts');
const [goldPath, analysisPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!goldPath || !analysisPath) {
  console.error('usage: node score.mjs GOLD.json ANALYSIS.json [--json]');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const analysis = JSON.parse(readFileSync(analysisPath, 'utf8'));
printReport(scoreAnalysis(gold, Array.isArray(analysis) ? analysis[0] : analysis), process.argv.includes('--json'));
