// The content script's cheap gate (utils/page/gate.ts): it must let through every page the engine calls an
// article (short news items, <br> paragraphs, text written straight into a <div>, other scripts), and let by the
// shapes of pages that are not articles. Each article case is checked against the engine as well, so that the
// table stays a table of articles the engine finds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LARGE_NOT_ARTICLES } from '../../tools/large-pages';
import { analyzePage } from '../../utils/page/analyze-page';
import { type GateVerdict, gateLooks, gatePage } from '../../utils/page/gate';

function page(body: string, head = ''): Document {
  const doc = document.implementation.createHTMLDocument('Test');
  doc.head.innerHTML = head;
  doc.body.innerHTML = body;
  return doc;
}

// A news brief of 96 words in four short paragraphs, under its headline.
const BRIEF = [
  'The county council approved a plan on Monday to reopen the closed rail halt at Marsh End by next autumn.',
  'The halt, shut in 1968, will get two platforms and a car park for 40 cars, the council said.',
  'Local campaigners, who collected 3,000 signatures, welcomed the vote.',
  'Work is due to start in March and will cost about £4 million, officials said.',
];
// A story of 140 words in three paragraphs.
const STORY = [
  'Firefighters spent most of Sunday night tackling a blaze at a disused warehouse on the edge of the industrial estate, the fire service said on Monday morning.',
  'Six engines and an aerial platform were sent to the site shortly after ten o’clock, and nearby homes were asked to keep their windows closed because of the smoke. Nobody was hurt, and the cause of the fire is not yet known.',
  'The building had been empty for three years and was due to be demolished in the spring to make way for new housing, according to the owner, who said the site had been broken into several times in recent months.',
];
const JAPANESE = [
  '市議会は月曜日、旧駅舎を改修して図書館として再利用する計画を承認した。工事は来年春に始まり、約二年かかる見通しだという。駅前の広場も同時に整備され、バスの乗り場が新しくなる。',
  '市の担当者によると、費用は約八億円で、国の補助金も活用する。住民からは歓迎の声が上がっている。駅舎は大正時代に建てられ、十年前から使われておらず、保存を求める署名も集まっていた。',
  '改修後の図書館には約五万冊の本が置かれ、二階には学習室とカフェも設けられる予定だ。市長は記者会見で「町の歴史を残しながら新しい役割を与えたい」と述べた。',
];

// A story of three short paragraphs, 55 words in all.
const SHORT_STORY = [
  'The county council voted on Monday to reopen the rail halt at Marsh End, closed since 1968.',
  'It will get two platforms and a small car park, and trains will stop there every hour.',
  'Campaigners who had asked for the halt for ten years said they were delighted by the vote.',
];
// Five teasers of a local paper's front page: a headline and a standfirst of a sentence.
const TEASERS: ReadonlyArray<readonly [string, string]> = [
  [
    'Ferry timetable to change for winter',
    'Crossings will fall from eight a day to five until March, and the first sailing leaves an hour later.',
  ],
  [
    'Survey of the harbour wall begins',
    'Engineers will spend three weeks measuring the cracks before the council draws up a plan for repairs.',
  ],
  [
    'Fish market to move next year',
    'Traders welcomed the move into the old customs house, which gives them twice the space they have now.',
  ],
  [
    'Regatta draws a record entry',
    'Organisers counted 140 boats despite the wind, and the junior races were the busiest they have known.',
  ],
  [
    'Library opens on Sundays again',
    'The reading room will open from ten until four, staffed by volunteers, from the first weekend of May.',
  ],
];

const ps = (lines: readonly string[]) => lines.map((l) => `<p>${l}</p>`).join('');

