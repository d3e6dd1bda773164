// Whole pages written for these tests: what is an article and what is not, and articles whose body a reader
// sees as one text although the page splits or hides parts of it.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/page/extract';

/** Sentences of a short local news item (about 90 words in all). */
const BRIEF = [
  'A fire at a bakery on Mill Street forced twelve families from their homes overnight, the fire service said on Sunday.',
  'Crews were called shortly after two in the morning and had the blaze under control within an hour, a spokesperson said.',
  'Nobody was hurt, but three flats above the shop were badly damaged by smoke and water.',
  'The owner, who opened the bakery in 1998, said she hoped to reopen before the end of the month.',
  'The cause of the fire is not yet known, and an investigation has begun.',
];
/** A short blog post (about 35 words): an article to its readers, under its own title. */
const SHORT_POST = [
  'Found this old map of the harbour in a box at my grandmother’s house last weekend, and the old pier is still on it.',
  'Look at how small the town was then.',
  'More photos from the box soon.',
];
/** One sentence of 16 words: a caption or a line under a picture, not a post. */
const ONE_LINE = 'Found this old map of the harbour in a box at my grandmother’s house last weekend.';
/** Paragraphs of a longer story. */
const STORY = [
  'The regional council approved a plan on Thursday to rebuild the harbour wall, which was breached twice during the winter storms, at a cost of about 40 million euros.',
  'Engineers told the council that the old wall, built in the 1950s, had been patched so often that a repair would no longer hold, and that a new wall would last at least sixty years.',
  'Fishermen who use the harbour said the work, which will take two years, would force them to move their boats to a smaller port along the coast for at least one season.',
  'The council said it would pay part of the extra fuel costs and that a temporary landing stage would open in the spring, before the old wall is taken down.',
  'Opposition members voted against the plan, saying the cost had doubled since it was first put forward and that other towns on the coast had been left waiting.',
  'The mayor said the harbour was the town’s largest employer and that waiting another winter would put homes near the sea front at risk of flooding again.',
  'Work is due to start in March, once the contract has been awarded, and the council said it would publish the bids it receives.',
  'Residents will be able to see the plans at the town hall from next week, and a public meeting is planned for the end of the month.',
];

const NAV = `<header><a href="/">The Coastal Courier</a><nav><ul>
  <li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li>
  <li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>`;
const FOOTER = `<footer><p><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p>
  <p>© 2026 Coastal Courier Ltd.</p></footer>`;
const DECLARED = `<meta property="og:type" content="article">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour wall"}</script>`;

function page(body: string, head = ''): Document {
  const doc = document.implementation.createHTMLDocument('Test');
  doc.head.insertAdjacentHTML('beforeend', head);
  doc.body.innerHTML = body;
  return doc;
}

const paragraphs = (lines: readonly string[]): string => lines.map((l) => `<p>${l}</p>`).join('');
const textOf = (doc: Document): string[] => extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];

const searchResult = (i: number) => `<li class="result">
  <h3><a href="/news/2026/0${i}/harbour-story-${i}">Harbour story number ${i}: the council and the wall</a></h3>
  <cite>coastalcourier.example/news/2026/0${i}/harbour-story-${i}</cite>
  <p>The council met on Thursday to discuss the harbour wall, which was damaged in the storms, and heard from engineers, fishermen and residents about the options …</p></li>`;

const teaser = (
  i: number,
) => `<div class="card"><h3><a href="/news/story-${i}">Headline ${i}: town council reviews its plans for the harbour front</a></h3>
  <p>The council will decide next month whether to go ahead, after a consultation drew more than 400 replies from residents.</p><span>${i} hours ago</span></div>`;

