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

/** A generated page with its <title> cut to the site's name and no og:title. */
function siteTitled(html: string): string {
  const site = /property="og:site_name" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return html.replace(/<title>.*?<\/title>/, `<title>${site}</title>`).replace(/<meta property="og:title"[^>]*>/, '');
}

describe("an aggregator page whose <title> is the site's name", () => {
  // The generated pages (aggregator-pages.ts) with their <title> cut to the site's name and no og:title: the
  // story under the h1 is still the one told from the related stories printed in full.
  const pages = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
    const page = aggregatorPage('utility', seed);
    return { ...page, html: siteTitled(page.html) };
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
  const markups = [
    'utility',
    'hashed',
    'deep',
    'rail-first',
    'unwrapped',
    'listed',
    'microdata',
    'table',
    'same-template',
    'next-stories',
    'articles',
    'flat',
    'brs',
    'sections',
  ];
  const pages = markups.flatMap((markup) =>
    [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
      const page = aggregatorPage(markup as Markup, seed);
      const html = siteTitled(page.html).replace(/<h1[^>]*>([^<]*)<\/h1>/g, '<div class="hl">$1</div>');
      return { ...page, html };
    }),
  );
  it.each(
    pages.flatMap((page) => PARSERS.map(([parser, parse]) => [`${page.name} in ${parser}`, page, parse] as const)),
  )('%s', (_name, page, parse) => {
    expect(problems(page, analyzePage(parse(page.html)).analysis)).toEqual([]);
  });
});

describe("an endless page whose <title> is the site's name, its story's headline in a plain box, the next ones in h1s", () => {
  // The first h1 is the next story's, under the story that opens the page: the headline is the line above the
  // story, whatever element holds it.
  const pages = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
    const page = aggregatorPage('next-stories', seed);
    const own = page.html.indexOf(`>${page.headline}</h1>`);
    const open = page.html.lastIndexOf('<h1', own);
    const html = siteTitled(
      `${page.html.slice(0, open)}<div class="hl"><b${page.html.slice(open + 3, own)}>${page.headline}</b></div>${page.html.slice(own + page.headline.length + 6)}`,
    );
    return { ...page, html };
  });
  // (the seeds whose next stories print their headlines in h1s)
  const endless = pages.filter((page) => page.html.includes('<h1'));
  it('has pages to read', () => expect(endless.length).toBeGreaterThanOrEqual(3));
  it.each(
    endless.flatMap((page) => PARSERS.map(([parser, parse]) => [`${page.name} in ${parser}`, page, parse] as const)),
  )('%s', (_name, page, parse) => {
    expect(page.html).not.toContain(`>${page.headline}</h1>`);
    expect(problems(page, analyzePage(parse(page.html)).analysis)).toEqual([]);
  });
});

describe('a page with no title and no h1 that prints the next stories in full', () => {
  const SITE = 'The Harbour Weekly';
  const NEXT = [
    {
      headline: 'Tarnby library to open on Sundays from the spring',
      credit: 'Valley Courier · 3 hours ago',
      text: [
        'The Tarnby town library will open on Sundays from March, the town council said on Tuesday, after a survey found that most of its readers work on weekdays and cannot reach it before it closes.',
        'The council will pay for the extra hours from a fund it set aside for the town hall roof, which was repaired for less than it expected, a spokesman for the council said.',
        'Librarians said they would take the Sunday shifts in turn and that the reading room would stay open until five in the afternoon.',
      ],
    },
    {
      headline: 'Kestrel bus company adds night buses to the airport',
      credit: 'Associated Press · yesterday',
      text: [
        'The Kestrel bus company will run a bus to the airport every hour through the night from next month, its director Dana Reyes said on Monday, answering complaints from the airport staff who start before dawn.',
        'The buses will stop at the station, the hospital and the new estates on the ring road, Reyes said, and a ticket will cost the same as in the day.',
        'Staff at the airport had asked for a night service for three years, their union said, and welcomed the news.',
      ],
    },
  ];
  const own = (headline: string, credit: string): string =>
    `${headline}<p class="credit">${credit}</p><p>By Ivo Brand</p>${STORY}`;

  it.each(PARSERS)(
    'reads the story that opens the page, under an h2, not the next ones its template prints after it (%s)',
    (_name, parse) => {
      const story = (k: (typeof NEXT)[number]): string =>
        `<article class="post"><h2 class="post-title">${k.headline}</h2>${k.text.map((t) => `<p>${t}</p>`).join('')}</article>`;
      const html = `<!DOCTYPE html><html><head><title>${SITE}</title></head><body>
      <header><a href="/">${SITE}</a></header><main>
      <article class="post">${own(`<h2 class="post-title">${HEADLINE}</h2>`, 'AFP · 2 hours ago')}</article>
      <div class="stream"><p>Next stories</p>${NEXT.map(story).join('')}</div></main></body></html>`;
      const { analysis } = analyzePage(parse(html));
      expect(analysis.article?.title).toBe(HEADLINE);
      expect(analysis.article?.text).toContain('The Harlow ferry company will raise its fares');
      expect(analysis.article?.text).not.toContain('Tarnby');
      expect(analysis.article?.text).not.toContain('Kestrel');
    },
  );

  it.each(PARSERS)(
    'leaves out related stories under dated headings when the headline is in a plain box (%s)',
    (_name, parse) => {
      const card = (k: (typeof NEXT)[number]): string =>
        `<section class="card"><h2>${k.headline}</h2><p class="credit">${k.credit}</p>${k.text.map((t) => `<p>${t}</p>`).join('')}<a href="/more">Read more</a></section>`;
      const html = `<!DOCTYPE html><html><head><title>${SITE}</title></head><body>
      <nav><a href="/">${SITE}</a> <a href="/news">News</a></nav><main>
      <section class="story">${own(`<div class="hl">${HEADLINE}</div>`, 'Valley Courier Wire Service · Tuesday, March 4, 2031, 09:14 GMT')}</section>
      <section class="more"><h2>Related stories</h2>${NEXT.map(card).join('')}</section></main></body></html>`;
      const { analysis } = analyzePage(parse(html));
      expect(analysis.article?.title).toBe(HEADLINE);
      expect(analysis.article?.text).toContain('Passenger groups said the rise would hit commuters hardest');
      expect(analysis.article?.text).not.toContain('Tarnby');
      expect(analysis.article?.text).not.toContain('Kestrel');
    },
  );
});

describe('a headline the body starts with', () => {
  const LINE = 'Harlow ferry fares to rise by a tenth, the first rise in 3 years';
  const html = `<!DOCTYPE html><html><head><title>The Harbour Weekly</title></head><body>
    <div class="top"><a href="/">The Harbour Weekly</a></div>
    <div class="story"><div class="hl">${LINE}</div>${STORY}</div>
    <div class="promo"><p>Get the morning briefing in your inbox before 7am every weekday, free for a month.</p></div></body></html>`;

  it.each(PARSERS)('is the title, and neither the story text nor its numbers (%s)', (_name, parse) => {
    const result = analyzePage(parse(html));
    expect(result.analysis.article?.title).toBe(LINE);
    expect(result.analysis.article?.text.startsWith('The Harlow ferry company will raise')).toBe(true);
    expect(result.analysis.numbers.map((n) => n.text)).not.toContain('3 years');
    expect(result.article?.blocks[0]?.text).toMatch(/^The Harlow ferry company/);
    // The strip never takes the headline for clutter.
    expect(result.clutter.filter((item) => item.element.textContent?.includes(LINE))).toEqual([]);
  });
});
