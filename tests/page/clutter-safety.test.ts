// The strip never hides the story (issue 11): a block that holds the article's text, extracted or missed by the
// extractor, is never offered as clutter, whatever its class says; real clutter beside it still is.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze-page';

/** The story's paragraphs: long, link-poor, ending like sentences. */
const STORY = [
  'The harbour board voted on Monday to dredge the eastern channel before winter, after two cargo ships ran aground there in the autumn storms.',
  'Engineers told the board that silt had built up faster than expected since the breakwater was extended, narrowing the lane by almost a third.',
  'The work will close the channel to large vessels for six weeks, and the board said it would publish a timetable for the ferry operators.',
  'Fishing crews who use the eastern berths said they had asked for the dredging for years and welcomed the vote, though some feared the cost.',
  'The board expects the bill to be shared with the port authority, which has set aside money for maintenance in its budget for next year.',
  'A public meeting on the plan is due later this month at the harbour office, where residents can ask questions about noise and traffic.',
];
const p = (text: string): string => `<p>${text}</p>`;
const CARD = (n: number): string =>
  `<div class="teaser"><h3><a href="/story/${n}">Another harbour story with a long headline number ${n}</a></h3><p>A short line.</p></div>`;

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('Harbour channel to be dredged');
  doc.head.innerHTML = '<meta property="og:type" content="article">';
  doc.body.innerHTML = body;
  return doc;
}

/** Every ground-truth paragraph that sits inside something the strip offers. */
function coveredStory(doc: Document): string[] {
  const { clutter } = analyzePage(doc);
  return STORY.filter((s) => clutter.some((c) => (c.element.textContent ?? '').includes(s.slice(0, 60))));
}

