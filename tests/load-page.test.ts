// The CLI reads saved pages as a browser does (scripts/load-page.ts): the declared encoding, and the HTML
// standard's tree for badly nested markup, where linkedom's own parser builds another tree and loses the body.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodePage, parsePage } from '../scripts/load-page';
import { analyzeDocument } from '../utils/page/analyze-page';

const PARAGRAPH =
  'The harbour authority said on Tuesday that the new breakwater, finished two years late, would protect the old town from winter storms, and that repairs to the quay would start in the spring.';

/**
 * An old page: the body in a layout table with unclosed cells and paragraphs, a <font> left open across them,
 * and a stray `</body></html>` that an old template printed before the rest of the story.
 */
function legacyPage(paragraphs: number): string {
  const lines = Array.from({ length: paragraphs }, (_, i) => `<p><font face="Arial">${i + 1}. ${PARAGRAPH}`);
  const half = Math.ceil(paragraphs / 2);
  return `<html><head><title>Breakwater finished</title></head><body>
<table width="100%"><tr><td class="nav"><a href="/">Home</a> | <a href="/news">News</a>
<td class="story"><h1>Breakwater finished two years late</h1>
${lines.slice(0, half).join('\n')}
</body></html>
${lines.slice(half).join('\n')}
</table>
<div class="footer"><p>Contact us</div>`;
}

describe('parsePage', () => {
  it('builds the tree a browser builds: implied end tags, foster-parenting and the adoption agency', () => {
    const doc = parsePage('<table><tr><td>cell<p>one<p>two</table><p><b>bold<p>still bold</b>');
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['one', 'two', 'bold', 'still bold']);
    expect(doc.querySelector('td')?.querySelectorAll('p').length).toBe(2);
  });

  it('finds the whole article of an old, badly nested page', () => {
    const analysis = analyzeDocument(parsePage(legacyPage(6)));
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article?.text.match(/harbour authority/g)?.length).toBe(6);
    expect(analysis.article?.text).not.toContain('Contact us');
  });

  it('keeps what linkedom, parsing the raw markup, loses on such a page (why the CLI does not)', () => {
    const raw = analyzeDocument(parseHTML(legacyPage(6)).document as unknown as Document);
    expect(raw.article?.text.match(/harbour authority/g)?.length ?? 0).toBeLessThan(6);
  });
});

describe('decodePage', () => {
  const bytes = (text: string, latin1: boolean): Uint8Array =>
    latin1 ? Uint8Array.from(text, (c) => c.charCodeAt(0)) : new TextEncoder().encode(text);

  it.each([
    ['a declared windows-1252 page', '<meta charset="windows-1252"><p>Caf\u00e9 cr\u00e8me</p>', true],
    [
      'a declared ISO-8859-1 page (http-equiv)',
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Caf\u00e9 cr\u00e8me</p>',
      true,
    ],
    ['an undeclared UTF-8 page', '<p>Caf\u00e9 cr\u00e8me</p>', false],
    ['an undeclared legacy page (not valid UTF-8)', '<p>Caf\u00e9 cr\u00e8me</p>', true],
    ['a page with a byte-order mark', '\ufeff<p>Caf\u00e9 cr\u00e8me</p>', false],
  ])('reads %s', (_name, text, latin1) => {
    expect(decodePage(bytes(text, latin1))).toContain('Caf\u00e9 cr\u00e8me');
  });

  it('falls back when the declared charset is unknown', () => {
    expect(decodePage(bytes('<meta charset="no-such-charset"><p>Caf\u00e9</p>', false))).toContain('Caf\u00e9');
  });
});
