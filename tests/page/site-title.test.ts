// The headline on pages whose <title> and banner are only the site's name: the site's name is never the
// headline (a link home prints it), and the story's own heading is. Pages written for these tests, read end to end
// (analyzePage) as the browser's DOM (jsdom) and as the CLI's (linkedom).
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze-page';
import { problems } from './aggregator-check';
import { aggregatorPage, type Markup } from './aggregator-pages';
import { PARSERS } from './parsers';

const STORY = [
  'The Harlow ferry company will raise its fares by a tenth from April, its chief executive Ana Lowe said on Monday, blaming the price of fuel and the cost of new boats.',
  'The company carried 1.4 million passengers last year, up from 1.1 million the year before, according to its annual report, and expects more this summer.',
  '"We held our fares for three winters, and we cannot hold them for a fourth," Lowe told reporters at the harbour on Monday afternoon.',
  'Passenger groups said the rise would hit commuters hardest, since most of them cross the sound twice a day and have no other way across.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

const HEADLINE = 'Ferry fares on the Harlow crossing to rise by a tenth in April';

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body>
    <div class="top"><a href="/">The Harbour Weekly</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>${body}</body></html>`;
}

describe("a page whose <title> is the site's name", () => {
  it.each(PARSERS)('takes the heading over the story, not the banner that <title> repeats (%s)', (_name, parse) => {
    const html = page(
      'The Harbour Weekly',
      `<h1 class="logo">The Harbour Weekly</h1><div class="main"><h2>${HEADLINE}</h2><p class="meta">AFP · 2031-03-04</p><div class="text">${STORY}</div></div>`,
    );
    expect(analyzePage(parse(html)).analysis.article?.title).toBe(HEADLINE);
  });

  it.each(PARSERS)('takes the heading that opens the body, over a source line and a byline (%s)', (_name, parse) => {
    const html = page(
      'The Harbour Weekly',
      `<h1 class="logo">The Harbour Weekly</h1><article><h2>${HEADLINE}</h2><p class="meta">AFP 2031-03-04</p><p>By Ivo Brand</p>${STORY}</article>`,
    );
    expect(analyzePage(parse(html)).analysis.article?.title).toBe(HEADLINE);
  });

  it.each(PARSERS)(
    'takes the bold line over a source line and a byline, in an old table layout (%s)',
    (_name, parse) => {
      const html = page(
        'The Harbour Weekly',
        `<table><tr><td><font size="5"><b>${HEADLINE}</b></font><br><font size="1">AFP 04-03-2031</font></td></tr>
      <tr><td><font size="2">By Ivo Brand<br><br>${STORY.replace(/<\/?p>/g, '<br><br>')}</font></td></tr></table>`,
      );
      expect(analyzePage(parse(html)).analysis.article?.title).toBe(HEADLINE);
    },
  );

  it.each(PARSERS)(
    'takes <title> over a line the story breaks in two after its first sentence (%s)',
    (_name, parse) => {
      const html = `<!DOCTYPE html><html><head><title>${HEADLINE}</title></head><body><div class="text">
      <p>HARLOW (AFP) - The Harlow ferry company will raise its fares by a tenth from April, Ana Lowe said.</p>
      <p>Lowe, the first woman to run the ferry</p><p>company, said the price of fuel had doubled since the spring and would not fall soon.</p>
      ${STORY}</div></body></html>`;
      expect(analyzePage(parse(html)).analysis.article?.title).toBe(HEADLINE);
    },
  );
});

describe("an aggregator page whose <title> is the site's name", () => {
  // The generated pages (aggregator-pages.ts) with their <title> cut to the site's name and no og:title: the
  // story under the h1 is still the one told from the related stories printed in full.
  const pages = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
    const page = aggregatorPage('utility', seed);
    const site = /property="og:site_name" content="([^"]*)"/.exec(page.html)?.[1] ?? '';
    const html = page.html
      .replace(/<title>.*?<\/title>/, `<title>${site}</title>`)
      .replace(/<meta property="og:title"[^>]*>/, '');
    return { ...page, html };
  });
  it.each(
    pages.flatMap((page) => PARSERS.map(([parser, parse]) => [`${page.name} in ${parser}`, page, parse] as const)),
  )('%s', (_name, page, parse) => {
    expect(problems(page, analyzePage(parse(page.html)).analysis)).toEqual([]);
  });
});

describe("an aggregator page whose <title> is the site's name and whose headline stands in no heading", () => {
  // The generated pages with their <title> cut to the site's name, no og:title, and the headline in a plain <div>
  // (a class no selector knows): the headline is the line over the source's line, the time since the story was
  // posted and the byline, at the story's door.
  const markups = ['utility', 'deep', 'rail-first', 'unwrapped', 'listed', 'microdata', 'table', 'same-template'];
  const pages = markups.flatMap((markup) =>
    [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
      const page = aggregatorPage(markup as Markup, seed);
      const site = /property="og:site_name" content="([^"]*)"/.exec(page.html)?.[1] ?? '';
      const html = page.html
        .replace(/<title>.*?<\/title>/, `<title>${site}</title>`)
        .replace(/<meta property="og:title"[^>]*>/, '')
        .replace(/<h1[^>]*>([^<]*)<\/h1>/g, '<div class="hl">$1</div>');
      return { ...page, html };
    }),
  );
  it.each(
    pages.flatMap((page) => PARSERS.map(([parser, parse]) => [`${page.name} in ${parser}`, page, parse] as const)),
  )('%s', (_name, page, parse) => {
    expect(problems(page, analyzePage(parse(page.html)).analysis)).toEqual([]);
  });
});
