// Pages built to make a text engine slow or crash: a regex that backtracks, a loop that rescans, a recursion as
// deep as the DOM. Shared by tests/pathological/ (linkedom, in Node: `boundMs`), tests/e2e/pathological.e2e.ts
// (the engine in headless Chromium and Firefox: `browserBoundMs`) and scripts/bench-browser.ts (Chromium
// figures), so all three measure the same inputs. Everything is generated from a fixed seed: same input every run.

/** A small seeded generator (mulberry32), so the inputs are the same on every run and in both places. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Ordinary reporting, so that every page is an article and the engine goes all the way to claims. */
const NEWS_SENTENCES = [
  'The ministry said on Tuesday that at least 1,500 people had been displaced by the fighting near the border.',
  '"We will not give up," Col. Ahmed Ali, a spokesman for the army, told Reuters in a telephone interview.',
  'According to the U.N. refugee agency, some 7,000 families have fled since January 18, 2025.',
  'Prices rose 8.2% in the year to March, the statistics office said, the fastest pace since 2019.',
  'The company did not respond to a request for comment, and officials declined to comment on the report.',
  'Dr. Maria López, an economist at the university, said the $1.3 billion package was "too little, too late."',
  'Two inspectors sailed to Tarnby last week, five Vellmark harbour-safety officials said.',
  'It was not immediately clear how many of the fighters had been killed, a security source said.',
];

/** `count` news sentences from the list, in a seeded order. */
export function newsText(count: number, seed = 1): string {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(NEWS_SENTENCES[Math.floor(next() * NEWS_SENTENCES.length)] ?? '');
  return out.join(' ');
}

/** A plain article page: a title, a byline and these paragraphs (already HTML) inside <article>. */
export function articlePage(paragraphsHtml: readonly string[], extraBody = ''): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pathological page</title>',
    '<meta property="og:type" content="article"></head><body>',
    '<header><nav><a href="#">Home</a> <a href="#">World</a></nav></header>',
    '<main><article><h1>Pathological page</h1><p class="byline">By Jane Doe</p>',
    ...paragraphsHtml,
    '</article></main>',
    extraBody,
    '<footer><p>© 2025 Example News</p></footer></body></html>',
  ].join('\n');
}

/** Three ordinary paragraphs, then the hostile one, then three more: the engine must read past it. */
function aroundHostile(hostile: string): string {
  const normal = (seed: number) => `<p>${esc(newsText(6, seed))}</p>`;
  return articlePage([normal(1), normal(2), normal(3), `<p>${esc(hostile)}</p>`, normal(4), normal(5), normal(6)]);
}

/** Source of a function run in the page (and with `new Function` in Node): deepens the DOM after parsing,
 * because the HTML parser flattens nesting deeper than 512 in Chromium. A string, so both run the same code. */
export const NEST_SOURCE = `(function nest(document, depth, tag) {
  var article = document.querySelector('article');
  var paragraphs = Array.prototype.slice.call(article.querySelectorAll('p'));
  var inline = tag === 'span' || tag === 'b';
  // Inline nesting goes inside one paragraph (its text at the bottom of the chain); block nesting around them all.
  var parent = inline ? paragraphs[3] : article;
  var moved = inline ? Array.prototype.slice.call(parent.childNodes) : paragraphs;
  // Grow the chain inside the live tree one level at a time: appending a deep detached subtree makes some DOMs
  // (jsdom) recurse once per level, which is the test's problem, not the engine's.
  var inner = parent;
  for (var i = 0; i < depth; i++) inner = inner.appendChild(document.createElement(tag));
  for (var j = 0; j < moved.length; j++) inner.appendChild(moved[j]);
  return depth;
})`;

export interface PathologicalCase {
  id: string;
  /** What it is, for test names and the bench table. */
  title: string;
  html: () => string;
  /** Deepen the DOM after parsing with NEST_SOURCE: how deep and with which tag. */
  nest?: { depth: number; tag: string };
  /** Generous limit for analyzePage in Node (linkedom): at least ten times what was measured (see the report in
   * the test output: `npx vitest run tests/pathological`). */
  boundMs: number;
  /** Generous limit for analyzePage in the page's main world, in Chromium and Firefox (nesting at browserNest's
   * depth): about ten times the cold run measured in Chromium on the loaded 2-core dev machine, and never under
   * 1 s (below that a GC pause or a busy core weighs more than the engine). Firefox is up to 2.5 times slower
   * than Chromium here. Figures: the lines `node scripts/e2e.mjs pathological` prints. */
  browserBoundMs: number;
  /** The page is an article with ordinary reporting around the hostile part: the engine must say so. */
  article: boolean;
}

const HUNDRED_K = 100_000;

function digitsAndCommas(): string {
  const next = random(7);
  let s = '';
  while (s.length < HUNDRED_K) s += next() < 0.3 ? ',' : String(Math.floor(next() * 10));
  return s;
}

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** 100,000 words of reporting: ~3,900 sentences in paragraphs of five. */
function hundredThousandWords(): string {
  const paragraphs: string[] = [];
  let words = 0;
  for (let seed = 1; words < HUNDRED_K; seed++) {
    const text = newsText(5, seed);
    words += text.split(' ').length;
    paragraphs.push(`<p>${esc(text)}</p>`);
  }
  return articlePage(paragraphs);
}