describe('clutter never holds article text', () => {
  const cases: Array<{ name: string; body: string; stillClutter: string[] }> = [
    {
      name: 'the rest of the body in a sibling box with a promo class',
      body: `<main><h1>Harbour channel to be dredged</h1>
        <div class="story-body">${STORY.slice(0, 3).map(p).join('')}</div>
        <div class="promo-continued">${STORY.slice(3).map(p).join('')}</div>
        <div class="promo"><h3>Get the app</h3><button>iPhone</button><button>Android</button></div>
        <div class="related">${CARD(1)}${CARD(2)}</div></main>`,
      stillClutter: ['promo', 'related'],
    },
    {
      name: 'the rest of the body inside a share-tools wrapper beside it',
      body: `<main><h1>Harbour channel to be dredged</h1>
        <div class="story-body">${STORY.slice(0, 3).map(p).join('')}</div>
        <div class="share-wrap"><div class="share-tools"><a href="/share/facebook">Facebook</a> <a href="/share/x">X</a></div>
          ${STORY.slice(3).map(p).join('')}</div>
        <div class="related">${CARD(1)}${CARD(2)}</div></main>`,
      stillClutter: ['share', 'related'],
    },
    {
      name: 'one more paragraph of the story in an "advert" sidebar slot after the body',
      body: `<main><h1>Harbour channel to be dredged</h1>
        <div class="story-body">${STORY.slice(0, 5).map(p).join('')}</div>
        <div class="ad-wrap">${p(STORY[5] ?? '')}</div>
        <div class="ad-slot"><div>Advertisement</div></div></main>`,
      stillClutter: ['ad'],
    },
  ];
  for (const { name, body, stillClutter } of cases) {
    it(`${name}: not offered, while the real clutter is`, () => {
      const doc = page(body);
      const before = doc.documentElement.outerHTML;
      const found = analyzePage(doc);
      expect(coveredStory(doc)).toEqual([]);
      expect([...new Set(found.clutter.map((c) => c.kind))].sort()).toEqual([...stillClutter].sort());
      // The box that holds the story was a candidate: kept aside as spared, so the strip can say why.
      expect((found.spared ?? []).length).toBeGreaterThan(0);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }

  it('the extractor really missed the part (the case above is not covered by the extracted blocks)', () => {
    const doc = page(cases[0]?.body ?? '');
    const { article } = analyzePage(doc);
    const extracted = (article?.blocks ?? []).map((b) => b.text).join(' ');
    expect(extracted).not.toContain(STORY[4]);
  });

  it('a "Read more" line stays clutter, a sentence of the story with links does not', () => {
    const body = `<main><h1>Harbour channel to be dredged</h1><div class="story-body">
      ${STORY.slice(0, 3).map(p).join('')}
      <p><strong>Read more:</strong> <a href="/other">Ferry timetable changes for the winter season</a></p>
      <p><a href="/board">The harbour board</a> met on Monday, <a href="/office">at the harbour office</a>, where <a href="/chair">its chair, Ana Ruiz,</a> said that <a href="/ships">the two cargo ships that ran aground in the autumn storms</a> were refloated within a day and that nobody aboard was hurt.</p>
      ${STORY.slice(3).map(p).join('')}</div></main>`;
    const { clutter } = analyzePage(page(body));
    expect(clutter.map((c) => [c.kind, c.text])).toEqual([
      ['related', 'Read more: Ferry timetable changes for the winter season'],
    ]);
  });

  it('a short sentence whose middle is a link stays shown; a "Read more" line does not', () => {
    const body = `<main><h1>Harbour channel to be dredged</h1><div class="story-body">
      ${STORY.slice(0, 3).map(p).join('')}
      <p>The board <a href="/vote">voted to dredge the eastern channel before winter</a> on Monday.</p>
      <p>Read more: <a href="/other">Ferry timetable changes for the winter season</a></p>
      ${STORY.slice(3).map(p).join('')}</div></main>`;
    const { clutter } = analyzePage(page(body));
    expect(clutter.map((c) => [c.kind, c.text])).toEqual([
      ['related', 'Read more: Ferry timetable changes for the winter season'],
    ]);
  });

  it("a list of links the story introduces is the story's; a list under a label between its paragraphs is not", () => {
    const GUIDES = [
      'Tide tables for the eastern channel this winter',
      'How the port authority sets its maintenance budget',
      'A short history of the breakwater and its extensions',
    ];
    const OTHERS = [
      'Lifeboat crew rescues two walkers cut off by the tide',
      'School roof repairs to finish before the new term',
    ];
    const links = (items: readonly string[]): string =>
      `<ul>${items.map((t, i) => `<li><a href="/guide/${i}">${t}</a></li>`).join('')}</ul>`;
    const body = `<main><h1>Harbour channel to be dredged</h1><div class="story-body">
      ${STORY.slice(0, 2).map(p).join('')}
      <p>The board published three guides with the plan, which residents can read before the meeting:</p>
      ${links(GUIDES)}
      ${STORY.slice(2, 4).map(p).join('')}
      <h4>More:</h4>${links(OTHERS)}
      ${STORY.slice(4).map(p).join('')}</div></main>`;
    const { clutter } = analyzePage(page(body));
    const offered = clutter.map((c) => c.element.textContent ?? '').join(' | ');
    for (const guide of GUIDES) expect(offered).not.toContain(guide);
    for (const other of OTHERS) expect(offered).toContain(other);
  });

  it("a heading whose id is made of its own words is not clutter by that id ('social', 'promo')", () => {
    const body = `<main><h1>Harbour channel to be dredged</h1><div class="story-body">
      ${STORY.slice(0, 3).map(p).join('')}
      <h2 id="what-the-social-club-said">What the social club said</h2>
      ${STORY.slice(3, 5).map(p).join('')}
      <h3 id="the-summer-promo-for-ferry-passes">The summer promo for ferry passes</h3>
      ${STORY.slice(5).map(p).join('')}</div>
      <div id="share-this-story"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
        <a href="https://twitter.com/intent/tweet?url=x">X</a> <a href="mailto:?body=x">Mail</a></div></main>`;
    const { clutter } = analyzePage(page(body));
    expect(clutter.map((c) => c.kind)).toEqual(['share']);
  });

  it('a line of the body that is a whole sentence with a link stays shown; a "Read more" line does not', () => {
    const body = `<main><h1>Harbour channel to be dredged</h1><div class="story-body">
      ${STORY.slice(0, 3).map(p).join('')}
      <p><a href="/plans">Here is the full plan for the channel, with maps of every berth that will close.</a></p>
      <p>Read more: <a href="/other">Ferry timetable changes for the winter season</a></p>
      ${STORY.slice(3).map(p).join('')}</div></main>`;
    const { clutter } = analyzePage(page(body));
    expect(clutter.map((c) => [c.kind, c.text])).toEqual([
      ['related', 'Read more: Ferry timetable changes for the winter season'],
    ]);
  });

  it('the headline, its standfirst and byline in a box with a promo class are not offered; the box beside is', () => {
    const STANDFIRST =
      'Two groundings in one autumn pushed the board to act, and ferry crews say the work is long overdue.';
    const doc = document.implementation.createHTMLDocument('Harbour channel to be dredged - The Coastal Courier');
    doc.body.innerHTML = `<div id="masthead"><h1><a href="/">The Coastal Courier</a></h1></div>
      <div class="story-promo"><h2>Harbour channel to be dredged</h2><p class="story-teaser">${STANDFIRST}</p>
        <div class="byline">By <a href="/staff/ana">Ana Ruiz</a></div></div>
      <div class="content"><div class="story-text">${STORY.map(p).join('')}</div></div>
      <div class="promo"><h3>Get the app</h3><button>iPhone</button><button>Android</button></div>`;
    const { clutter, article } = analyzePage(doc);
    expect(article?.blocks.map((b) => b.text)).toEqual(STORY);
    const hidden = clutter.map((c) => c.element.textContent ?? '').join(' ');
    expect(hidden).not.toContain('Harbour channel to be dredged');
    expect(hidden).not.toContain(STANDFIRST);
    expect(clutter.map((c) => c.kind)).toEqual(['promo']);
  });
});
