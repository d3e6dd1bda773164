// How sure the engine is of the article it found (utils/page/certainty.ts), on pages written for the test: a
// clear article is sure; two stories side by side, a headline that sits with another story, a body small beside
// another story and one card of a run of cards are not. And the reader's pick (analyzePage `articleRoot`).
import { describe, expect, it } from 'vitest';
import type { UnsureReason } from '../../utils/analysis/types';
import { analyzePage } from '../../utils/page/analyze-page';

/** Two stories of the same build: the bridge and the ferry. */
const BRIDGE = [
  'The council voted on Tuesday to close the old bridge, citing a survey that found cracks in two of its piers.',
  'Engineers said the repairs would take at least eight months, and that a temporary crossing would open in May.',
  'Residents on both banks, who rely on the bridge to reach the station, said they had not been consulted.',
  'The mayor said the decision was taken on safety grounds alone, and that the cost was not a factor at all.',
  'A spokesperson for the rail operator said extra buses would run between the two stations during the works.',
];
const FERRY = [
  'The island ferry will sail again on Friday after a storm damaged the landing stage last week, the operator said.',
  'Crews worked through the weekend, replacing two pontoons and a gangway that had been torn loose by the waves.',
  'Islanders, who had been relying on a single water taxi, said the closure had left shops short of fresh food.',
  'The harbour master said the new pontoons were rated for stronger winds, and that sailings would run hourly.',
  'A timetable for the winter months with two extra evening crossings will be published on the operator site.',
];
const paragraphs = (lines: readonly string[]): string => lines.map((l) => `<p>${l} ${l}</p>`).join('');

function page(body: string, head = ''): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.head.innerHTML = head;
  doc.body.innerHTML = body;
  return doc;
}

interface Case {
  name: string;
  doc: () => Document;
  level: 'sure' | 'unsure';
  reasons: UnsureReason[];
}

const CASES: Case[] = [
  {
    name: 'a clear article with its headline, a menu and a short related list',
    doc: () =>
      page(
        `<nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <main><article><h1>Old bridge to close for eight months of repairs</h1>
          <div class="story">${paragraphs(BRIDGE)}</div></article>
          <aside><h2>Related</h2><ul><li><a href="/a">Ferry returns</a></li><li><a href="/b">Bus times</a></li></ul></aside>
        </main>`,
        '<meta property="og:title" content="Old bridge to close for eight months of repairs">',
      ),
    level: 'sure',
    reasons: [],
  },
  {
    name: 'two stories of the same length side by side',
    doc: () =>
      page(`<div class="left"><article>${paragraphs(BRIDGE)}</article></div>
        <div class="right"><article>${paragraphs(FERRY)}</article></div>`),
    level: 'unsure',
    reasons: ['close-runner-up'],
  },
  {
    name: 'the headline on the page sits with the shorter story, not the body the engine chose',
    doc: () =>
      page(
        `<div class="top"><div class="wrap"><section class="lead"><h2>Island ferry to sail again on Friday after storm</h2>
          ${paragraphs(FERRY.slice(0, 2))}</section></div></div>
        <div class="feature">${paragraphs(BRIDGE)}</div>`,
        '<meta property="og:title" content="Island ferry to sail again on Friday after storm">',
      ),
    level: 'unsure',
    reasons: ['headline-elsewhere'],
  },
  {
    name: 'a short body beside a much longer story that the engine ranked lower',
    doc: () =>
      page(
        `<div class="article-body">${paragraphs(BRIDGE.slice(0, 2))}</div>
        <div class="promo">${FERRY.slice(0, 4)
          .map((l) => `<p>${l.replace(/,/g, '')} ${l.replace(/,/g, '')} ${l.replace(/,/g, '')}</p>`)
          .join('')}</div>`,
        '<meta property="og:type" content="article">',
      ),
    level: 'unsure',
    reasons: ['short-body'],
  },
  {
    name: 'one card of a feed of look-alike cards',
    doc: () =>
      page(
        `<ul class="feed">
          <li><article><h2>Old bridge to close</h2><div class="text">${paragraphs(BRIDGE.slice(0, 2))}</div></article></li>
          ${FERRY.slice(0, 3)
            .map((l) => `<li><article><h2>Ferry news</h2><div class="text"><p>${l} ${l}</p></div></article></li>`)
            .join('')}
        </ul>`,
      ),
    level: 'unsure',
    reasons: ['card-run'],
  },
];

