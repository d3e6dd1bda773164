// The golden seeds: every seeds/*.gold.json (hand-made pages), analysed with linkedom as the CLI does and scored
// by tools/eval/score.ts. The article-extraction benchmark's pages are not in the project: `npm run bench` and
// `npm run eval:extraction` read them from outside it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AnalysisScore, type GoldFile, scoreAnalysis } from '../tools/eval/score';
import { analyzeFile } from '../tools/report';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');

/** The text engine's targets on the hand-made seeds that have attributed claims. */
const MIN_CLAIM_PRECISION = 0.95;
const MIN_RIGHT_SOURCE = 0.95;

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
