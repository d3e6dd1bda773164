// Aggregator pages (issue 11): the sidebar must describe the story under the headline, not a related story
// printed in full after it. Generated pages (aggregator-pages.ts) in twenty-two markups, English and Arabic, parsed as
// the browser's DOM (jsdom) and as the CLI's (linkedom); plus the pages the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../tools/load-page';
import { analyzePage } from '../../utils/page/analyze-page';
import { collapse } from '../../utils/page/dom';
import { clutterElements, countedClutter } from '../../utils/page/types';
import { problems, sentences } from './aggregator-check';
import { type AggregatorPage, aggregatorPage, MARKUPS } from './aggregator-pages';
import { PARSERS } from './parsers';

/** Seeds per markup: odd seeds give Arabic pages, even ones English; together they cover every variant. */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

const PAGES = MARKUPS.flatMap((markup) => SEEDS.map((seed) => aggregatorPage(markup, seed)));

describe('aggregator pages: the story under the headline', () => {
  it.each(
    PAGES.flatMap((page) => PARSERS.map(([parser, parse]) => [`${page.name} in ${parser}`, page, parse] as const)),
  )('%s', (_name, page, parse) => {
    const { analysis } = analyzePage(parse(page.html));
    expect(analysis.isArticle).toBe(true);
    const text = analysis.article?.text ?? '';
    expect(text).toContain(page.paragraphs[0]);
    expect(text).toContain(page.paragraphs[page.paragraphs.length - 1]);
    expect(analysis.article?.publisher).toBe(page.wire);
    // Every paragraph, no sentence of a related story, comment or promo, and claims, sources and numbers
    // from the story alone.
    expect(problems(page, analysis)).toEqual([]);
  });

  // A wire's brief of two or three paragraphs under the headline, each related story several times longer.
  const BRIEFS = MARKUPS.flatMap((markup) =>
    [1, 2, 3, 4].map((seed) => aggregatorPage(markup, seed, undefined, { brief: true })),
  );
  it.each(
    BRIEFS.flatMap((page) => PARSERS.map(([parser, parse]) => [`${page.name} in ${parser}`, page, parse] as const)),
  )('%s', (_name, page, parse) => {
    expect(problems(page, analyzePage(parse(page.html)).analysis)).toEqual([]);
  });

  it.each(
    PAGES.flatMap((page) => PARSERS.map(([parser, parse]) => [`${page.name} in ${parser}`, page, parse] as const)),
  )(
    'the strip offers every related story, every comment and the promo of %s, each counted once',
    (_name, page, parse) => {
      const { clutter } = analyzePage(parse(page.html));
      const hides = (kind: string, text: string): boolean =>
        clutter.some(
          (c) => c.kind === kind && clutterElements(c).some((e) => collapse(e.textContent ?? '').includes(text)),
        );
      for (const paragraph of page.related.flat()) expect(hides('related', paragraph), paragraph).toBe(true);
      const comments = page.clutter.slice(0, -1);
      for (const comment of comments) expect(hides('comments', comment), comment).toBe(true);
      // The promo is a pitch to the reader (a product or the newsletter), in a box whatever its markup.
      const pitch = page.clutter[page.clutter.length - 1] ?? '';
      expect(hides('promo', pitch) || hides('newsletter', pitch), pitch).toBe(true);
      expect(countedClutter(clutter.filter((c) => c.kind === 'related'))).toHaveLength(
        page.related.length + page.relatedLinks,
      );
      expect(countedClutter(clutter.filter((c) => c.kind === 'comments'))).toHaveLength(comments.length);
    },
  );

  // A page built of components sets every paragraph in one (`<story-p>`), the readers' comments and the related
  // stories' texts too, each of those alone in its parent.
  it.each(PAGES.map((page) => [page.name, page] as const))('%s with every paragraph a component', (_name, page) => {
    const html = page.html.replace(/<p(\s|>)/g, '<story-p$1').replace(/<\/p>/g, '</story-p>');
    expect(problems(page, analyzePage(new DOMParser().parseFromString(html, 'text/html')).analysis)).toEqual([]);
  });

  it('tells the next stories printed in full apart when no title is a heading, each printed as the headline is', () => {
    for (const seed of SEEDS) {
      const page = aggregatorPage('next-stories', seed);
      for (const [title, close] of [
        ['<div class="headline"', '</div>'],
        ['<div><strong', '</strong></div>'],
      ] as const) {
        const html = page.html.replace(/<h[12][^>]*>/g, `${title}>`).replace(/<\/h[12]>/g, close);
        expect(html).not.toMatch(/<h[12]/);
        const { analysis } = analyzePage(new DOMParser().parseFromString(html, 'text/html'));
        expect(problems(page, analysis), `${page.name} ${title}`).toEqual([]);
      }
    }
  });

  it("tells the related stories apart when their titles are plain headings, each over its source's line", () => {
    for (const seed of SEEDS) {
      const page = aggregatorPage('unwrapped', seed);
      const html = page.html.replace(/<(h\d)><a [^>]*>([^<]*)<\/a><\/\1>/g, '<$1>$2</$1>');
      expect(html).not.toMatch(/<h\d><a /);
      for (const [parser, parse] of PARSERS) {
        expect(problems(page, analyzePage(parse(html)).analysis), `${page.name} in ${parser}`).toEqual([]);
      }
    }
  });

  it("tells the related stories apart when each card's title is a plain line over its source's line", () => {
    for (const seed of SEEDS) {
      const page = aggregatorPage('sections', seed);
      const html = page.html.replace(
        /<section class="story-card"><h2>([^<]*)<\/h2>/g,
        '<section class="story-card"><p class="title">$1</p>',
      );
      expect(html).not.toContain('<section class="story-card"><h2>');
      for (const [parser, parse] of PARSERS) {
        expect(problems(page, analyzePage(parse(html)).analysis), `${page.name} in ${parser}`).toEqual([]);
      }
    }
  });

  it("tells the related stories apart when each one's source and time stand above its title", () => {
    for (const seed of SEEDS) {
      const page = aggregatorPage('unwrapped', seed);
      // (each "<h3>title</h3><p class="meta">AFP · an hour ago</p>" printed the other way round)
      const html = page.html.replace(/(<h3><a [^>]*>[^<]*<\/a><\/h3>)(<p class="meta">[^<]*<\/p>)/g, '$2$1');
      expect(html).not.toMatch(/<\/a><\/h3><p class="meta">/);
      for (const [parser, parse] of PARSERS) {
        expect(problems(page, analyzePage(parse(html)).analysis), `${page.name} in ${parser}`).toEqual([]);
      }
    }
  });

  it('finds the story quoted by name in English', () => {
    for (const page of PAGES.filter((p) => p.language === 'en')) {
      const { analysis } = analyzePage(parsePage(page.html));
      const names = analysis.sources.map((s) => s.name);
      expect(names, page.name).toContain(page.sources[0]);
      for (const other of page.relatedSources) expect(names, page.name).not.toContain(other);
    }
  });

  it('covers both languages, every way of crediting the wire and of printing the related stories', () => {
    for (const markup of MARKUPS) {
      const pages = PAGES.filter((p) => p.name.startsWith(`${markup} `));
      expect(new Set(pages.map((p) => p.language))).toEqual(new Set(['en', 'ar']));
    }
    const seen = (pick: (page: AggregatorPage) => string | boolean): Set<string | boolean> => new Set(PAGES.map(pick));
    expect(seen((p) => p.variant.credit)).toEqual(new Set(['dateline', 'closing', 'both']));
    expect(seen((p) => p.variant.cardText)).toEqual(new Set(['block', 'paragraphs']));
    expect(seen((p) => p.variant.relatedFirst)).toEqual(new Set([true, false]));
    expect(seen((p) => p.variant.relatedLabel)).toEqual(
      new Set(['Related Articles', 'Read more', 'More on this story', 'مقالات ذات صلة', 'اقرأ أيضا', 'أخبار ذات صلة']),
    );
    // Every related story is longer than the story: length alone would pick it.
    for (const page of PAGES) {
      const story = page.paragraphs.join(' ').length;
      for (const related of page.related) expect(related.join(' ').length).toBeGreaterThan(story);
    }
  });

  it('still finds the story when the h1 matches no title (a section name), with no og:title', () => {
    for (const seed of SEEDS) {
      const page = aggregatorPage('utility', seed);
      const html = page.html
        .replace(/<h1([^>]*)>[^<]*<\/h1>/, '<h1$1>World</h1>')
        .replace(/<title>[^<]*<\/title>/, '<title>Front desk</title>')
        .replace(/<meta property="og:title"[^>]*>/, '');
      const { analysis } = analyzePage(parsePage(html));
      expect(analysis.isArticle, page.name).toBe(true);
      const found = problems(page, analysis).filter((problem) => !problem.startsWith('title'));
      expect(found, page.name).toEqual([]);
    }
  });
});