describe('what is an article', () => {
  const cases: Array<{ name: string; doc: () => Document; article: boolean }> = [
    {
      name: 'a news item of about 90 words under its headline',
      doc: () =>
        page(
          `${NAV}<main><h1>Bakery fire forces families from homes</h1><p>By Sam Reed</p>${paragraphs(BRIEF)}</main>${FOOTER}`,
        ),
      article: true,
    },
    {
      name: 'a 90-word news item in one paragraph, with no headline or metadata',
      doc: () => page(`${NAV}<div><div class="txt">${BRIEF.join(' ')}</div></div>${FOOTER}`),
      article: true,
    },
    {
      name: 'a paywalled teaser of two paragraphs on a page that declares an article',
      doc: () =>
        page(
          `${NAV}<main><h2>Members only</h2>${paragraphs(BRIEF.slice(0, 3))}<p><a href="/subscribe">Subscribe to read more</a></p></main>${FOOTER}`,
          DECLARED,
        ),
      article: true,
    },
    {
      name: 'a short blog post of three sentences under its title, printed as a link to the post',
      doc: () =>
        page(
          `${NAV}<div class="post"><h2><a href="/2026/05/old-map">An old map of the harbour</a></h2>
          <div class="entry"><p>${SHORT_POST.join(' ')}</p></div></div>${FOOTER}`,
          '<meta property="og:title" content="An old map of the harbour">',
        ),
      article: true,
    },
    {
      name: 'one line under a heading that repeats the title (a caption, not a post)',
      doc: () =>
        page(
          `${NAV}<div class="post"><h2><a href="/2026/05/old-map">An old map of the harbour</a></h2>
          <div class="entry"><p>${ONE_LINE}</p></div></div>${FOOTER}`,
          '<meta property="og:title" content="An old map of the harbour">',
        ),
      article: false,
    },
    {
      name: 'a "page not found" page',
      doc: () =>
        page(
          `${NAV}<main><h1>Page not found</h1><p>Sorry, the page you are looking for does not exist or has been moved. It may have been removed, or the address may be mistyped. Try searching the site, or go back to the home page, where you will find our latest news, sport and weather for the whole region.</p></main>${FOOTER}`,
        ),
      article: false,
    },
    {
      name: 'an error a script put in place of a story that the meta tags still declare',
      doc: () =>
        page(
          `${NAV}<main><div id="app"><h2>Oops! Something went wrong.</h2><p>We could not load this story right now. Please check your connection and refresh the page, or try again in a few minutes. If the problem continues, our help pages explain what you can do, and our support team is available every day of the week.</p></div>
          <aside><h2>Trending</h2><ul><li><a href="/a">Bus fares to rise in January</a></li><li><a href="/b">New footbridge opens</a></li></ul></aside></main>${FOOTER}`,
          DECLARED,
        ),
      article: false,
    },
    {
      name: 'a list of links',
      doc: () =>
        page(
          `${NAV}<main><h1>Sections</h1>${Array.from({ length: 6 }, (_, s) => `<h2>Section ${s}</h2><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/s${s}/${i}">A link to the page about topic ${s}-${i} of the archive</a></li>`).join('')}</ul>`).join('')}</main>${FOOTER}`,
        ),
      article: false,
    },
    {
      name: 'a page of search results with snippets',
      doc: () =>
        page(
          `${NAV}<main><h1>Results for “harbour”</h1><p>About 120 results</p><ol class="results">${Array.from({ length: 10 }, (_, i) => searchResult(i)).join('')}</ol></main>${FOOTER}`,
        ),
      article: false,
    },
    {
      name: 'a front page of teasers with standfirsts',
      doc: () =>
        page(
          `${NAV}<main>${Array.from({ length: 4 }, (_, s) => `<section><h2><a href="/s${s}">Section ${s}</a></h2>${Array.from({ length: 4 }, (_, i) => teaser(s * 4 + i)).join('')}</section>`).join('')}</main>${FOOTER}`,
        ),
      article: false,
    },
    {
      name: 'a web app: a form with labels and a line of help',
      doc: () =>
        page(`<header><h1>Budget planner</h1></header><main><form><label>Income <input></label><label>Rent <input></label><button>Add</button></form>
          <div class="help">Enter your monthly income and costs. Your figures stay on this device.</div><table><tr><td>Total</td><td>0</td></tr></table></main>`),
      article: false,
    },
  ];
  for (const { name, doc, article } of cases) {
    it(`${article ? 'is' : 'is not'} an article: ${name}`, () => {
      expect(extractArticle(doc()).isArticle).toBe(article);
    });
  }
});

