// Old pages (tables, <font>, <br><br> for paragraphs): the story's paragraphs, its headline over a dateline, the
// wire under its byline. Pages written for these tests, parsed as the browser's DOM (jsdom) and as the CLI's
// (linkedom).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze-page';
import { PARSERS } from './parsers';

const PARAGRAPHS = [
  'HARLOW - The Harlow ferry company will raise its fares by 12 percent from April, its chief executive Ana Lowe said on Monday, blaming the price of fuel.',
  'The company carried 1.4 million passengers last year, up from 1.1 million the year before, according to its annual report.',
  '"We held our fares for three winters, and we cannot hold them for a fourth," Lowe told reporters at the harbour.',
  'Passenger groups said the rise would hit commuters hardest, since most of them cross the sound twice a day.',
];

/** An old page: a menu row, then a cell with the headline and its date, then the story in one <font>. */
function oldPage(head: string, top: string, story: string): string {
  return `<html><head><title>${head}</title></head><body>
    <table width="100%"><tr><td><a href="/">Harbour Weekly</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></td></tr></table>
    <table width="760"><tr><td valign="top">
      ${top}
      <table width="500"><tr><td><font size="2" face="Verdana">${story}</font></td></tr></table>
    </td><td valign="top" width="160"><a href="/most-read">Most read</a></td></tr></table>
  </body></html>`;
}

describe('old pages set in tables and <font>', () => {
  it.each(PARSERS)(
    'reads each paragraph set apart by <br><br> inside a <font> as a block of its own (%s)',
    (_name, parse) => {
      const html = oldPage('Harbour Weekly - News', '', `By Ivo Brand<br><br>${PARAGRAPHS.join('<br><br>')}`);
      const { analysis } = analyzePage(parse(html));
      const text = analysis.article?.text ?? '';
      for (const paragraph of PARAGRAPHS) expect(text.split('\n\n')).toContain(paragraph);
      // The byline is a line of its own, not the start of the first paragraph.
      expect(text).not.toContain('By Ivo Brand HARLOW');
      expect(analysis.article?.authors).toEqual(['Ivo Brand']);
    },
  );

  it.each(PARSERS)(
    'takes the bold line over the dateline for the headline where <title> is the site (%s)',
    (_name, parse) => {
      const top = `<table width="500"><tr><td nowrap><b><span class="hd">Harlow ferry fares to rise by 12 percent</span></b> <br> <span class="dt">2031-03-04 17:15:00.0</span></td></tr></table>`;
      const html = oldPage('Harbour Weekly - Latest news, ferries, ports', top, PARAGRAPHS.join('<br><br>'));
      const { analysis } = analyzePage(parse(html));
      expect(analysis.article?.title).toBe('Harlow ferry fares to rise by 12 percent');
      expect(analysis.article?.published).toMatch(/^2031-03-04/);
    },
  );

  it.each(PARSERS)('finds the headline in the very cell that holds the story (%s)', (_name, parse) => {
    // The headline, the byline and the story are lines of one cell: the title is looked for up to the story's
    // first words, not only before the cell.
    const html = `<html><head><title>Harbour Weekly: Harlow ferry fares to rise</title></head><body>
      <table><tr><td><a href="/">Home</a> <a href="/subscribe">Free Trial Issue</a></td></tr>
      <tr><td><span class="section">Ports</span><br><span class="arttitle">Harlow ferry fares to rise</span><br>
      <span class="author"><a href="/brand">Ivo Brand</a>, 03.04.31, 5:15 PM ET</span><br><br>
      <span class="arttext">${PARAGRAPHS.join('<br><br>')}</span></td></tr></table></body></html>`;
    const { analysis } = analyzePage(parse(html));
    expect(analysis.article?.text.startsWith(PARAGRAPHS[0] as string)).toBe(true);
    expect(analysis.article?.title).toBe('Harlow ferry fares to rise');
  });

  it.each(PARSERS)('names the wire printed on the line under the byline, in capitals (%s)', (_name, parse) => {
    const story = `<span class="byline">By IVO BRAND<br>THE ASSOCIATED PRESS</span><br><br>${PARAGRAPHS.join('<br><br>')}`;
    const { analysis } = analyzePage(parse(oldPage('Harbour Weekly - News', '', story)));
    expect(analysis.article?.publisher).toBe('Associated Press');
    expect(analysis.article?.authors).toEqual(['IVO BRAND']);
  });

  it.each(PARSERS)(
    'names the wire on the last of the lines over the story: headline, site, date, wire (%s)',
    (_name, parse) => {
      const story = `<b>Harlow ferry fares to rise by 12 percent from April</b><br><small>Harbour Weekly<br>Tuesday 4th March, 2031<br>(AFP)</small><br><br>${PARAGRAPHS.join('<br><br>')}`;
      const { analysis } = analyzePage(parse(oldPage('Harbour Weekly - News', '', story)));
      expect(analysis.article?.publisher).toBe('AFP');
    },
  );
});