/** Invented paragraphs for the pages the rule must leave alone. */
const STORY = [
  'The county library will open on Sundays from next month, its board said on Wednesday, after a trial in the spring drew 2,300 visitors over eight weekends.',
  'Librarians said most of the Sunday visitors were families with young children and students preparing for exams, according to a survey the board published.',
  '"We kept hearing that Saturday was the only day people could come, and it was always full," head librarian Nora Flint said at the reading room.',
  'The extra day will cost about 90,000 a year in wages, the board said, and will be paid from a fund left to the library by a former teacher.',
  'A union representing the staff said it had agreed to the change after the board promised that nobody would have to work more than two Sundays a month.',
  'The library will also keep its computer room open until 8 pm on Thursdays, a spokeswoman said, to help residents fill in online forms for benefits.',
];
const TEASERS = [
  ['Valley Courier', '2 hours ago', 'Town hall to reopen after roof repairs', 'The works took nine months.'],
  ['Morning Ledger', '5 hours ago', 'Bus fares frozen for another year', 'Riders will pay the same until June.'],
  ['Valley Courier', 'yesterday', 'New cycle lane opens on the river road', 'It runs for 3 kilometres.'],
];
/** Items of a listicle, each with a linked title and a text of its own: they ARE the page's body. */
const ITEMS = [
  [
    'The old mill bakery on Cross Street',
    'The sourdough here is baked before dawn in a wood oven that the owners rebuilt brick by brick, and the queue on Saturdays reaches the corner by eight. The rye loaf sells out first, so regulars ring ahead on Friday evening to keep one, and the café at the back serves soup made with whatever the bakers did not sell the day before. Prices have barely moved in three years, the owners said.',
  ],
  [
    'The harbour fish stall by the ferry steps',
    'A family has sold fish from this stall for four generations, and the catch is chalked on a board every morning after the boats come in. The smoked mackerel is the thing to buy, warm from the smokehouse behind the stall, and on Fridays they fry cod in a batter whose recipe nobody outside the family has ever seen. The stall closes when the fish runs out, usually soon after lunch.',
  ],
  [
    'The night market in the old tram depot',
    'Every Thursday the depot fills with some forty stalls selling dumplings, flatbreads, noodles and cakes, and the long tables in the middle seat several hundred people under the old iron roof. Most cooks started at home and rent a stall to test their dishes before opening a shop of their own, the organisers said, and several of the town’s best-loved restaurants began there a few years ago.',
  ],
];

