// How sure the engine is of the article it found (utils/page/certainty.ts), on pages written for the test: a
// clear article is sure; two stories side by side, a headline that sits with another story, a body small beside
// another story and one card of a run of cards are not. And the reader's pick (analyzePage `articleRoot`).
import { describe, expect, it } from 'vitest';
import type { UnsureReason } from '../../utils/analysis/types';
import { analyzePage } from '../../utils/analyze';

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
];

describe('article certainty', () => {
  for (const c of CASES) {
    it(`${c.level}: ${c.name}`, () => {
      const { analysis } = analyzePage(c.doc());
      expect(analysis.article?.certainty).toEqual({ level: c.level, reasons: c.reasons, picked: false });
    });
  }
});