const ARTICLES: ReadonlyArray<{ name: string; doc: () => Document; by: GateVerdict['by'] }> = [
  {
    name: 'a brief of 96 words in <p>s under its headline',
    doc: () => page(`<main><h1>Rail halt to reopen</h1>${ps(BRIEF)}</main>`),
    by: 'paragraph',
  },
  {
    name: 'a story of 140 words in an <article>',
    doc: () => page(`<nav><a href="/">Home</a></nav><article><h1>Warehouse fire</h1>${ps(STORY)}</article>`),
    by: 'paragraph',
  },
  {
    name: 'paragraphs set apart by <br>s in a <div>',
    doc: () => page(`<h1>Warehouse fire</h1><div class="text">${STORY.join('<br><br>')}</div>`),
    by: 'line-breaks',
  },
  {
    name: 'text written straight into <div>s, with links inside',
    doc: () =>
      page(
        `<h1>Warehouse fire</h1><div class="story">${STORY.map((l) => `<div class="para">${l.replace('fire service', '<a href="/f">fire service</a>')}</div>`).join('')}</div>`,
      ),
    by: 'text-walk',
  },
  {
    name: 'text in <div>s inside <span>s, after a menu list and a table of short cells',
    doc: () =>
      page(
        `<ul>${['Home', 'World', 'Sport'].map((m) => `<li><a href="/${m}">${m}</a></li>`).join('')}</ul>` +
          '<table><tr><td>Weather</td><td>12°C</td></tr></table>' +
          `<section><div class="story">${STORY.map((l) => `<div><span><span>${l}</span></span></div>`).join('')}</div></section>`,
      ),
    by: 'text-walk',
  },
  {
    name: 'an old table layout with the story in a cell',
    doc: () =>
      page(`<table><tr><td><a href="/">Home</a></td><td><b>Warehouse fire</b><br>${STORY.join(' ')}</td></tr></table>`),
    by: 'paragraph',
  },
  {
    name: 'a Japanese story (no spaces between words)',
    doc: () =>
      page(
        `<article><h1>旧駅舎を図書館に</h1>${ps(JAPANESE)}</article>`,
        '<meta property="og:type" content="article">',
      ),
    by: 'paragraph',
  },
  {
    name: 'a short story under its linked headline, beside four teasers with a standfirst each',
    doc: () =>
      page(
        `<main><div class="post"><h2><a href="/warehouse-fire">Warehouse fire on the estate</a></h2>${ps(STORY.slice(1))}</div></main>` +
          `<aside>${TEASERS.slice(0, 4)
            .map(([h, p]) => `<div class="more"><h3><a href="/more">${h}</a></h3><p>${p}</p></div>`)
            .join('')}</aside>`,
      ),
    by: 'paragraph',
  },
  {
    name: 'a round-up: an opening paragraph, then items with a headline link and a paragraph each',
    doc: () =>
      page(
        `<article><h1>Five walks for the half-term week</h1><p>${STORY[0]}</p>${TEASERS.map(
          ([h, p]) => `<section><h2><a href="/walk">${h}</a></h2><p>${p}</p></section>`,
        ).join('')}</article>`,
      ),
    by: 'paragraph',
  },
  {
    name: 'a short story whose container also holds a link to the next story, beside four teasers',
    doc: () =>
      page(
        `<main><div class="story"><h1>Rail halt to reopen</h1>${ps(SHORT_STORY)}<p><a href="/next">Next: Warehouse fire on the estate</a></p></div></main>` +
          `<aside>${TEASERS.slice(0, 4)
            .map(([h, p]) => `<div class="more"><h3><a href="/more">${h}</a></h3><p>${p}</p></div>`)
            .join('')}</aside>`,
        '<title>Rail halt to reopen</title>',
      ),
    by: 'paragraph',
  },
];

describe('gatePage: articles pass', () => {
  it.each(ARTICLES)('$name', ({ doc, by }) => {
    const d = doc();
    expect(analyzePage(d).analysis.isArticle).toBe(true);
    expect(gatePage(d)).toEqual({ pass: true, by });
  });
});