describe('pages the rule must leave alone', () => {
  it('a publisher page with a related rail of short teasers gives the whole body', () => {
    const rail = TEASERS.map(
      ([source, time, title, text]) =>
        `<div class="t"><span>${source}</span> <span>${time}</span><h3><a href="/x">${title}</a></h3><p>${text}</p></div>`,
    ).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Library to open on Sundays | County Post</title></head><body>
      <div class="page"><div class="main"><h1>Library to open on Sundays</h1><div class="body">
      ${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div><div class="rail"><h2>Read more</h2>${rail}</div></div></body></html>`;
    for (const [parser, parse] of PARSERS) {
      const { analysis } = analyzePage(parse(html));
      expect(analysis.isArticle, parser).toBe(true);
      expect(analysis.article?.text, parser).toBe(STORY.join('\n\n'));
    }
  });

  it('a listicle whose items have linked titles keeps its items', () => {
    const items = ITEMS.map(
      ([title, text]) => `<div class="item"><h2><a href="/place">${title}</a></h2><p>${text}</p></div>`,
    ).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Three places to eat by the harbour | Town Guide</title></head><body>
      <h1>Three places to eat by the harbour</h1><div class="list"><p>Our pick of the season, tried by the desk.</p>${items}</div></body></html>`;
    for (const [parser, parse] of PARSERS) {
      const { analysis } = analyzePage(parse(html));
      const text = analysis.article?.text ?? '';
      for (const sentence of sentences(ITEMS.map(([, body]) => body ?? ''))) expect(text, parser).toContain(sentence);
    }
  });

  it('a guide whose entries are linked names under section labels, with no dates, keeps its entries', () => {
    // The shape of related stories printed with no wrapper (a label, then linked titles over long texts, all
    // siblings of the story's paragraphs), less the dated line each related story carries.
    const more = [
      'Bring cash, since the card reader works only when the wind is from the west, and sit upstairs if you can: the window seats look straight down the street to the water, and the staff will bring tea without being asked.',
      'Get there before the boats come back if you want a table outside, because the crews eat here too and they have known the owners for longer than anyone. The portions are large enough to share between two.',
      'The depot is a ten-minute walk from the last tram stop, and the organisers ask visitors to bring their own plates and cups, which they wash at a tap by the gate; the stalls give a small discount to anyone who does.',
    ];
    const entries = ITEMS.map(
      ([title, text], i) => `<h4><a href="https://place${i}.example/">${title}</a></h4><p>${text}</p><p>${more[i]}</p>`,
    );
    const intro = STORY.map((p) => `<p>${p}</p>`).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Where to eat this winter | Town Guide</title></head><body>
      <h1>Where to eat this winter</h1><div class="entry">${intro}<h3>Cross Street</h3>${entries.join('')}</div></body></html>`;
    for (const [parser, parse] of PARSERS) {
      const { analysis } = analyzePage(parse(html));
      const text = analysis.article?.text ?? '';
      for (const sentence of sentences([...ITEMS.map(([, body]) => body ?? ''), ...more])) {
        expect(text, parser).toContain(sentence);
      }
    }
  });

  it("keeps <article>s that are parts of the story: inside the headline's own, or on a page whose headline is in none", () => {
    const intro = STORY.slice(0, 4)
      .map((p) => `<p>${p}</p>`)
      .join('');
    // Each part as long as a story printed in full (MIN_CARD_PROSE_CHARS): its item and a paragraph more.
    const more = STORY.slice(4);
    const parts = ITEMS.map(
      ([title, text], i) => `<article><h2>${title}</h2><p>${text}</p><p>${more[i % more.length]}</p></article>`,
    ).join('');
    const head =
      '<!DOCTYPE html><html lang="en"><head><title>Three places to eat by the harbour | Town Guide</title></head><body>';
    const pages = {
      nested: `${head}<article><h1>Three places to eat by the harbour</h1>${intro}${parts}</article></body></html>`,
      tabs: `${head}<h1>Three places to eat by the harbour</h1><div class="intro">${intro}</div><div class="tabs">${parts}</div></body></html>`,
    };
    for (const [name, html] of Object.entries(pages)) {
      for (const [parser, parse] of PARSERS) {
        const text = analyzePage(parse(html)).analysis.article?.text ?? '';
        for (const sentence of sentences([...STORY, ...ITEMS.map(([, body]) => body ?? '')])) {
          expect(text, `${name} in ${parser}`).toContain(sentence);
        }
      }
    }
  });

  it("keeps a live blog's entries: <article>s of another kind than the story's, each under an h2", () => {
    const entries = ITEMS.map(
      ([title, text], i) =>
        `<article class="entry"><h2>${title}</h2><time>10:${i}5</time><p>${text}</p><p>${STORY[(i + 4) % STORY.length]}</p></article>`,
    ).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Live: the harbour food fair as it happened | Town Guide</title></head><body>
      <main><article class="live-header"><h1>Live: the harbour food fair as it happened</h1>${STORY.slice(0, 4)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article><div class="entries">${entries}</div></main></body></html>`;
    for (const [parser, parse] of PARSERS) {
      const text = analyzePage(parse(html)).analysis.article?.text ?? '';
      for (const sentence of sentences([...STORY, ...ITEMS.map(([, body]) => body ?? '')])) {
        expect(text, parser).toContain(sentence);
      }
    }
  });
});