/** A 5 MB page as a big news site serves it: the article plus thousands of teasers, menus and link lists. */
function fiveMegabytePage(): string {
  const next = random(11);
  const teaser = (i: number) =>
    `<div class="teaser teaser--${i % 7}" data-id="${i}"><a href="/story/${i}" class="teaser__link"><h3 class="teaser__title">Story ${i}: ${esc(newsText(1, i))}</h3></a><p class="teaser__standfirst">${esc(newsText(2, i + 1))}</p><span class="teaser__time">${Math.floor(next() * 60)} minutes ago</span></div>`;
  const menu = (i: number) =>
    `<ul class="menu menu--${i}">${Array.from({ length: 20 }, (_, k) => `<li class="menu__item"><a href="/section/${i}/${k}">Section ${k}</a></li>`).join('')}</ul>`;
  const target = 5 * 1024 * 1024;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const chunk = `<section class="rail rail--${i}">${menu(i)}${teaser(3 * i)}${teaser(3 * i + 1)}${teaser(3 * i + 2)}</section>`;
    parts.push(chunk);
    size += chunk.length;
  }
  const body = Array.from({ length: 12 }, (_, i) => `<p>${esc(newsText(5, 100 + i))}</p>`);
  return articlePage(body, `<aside class="more-stories">${parts.join('\n')}</aside>`);
}

export const PATHOLOGICAL_CASES: readonly PathologicalCase[] = [
  {
    id: 'digits-commas',
    title: '100,000 characters of digits and commas in one paragraph',
    html: () => aroundHostile(digitsAndCommas()),
    boundMs: 10_000,
    browserBoundMs: 2_500,
    article: true,
  },
  {
    id: 'said',
    title: '"said said said…" (100,000 characters) in one paragraph',
    html: () => aroundHostile(repeatTo('said ', HUNDRED_K)),
    boundMs: 10_000,
    browserBoundMs: 3_000,
    article: true,
  },
  {
    id: 'according-to',
    title: '"according to according to…" with names (100,000 characters)',
    html: () => aroundHostile(repeatTo('according to Jane Doe, officials said ', HUNDRED_K)),
    boundMs: 10_000,
    browserBoundMs: 3_000,
    article: true,
  },
  {
    id: 'unclosed-quotes',
    title: '100,000 characters of quotes that never close, of every kind',
    html: () => aroundHostile(repeatTo('"a \u201Cb \u2018c \u00ABd \u201Ee \'f said, ', HUNDRED_K)),
    boundMs: 10_000,
    browserBoundMs: 2_500,
    article: true,
  },
  {
    id: 'quote-marks-only',
    title: '100,000 straight and curly quote marks with no words',
    html: () => aroundHostile(repeatTo('"\u201C\u201D\'\u2019 ', HUNDRED_K)),
    boundMs: 10_000,
    browserBoundMs: 1_000,
    article: true,
  },
  {
    id: 'us-abbreviations',
    title: '20,000 "U.S." abbreviations in one paragraph',
    html: () => aroundHostile(repeatTo('U.S. ', 5 * 20_000)),
    boundMs: 10_000,
    browserBoundMs: 3_000,
    article: true,
  },
  {
    id: 'us-glued',
    title: '"U.S.U.S.U.S…" and "Dr. Dr. Dr." (100,000 characters, no sentence ends)',
    html: () => aroundHostile(`${repeatTo('U.S.', HUNDRED_K / 2)} ${repeatTo('Dr. ', HUNDRED_K / 2)}`),
    boundMs: 10_000,
    browserBoundMs: 2_500,
    article: true,
  },
  {
    id: 'one-word',
    title: 'a single 100,000-character word',
    html: () => aroundHostile(repeatTo('abcdefghij', HUNDRED_K)),
    boundMs: 10_000,
    browserBoundMs: 1_000,
    article: true,
  },
  {
    id: 'nested-divs',
    title: 'the article at the bottom of 20,000 nested <div>s',
    html: () => aroundHostile(newsText(3, 9)),
    nest: { depth: 20_000, tag: 'div' },
    boundMs: 10_000,
    browserBoundMs: 1_000,
    article: true,
  },
  {
    id: 'nested-spans',
    title: 'a paragraph inside 20,000 nested <span>s',
    html: () => aroundHostile(newsText(3, 9)),
    nest: { depth: 20_000, tag: 'span' },
    boundMs: 10_000,
    browserBoundMs: 1_000,
    article: true,
  },
  {
    id: 'page-5mb',
    title: 'a 5 MB page (article plus thousands of teasers and menus)',
    html: fiveMegabytePage,
    boundMs: 60_000,
    browserBoundMs: 12_000,
    article: true,
  },
  {
    id: 'words-100k',
    title: 'a 100,000-word article',
    html: hundredThousandWords,
    boundMs: 40_000,
    browserBoundMs: 6_000,
    article: true,
  },
];

/** Chromium's renderer itself crashes laying out 5,000 nested <div>s (measured: 2,000 fine, 5,000 "Target
 * crashed", with no Sourcelight involved), and its HTML parser flattens nesting beyond 512; the nested cases run
 * at this depth in the browsers (Firefox too, so both run the same page). Node runs them at full depth. */
export const BROWSER_MAX_NEST = 2_000;

/** A case's nesting as the browsers run it (depth capped at BROWSER_MAX_NEST), or undefined for none. */
export function browserNest(c: PathologicalCase): { depth: number; tag: string } | undefined {
  return c.nest ? { depth: Math.min(c.nest.depth, BROWSER_MAX_NEST), tag: c.nest.tag } : undefined;
}

/** Runs NEST_SOURCE on a parsed document (Node side). */
export function nest(document: Document, depth: number, tag: string): void {
  const fn = new Function(`return ${NEST_SOURCE}`)() as (d: Document, n: number, t: string) => number;
  fn(document, depth, tag);
}