const NOT_ARTICLES: ReadonlyArray<{ name: string; doc: () => Document; hiddenProse?: boolean }> = [
  {
    name: 'an empty app shell',
    doc: () => page('<div id="root"></div><noscript>Enable JavaScript to run this app.</noscript>'),
  },
  {
    name: 'a grid of headline teasers',
    doc: () =>
      page(
        `<main>${[
          'Council approves bridge repair',
          'New school to open in September',
          'Late winner sends United through',
          'Packaging firm to create 200 jobs',
        ]
          .map((h) => `<div class="card"><a href="/x"><h3>${h}</h3></a><time>2 hours ago</time></div>`)
          .join('')}</main>`,
      ),
  },
  {
    name: 'an inbox of short rows',
    doc: () =>
      page(
        `<table>${[
          'Lunch on Friday? – Are you free at one?',
          'Your bill is ready – £84.20',
          'Reminder: planning meeting – Thursday 14:00',
        ]
          .map((r) => `<tr><td>Sender</td><td>${r}</td><td>10:42</td></tr>`)
          .join('')}</table>`,
      ),
  },
  {
    name: 'a sign-in form',
    doc: () =>
      page(
        '<h1>Sign in</h1><form><label>Email <input></label><button>Sign in</button></form><p><a href="/f">Forgot your password?</a></p>',
      ),
  },
  {
    name: 'a long paragraph that the page hides',
    doc: () => page(`<div hidden>${ps(STORY)}</div><p style="display: none">${STORY.join(' ')}</p>`),
    hiddenProse: true,
  },
  {
    name: 'prose inside a script (data for a renderer)',
    doc: () => page(`<div id="app"></div><script type="application/json">${JSON.stringify(STORY)}</script>`),
  },
];

