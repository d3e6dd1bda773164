// The golden seeds: every seeds/*.gold.json (hand-made pages) and seeds/bench/*.gold.json (benchmark pages),
// analysed with linkedom as the CLI does and scored by tools/eval/score.ts; plus the article-extraction
// benchmark's 91 pages scored by its own metric.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreExtraction } from '../tools/eval/extraction.mjs';
import { type AnalysisScore, type GoldFile, scoreAnalysis } from '../tools/eval/score';
import { analyzeFile } from '../tools/report';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const BENCH_GOLD = join(SEEDS, 'bench');
const BENCH = join(ROOT, 'tests/fixtures/article-extraction');
const BENCH_PAGES = join(BENCH, 'html');

/**
 * Extraction F1 on the 91 benchmark pages, token 4-gram shingles (tools/eval/extraction.mjs). Measured
 * 0.981 (Readability.js 0.950 on the same pages and DOM); the test allows 0.005 of noise.
 */
const MIN_EXTRACTION_F1 = 0.976;
/** The text engine's targets on the hand-made seeds that have attributed claims. */
const MIN_CLAIM_PRECISION = 0.95;
const MIN_RIGHT_SOURCE = 0.95;

/**
 * Article checks that fail on benchmark pages today, named so that every other check is held. Empty: all
 * eight pass; a regression shows up as a diff against this table.
 */
const KNOWN_GAPS: Readonly<Record<string, readonly string[]>> = {};

/** Clutter the gold lists that the page layer cannot see, and why. Every other item must be found. */
const KNOWN_CLUTTER_GAPS: Readonly<Record<string, readonly string[]>> = {
  '374ac9a59a85': [
    // Only in the page's script data: a DOM that runs no scripts never shows it.
    'related: Airbus wins increased order from Saudi carrier for total sale of 90 A321 jets',
    // A sign-up link in the site footer, with no form field and no markup hint.
    'newsletter: Sign up for free newsletters and get more CNBC delivered to your inbox',
  ],
  // Printed as escaped markup inside the article's own text node.
  '65408257dbe4': ["promo: Get access to India's fastest growing financial subscriptions service Moneycontrol Pro"],
};

function readGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}

function goldFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.json'))
    .sort();
}

function failedChecks(score: AnalysisScore): string[] {
  return Object.entries(score.article?.checks ?? {})
    .filter(([, ok]) => !ok)
    .map(([name]) => name);
}

describe('hand-made seeds', () => {
  for (const name of goldFiles(SEEDS)) {
    const gold = readGold(join(SEEDS, name));
    const analysis = analyzeFile(join(SEEDS, gold.page));
    const score = scoreAnalysis(gold, analysis);

    if (gold.expect?.isArticle === false) {
      it(`${gold.page} is not an article`, () => {
        expect(analysis.isArticle).toBe(false);
        expect(analysis.claims).toEqual([]);
        expect(analysis.numbers).toEqual([]);
      });
      continue;
    }
    if (gold.expect?.isArticleWithoutScripts === false) {
      it(`${gold.page} is not an article before its scripts run`, () => {
        expect(analysis.isArticle).toBe(false);
      });
      continue;
    }

    it(`${gold.page}: the article, its metadata and the clutter around it`, () => {
      expect(failedChecks(score)).toEqual([]);
      expect(score.clutter?.missed ?? []).toEqual([]);
      expect(score.numbers.leakedFromOutsideArticle).toEqual([]);
    });

    if (gold.claims.some((claim) => claim.required)) {
      it(`${gold.page}: claims, sources and numbers`, () => {
        expect(score.claims.missed).toEqual([]);
        expect(score.claims.precision ?? 0).toBeGreaterThanOrEqual(MIN_CLAIM_PRECISION);
        expect(score.claims.attribution ?? 0).toBeGreaterThanOrEqual(MIN_RIGHT_SOURCE);
        expect(score.namedSources.missed).toEqual([]);
        expect(score.anonymousSources.missed).toEqual([]);
        expect(score.numbers.missed).toEqual([]);
      });
    }
  }
});

describe('benchmark seeds', () => {
  for (const name of goldFiles(BENCH_GOLD)) {
    const id = name.replace('.gold.json', '');
    it(`${id}: the article checks and the clutter hold except the known gaps`, () => {
      const gold = readGold(join(BENCH_GOLD, name));
      const score = scoreAnalysis(gold, analyzeFile(join(BENCH_PAGES, gold.page)));
      expect(failedChecks(score)).toEqual(KNOWN_GAPS[id] ?? []);
      expect(score.clutter?.missed ?? []).toEqual(KNOWN_CLUTTER_GAPS[id] ?? []);
      expect(score.numbers.leakedFromOutsideArticle).toEqual([]);
    });
  }
});

describe('article-extraction benchmark', () => {
  it(`extracts the body of the 91 pages with F1 >= ${MIN_EXTRACTION_F1}`, { timeout: 180_000 }, () => {
    const truth = JSON.parse(readFileSync(join(BENCH, 'ground-truth.json'), 'utf8'));
    const predicted = new Map<string, string>();
    for (const file of readdirSync(BENCH_PAGES).sort()) {
      const analysis = analyzeFile(join(BENCH_PAGES, file));
      predicted.set(file.split('.')[0] as string, analysis.isArticle ? (analysis.article?.text ?? '') : '');
    }
    const score = scoreExtraction(truth, predicted);
    expect(score.missing).toBe(0);
    expect(score.f1).toBeGreaterThanOrEqual(MIN_EXTRACTION_F1);
  });
});
