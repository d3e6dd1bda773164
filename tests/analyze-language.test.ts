// A whole page in a language the claim rules are not written for, through the engine's one entry: no claims or
// sources (the English rules are not run), numbers still found, and the CLI report says why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../tools/report';
import { analyzeDocument } from '../utils/page/analyze-page';

const ROOT = join(import.meta.dirname, '..');

const PAGES = [
  ['seeds/daily8-arabic.html', 'ar', 'Arabic', '600'],
  // written for the tests; it declares English, wrongly
  ['tests/e2e/pages/korean-article.html', 'ko', 'Korean', '3,000'],
] as const;

describe('an article in a language without claim rules', () => {
  it.each(PAGES)('%s', (file, language, name, number) => {
    const { document } = parseHTML(readFileSync(join(ROOT, file), 'utf8'));
    const analysis = analyzeDocument(document, { url: `https://news.example/${file}` });
    expect(analysis.isArticle).toBe(true);
    expect(analysis.attribution).toEqual({ available: false, language });
    expect(analysis.claims).toEqual([]);
    expect(analysis.sources).toEqual([]);
    expect(analysis.numbers.map((n) => n.text)).toContain(number);
    const report = formatReport(file, analysis);
    expect(report).toContain(`Claims and sources are not available for ${name} yet`);
    expect(report).not.toContain('Sources (0');
    expect(report).toMatch(/Numbers \(\d+: \d+ count/);
  });

  it('an English seed keeps its claims, and the report its sources', () => {
    const file = 'seeds/daily8-wire-story.html';
    const { document } = parseHTML(readFileSync(join(ROOT, file), 'utf8'));
    const analysis = analyzeDocument(document, { url: 'https://news.example/story' });
    expect(analysis.attribution).toEqual({ available: true, language: 'en' });
    expect(analysis.claims.length).toBeGreaterThan(0);
    expect(formatReport(file, analysis)).toMatch(/Sources \(\d+: \d+ named/);
  });
});