const TEASER_PAGES: ReadonlyArray<{ name: string; doc: () => Document }> = [
  {
    name: 'a front page of teasers, each a headline link over a standfirst',
    doc: () =>
      page(
        `<header><a href="/">Harbour News</a></header><main>${TEASERS.map(
          ([h, p]) => `<article class="teaser"><h2><a href="/story">${h}</a></h2><p>${p}</p></article>`,
        ).join('')}</main>`,
      ),
  },
  {
    name: 'teasers that are each one link, a card holding the headline and the standfirst',
    doc: () =>
      page(
        `<div class="grid">${TEASERS.map(([h, p]) => `<a class="card" href="/story"><h3>${h}</h3><p>${p}</p></a>`).join('')}</div>`,
      ),
  },
  {
    name: 'search results: a title link, an address and a snippet of two sentences each',
    doc: () =>
      page(
        `<form><input name="q" value="harbour"></form><div id="results">${TEASERS.map(
          ([h, p]) =>
            `<div class="result"><a href="https://example.org/x"><h3>${h}</h3></a><cite>example.org › news</cite><div class="snippet">${p} Read the rest of the notice on the council's site …</div></div>`,
        ).join('')}</div>`,
      ),
  },
  {
    name: 'teasers whose headline link is most of its line, beside the time it was posted',
    doc: () =>
      page(
        `<main>${TEASERS.map(([h, p]) => `<div class="item"><div class="top"><a href="/story">${h}</a> <span>2 hours ago</span></div><p>${p}</p></div>`).join('')}</main>`,
      ),
  },
  {
    name: 'teasers whose headline link stands as a line of its own, in a table',
    doc: () =>
      page(
        `<table>${TEASERS.map(([h, p]) => `<tr><td><a href="/story"><b>${h}</b></a><br>${p}</td></tr>`).join('')}</table>`,
      ),
  },
];

describe('gatePage: a page of teasers is let by', () => {
  it.each(TEASER_PAGES)('$name', ({ doc }) => {
    const d = doc();
    expect(gatePage(d)).toEqual({ pass: false, by: 'teasers', chars: d.body.textContent?.length });
    expect(analyzePage(d).analysis.isArticle).toBe(false);
  });

  it('lets a page of three teasers through: fewer than a list of them', () => {
    const d = TEASER_PAGES[0]?.doc() as Document;
    for (const teaser of [...d.querySelectorAll('article')].slice(3)) teaser.remove();
    expect(gatePage(d)).toEqual({ pass: true, by: 'paragraph' });
  });

  it('reads the whole page where the teasers come first: a story in <div>s after them passes', () => {
    const d = TEASER_PAGES[0]?.doc() as Document;
    d.body.insertAdjacentHTML(
      'beforeend',
      `<div class="story">${STORY.map((l) => `<div class="para">${l}</div>`).join('')}</div>`,
    );
    expect(gatePage(d)).toEqual({ pass: true, by: 'text-walk' });
    expect(analyzePage(d).analysis.isArticle).toBe(true);
  });
});

describe('gatePage: a block that is mostly links is no prose', () => {
  it('lets by a page whose only long text with a sentence end is a column of links', () => {
    const d = page(
      `<h1>Bread at home</h1><video src="/v.mp4"></video><aside>${[
        'Why is my bread dense?',
        'Focaccia without a mixer, step by step',
        'Baguettes at home: the 2.0 method',
      ]
        .map((t) => `<a href="/v"><span>${t}</span> <span>Crumb Lab</span></a>`)
        .join('')}</aside>`,
    );
    expect(gatePage(d)).toMatchObject({ pass: false, by: 'none' });
  });

  it('still reads a paragraph with links in its sentences as prose', () => {
    const d = page(`<p>${STORY[0]?.replace('the fire service said', '<a href="/f">the fire service said</a>')}</p>`);
    expect(gatePage(d)).toEqual({ pass: true, by: 'paragraph' });
  });
});

describe('gatePage: pages that cannot hold an article are let by', () => {
  it.each(NOT_ARTICLES)('$name', ({ doc, hiddenProse = false }) => {
    const d = doc();
    expect(gatePage(d)).toEqual({ pass: false, by: 'none', hiddenProse, chars: d.body.textContent?.length });
    expect(analyzePage(d).analysis.isArticle).toBe(false);
  });
});

/** The non-article set scripts/eval-gate.ts measures: what the gate does with each, and the engine's verdict. */
const FIXTURES_DIR = path.resolve(import.meta.dirname, '../fixtures/not-articles');
const LET_THROUGH = new Set(['search-results.html']);

describe('gatePage on the non-article set', () => {
  const files = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.html'));
  it.each(files)('%s', (file) => {
    const d = new DOMParser().parseFromString(readFileSync(path.join(FIXTURES_DIR, file), 'utf8'), 'text/html');
    // Through the gate only where some element could hold a paragraph of prose; the engine says no to all.
    expect(gatePage(d).pass).toBe(LET_THROUGH.has(file));
    expect(analyzePage(d).analysis.isArticle).toBe(false);
  });
  it.each(LARGE_NOT_ARTICLES)('$id (generated, large)', ({ html }) => {
    const d = new DOMParser().parseFromString(html(), 'text/html');
    expect(gatePage(d)).toMatchObject({ pass: false, by: 'none' });
  });
  it('lets most of the set by', () => {
    expect(files.length - LET_THROUGH.size).toBeGreaterThan(files.length / 2);
  });
});

describe('gateLooks: the watch reads the page again only where it changed', () => {
  /** Counts the gate's readings of the page: each queries the body for its paragraph-like elements. */
  function counted(d: Document) {
    const spy = vi.spyOn(d.body, 'querySelectorAll');
    return { readings: () => spy.mock.calls.filter(([selector]) => selector !== 'br').length };
  }

  it('does not read a page again that is as it was', () => {
    const d = page('<h1>Sign in</h1><form><label>Email <input></label><button>Sign in</button></form>');
    const { readings } = counted(d);
    const look = gateLooks(d);
    expect([look(), look(), look()]).toEqual([false, false, false]);
    expect(readings()).toBe(1);
  });

  it('reads it again when its scripts add the story, or fill the text of elements it had', () => {
    const d = page('<div id="app"><p></p><p></p><p></p></div>');
    const { readings } = counted(d);
    const look = gateLooks(d);
    expect(look()).toBe(false);
    // A skeleton filled in: the same elements, more text.
    d.querySelectorAll('p').forEach((p, i) => {
      p.textContent = STORY[i] ?? '';
    });
    expect(look()).toBe(true);
    expect(readings()).toBe(2);
    const late = page('<div id="app"></div>');
    const lateLook = gateLooks(late);
    expect(lateLook()).toBe(false);
    late.getElementById('app')?.insertAdjacentHTML('beforeend', ps(STORY));
    expect(lateLook()).toBe(true);
  });

  it('reads every time a page whose prose is hidden: showing it changes no count', () => {
    const d = page(`<div id="story" style="display:none">${ps(STORY)}</div>`);
    const { readings } = counted(d);
    const look = gateLooks(d);
    expect(look()).toBe(false);
    expect(look()).toBe(false);
    d.getElementById('story')?.removeAttribute('style');
    expect(look()).toBe(true);
    expect(readings()).toBe(3);
  });
});