describe('the whole article, as a reader sees it', () => {
  const cases: Array<{ name: string; body: string; expected: readonly string[] }> = [
    {
      name: 'a body split into sibling containers around a figure, a pull quote, an ad and a read-more box',
      body: `<article><h1>Council backs harbour wall</h1><div class="k3x">
        <div class="a1">${paragraphs(STORY.slice(0, 2))}</div>
        <figure><img alt=""><figcaption>The harbour after the storm in January.</figcaption></figure>
        <div class="a2">${paragraphs(STORY.slice(2, 4))}</div>
        <aside class="q9"><p>“Waiting another winter is not an option.”</p></aside>
        <div class="b7"><div>${paragraphs(STORY.slice(4, 5))}</div></div>
        <div class="z7"><span>Advertisement</span></div>
        <section>${paragraphs(STORY.slice(5, 6))}</section>
        <div class="m2"><a href="/news/older-harbour-story">Read more: Storm breaches harbour wall for a second time</a></div>
        <div class="a5">${paragraphs(STORY.slice(6))}</div>
      </div></article>`,
      expected: STORY,
    },
    {
      name: 'paragraphs separated by <br>s in one container',
      body: `<div id="c"><h1>Council backs harbour wall</h1><div>${STORY.join('<br><br>')}</div></div>`,
      expected: STORY,
    },
    {
      name: 'paragraphs written as <div>s',
      body: `<div><h1>Council backs harbour wall</h1><div>${STORY.map((p) => `<div>${p}</div>`).join('')}</div></div>`,
      expected: STORY,
    },
    {
      name: "a short post over a long reader's comment whose box is named its body ('commentbody')",
      body: `<div class="post"><h1>Harbour wall: my two cents</h1><div class="postbody">${paragraphs(SHORT_POST)}
        <blockquote><p>${STORY[0]}</p></blockquote></div></div>
        <h3>Comments</h3>
        <div class="commentbody by-reader"><p>I live by the harbour, and, honestly, the wall has been patched, re-patched, painted, propped up, argued over, costed, re-costed and ignored for years, so a new one, whatever it costs, is overdue, and the council, to be fair, has finally listened, although the fishermen, the shops and the ferry will all pay for it, one way or another, for two long years.</p></div>
        <div class="commentbody by-guest"><p>Agreed, and about time too.</p></div>`,
      expected: [...SHORT_POST, STORY[0] as string],
    },
    {
      name: "a columnist's piece in a box named for commentary ('commentary-body'), not a reader's comment",
      body: `<div class="commentary"><h1>Council backs harbour wall</h1><div class="commentary-body">${paragraphs(STORY)}</div></div><div class="more">${teaser(1)}${teaser(2)}</div>`,
      expected: STORY,
    },
    {
      name: 'hidden copies and hidden notices left out',
      body: `<article><h1>Council backs harbour wall</h1>${paragraphs(STORY.slice(0, 4))}
        <p hidden>${STORY[7]} This copy is hidden.</p>
        <div style="display: none"><p>${STORY[6]} A second hidden copy.</p></div>
        <div aria-hidden="true"><p>${STORY[5]} An off-screen copy for animation.</p></div>
        ${paragraphs(STORY.slice(4))}</article>`,
      expected: STORY,
    },
  ];
  for (const { name, body, expected } of cases) {
    it(name, () => {
      const doc = page(
        `${NAV}${body}<aside><h2>Most read</h2><ul><li><a href="/x">Another story</a></li></ul></aside>${FOOTER}`,
      );
      expect(extractArticle(doc).isArticle).toBe(true);
      expect(textOf(doc)).toEqual(expected);
    });
  }
});