describe('article certainty', () => {
  for (const c of CASES) {
    it(`${c.level}: ${c.name}`, () => {
      const { analysis } = analyzePage(c.doc());
      expect(analysis.article?.certainty).toEqual({ level: c.level, reasons: c.reasons, picked: false });
    });
  }
});

describe('the article the reader picked (articleRoot)', () => {
  const twoStories = (): Document =>
    page(`<div class="feature"><div class="story">${paragraphs(BRIDGE)}</div></div>
      <div class="lead"><section id="ferry">
        <p>${FERRY[0]} "We will be back on Friday," said Ann Lee, the harbour master.</p>${paragraphs(FERRY.slice(1))}
      </section></div>`);

  it('reads the body from the picked element: its text, its claims, and a sure certainty', () => {
    const doc = twoStories();
    const auto = analyzePage(doc);
    expect(auto.analysis.article?.text).toContain('old bridge');
    const ferry = doc.getElementById('ferry');
    const picked = analyzePage(doc, { articleRoot: ferry });
    expect(picked.article?.root).toBe(ferry);
    expect(picked.analysis.isArticle).toBe(true);
    expect(picked.analysis.article?.text).toContain('island ferry');
    expect(picked.analysis.article?.text).not.toContain('old bridge');
    expect(picked.analysis.sources.map((source) => source.name)).toContain('Ann Lee');
    expect(picked.article?.blocks.every((block) => ferry?.contains(block.element))).toBe(true);
    expect(picked.analysis.article?.certainty).toEqual({ level: 'sure', reasons: [], picked: true });
  });

  const ignored: Array<[string, (doc: Document) => Element | null]> = [
    ['an element without prose (the site menu)', (doc) => doc.querySelector('nav')],
    ['an element of another document', () => twoStories().getElementById('ferry')],
    ['no element (the saved path found nothing)', () => null],
  ];
  for (const [name, root] of ignored) {
    it(`lets the engine choose when the pick is ${name}`, () => {
      const doc = twoStories();
      doc.body.insertAdjacentHTML('afterbegin', '<nav><a href="/">Home</a> <a href="/news">News</a></nav>');
      const auto = analyzePage(doc).analysis;
      const result = analyzePage(doc, { articleRoot: root(doc) }).analysis;
      expect(result.article?.text).toBe(auto.article?.text);
      expect(result.article?.certainty?.picked).toBe(false);
    });
    it(`says a pick saved for the site was not found when it is ${name}`, () => {
      const doc = twoStories();
      doc.body.insertAdjacentHTML('afterbegin', '<nav><a href="/">Home</a> <a href="/news">News</a></nav>');
      const auto = analyzePage(doc).analysis;
      const result = analyzePage(doc, { articleRoot: root(doc), pickSaved: true }).analysis;
      expect(result.article?.text).toBe(auto.article?.text);
      expect(result.article?.certainty).toEqual({
        level: 'unsure',
        reasons: [...(auto.article?.certainty?.reasons ?? []), 'pick-not-found'],
        picked: false,
      });
    });
  }

  it('a saved pick found on the page is the article, with nothing said about a lost pick', () => {
    const doc = twoStories();
    const result = analyzePage(doc, { articleRoot: doc.getElementById('ferry'), pickSaved: true }).analysis;
    expect(result.article?.certainty).toEqual({ level: 'sure', reasons: [], picked: true });
  });
});
