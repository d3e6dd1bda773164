// "Run anyway" (the popup, on a page judged not an article): the engine takes the best-scoring body as the
// article when asked to, and says so; without being asked it keeps its own judgement.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze-page';

/** A page of teasers: short linked headlines with a line each, no story of its own. */
const TEASERS = [
  ['Bridge to close for eight months', 'Repairs start in May, the council says.'],
  ['Library extends its opening hours', 'Evenings and Sundays from next week.'],
  ['Market moves to the old station', 'Traders welcome the larger hall.'],
  ['Buses replace trains at weekends', 'Works on the line run until June.'],
  ['School choir wins regional prize', 'Forty pupils sang at the final.'],
];
const FRONT_PAGE = `<header><a href="/">Northvale Herald</a></header><main>${TEASERS.map(
  ([title, line], i) => `<div class="card"><h3><a href="/story-${i}">${title}</a></h3><p>${line}</p></div>`,
).join('')}</main>`;

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('Northvale Herald');
  doc.body.innerHTML = body;
  return doc;
}

describe('analyzePage force ("Run anyway")', () => {
  it.each([
    { force: false, isArticle: false, hasBody: false },
    { force: true, isArticle: true, hasBody: true },
  ])('on a page of teasers, force $force gives isArticle $isArticle', ({ force, isArticle, hasBody }) => {
    const found = analyzePage(page(FRONT_PAGE), { force });
    expect(found.analysis.isArticle).toBe(isArticle);
    expect(found.article !== null).toBe(hasBody);
    expect(found.analysis.article !== null).toBe(true);
  });

  it('a page with no text at all stays without an article, forced or not', () => {
    const found = analyzePage(page('<div><img alt=""></div>'), { force: true });
    expect(found.analysis.isArticle).toBe(false);
    expect(found.article).toBeNull();
  });
});
