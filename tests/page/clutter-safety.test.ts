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

// Lists, lines and boxes of links that are the story's own text (issue 11: on public corpora the strip offered a
// health article's references, a changelog, a table of contents, tweets the story quotes, a guide's linked section
// headings and a reviewer's list of books). Related stories stay offered: a box or a labelled list after the story.
describe('the story quotes, cites and lists links of its own: never offered', () => {
  const MORE_BOX = `<aside class="more-box"><h2>More from the Gazette</h2><ul>
      <li><a href="/news/lifeboat">Lifeboat crew rescues two walkers cut off by the tide</a></li>
      <li><a href="/news/school-roof">School roof repairs to finish before the new term</a></li>
      <li><a href="/news/seafront">Council approves new cycle lanes along the seafront</a></li></ul></aside>`;
  const MORE = [
    'Lifeboat crew rescues two walkers',
    'School roof repairs to finish',
    'Council approves new cycle lanes',
  ];
  const hiddenText = (body: string): string => {
    const { clutter } = analyzePage(page(body));
    return clutter.map((c) => c.element.textContent ?? '').join(' | ');
  };
  const expectOffered = (hidden: string, texts: readonly string[]): void => {
    for (const text of texts) expect(hidden).toContain(text);
  };
  const expectKept = (hidden: string, texts: readonly string[]): void => {
    for (const text of texts) expect(hidden).not.toContain(text);
  };

  it('a reference list at the end of the story, each entry citing its source inside a sentence', () => {
    const REFS = [
      'Marsh T. <a href="https://journal.example.org/silt-2019">Silt transport behind extended breakwaters over three decades of winter storms</a>. Coast Eng. 2019.',
      'Lind A. <a href="https://journal.example.org/dredge-2021">Dredging windows and the spawning of shellfish in shallow northern harbours</a>. Mar Ecol. 2021.',
      'Port Board. <a href="https://port.example.org/budget">Maintenance budget for the coming year and the reserve set aside for dredging</a>. 2024.',
    ];
    const body = `<main><h1>Harbour channel to be dredged</h1><div class="story-body">${STORY.map(p).join('')}
      <h3>References</h3><ul>${REFS.map((r) => `<li>${r}</li>`).join('')}</ul></div>${MORE_BOX}</main>`;
    const hidden = hiddenText(body);
    expectKept(hidden, ['Silt transport behind', 'Dredging windows', 'Maintenance budget for the coming year']);
    expectOffered(hidden, MORE);
  });

  it('a list of results whose links sit inside each line, under a heading of the story, between its sections', () => {
    const body = `<main><h1>Harbour channel to be dredged</h1><div class="story-body">
      ${STORY.slice(0, 3).map(p).join('')}<h3>What the last dredging achieved</h3><ul>
      <li><a href="/reports/2019-depth">Deepened the eastern lane by two metres</a> in under three weeks</li>
      <li>Kept <a href="/reports/2019-ferries">every ferry crossing on its timetable</a> through the winter</li>
      <li><a href="/reports/2019-cost">Finished the work for a tenth less than the board had budgeted</a> in its plan</li></ul>
      <h3>What happens next</h3>${STORY.slice(3).map(p).join('')}</div>${MORE_BOX}</main>`;
    const hidden = hiddenText(body);
    expectKept(hidden, ['Deepened the eastern lane', 'every ferry crossing', 'Finished the work for a tenth']);
    expectOffered(hidden, MORE);
  });

  it('a post quoted between the paragraphs, in a box with a "social" class; the share bar is still offered', () => {
    // As a quoted post reads: its words, then the link to its photo (so not a sentence the prose rules know).
    const POST =
      'The dredgers are here at last and the gulls are already following them up the channel, which tells you everything';
    const body = `<main><h1>Harbour channel to be dredged</h1><div class="story-body">
      ${STORY.slice(0, 3).map(p).join('')}
      <div class="social-embed"><blockquote class="post-quote"><p>${POST} <a href="https://social.example.com/p/1">pic.social.example/ab12</a></p>— Harbour Watch (@harbourwatch)
        <a href="https://social.example.com/harbourwatch/status/1">3 October</a></blockquote></div>
      ${STORY.slice(3).map(p).join('')}
      <div class="share-tools"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
        <a href="https://twitter.com/intent/tweet?url=x">X</a> <a href="mailto:?body=x">Mail</a></div></div></main>`;
    const { clutter } = analyzePage(page(body));
    expect(clutter.map((c) => c.element.textContent ?? '').join(' ')).not.toContain(POST.slice(0, 40));
    expect(clutter.map((c) => c.kind)).toEqual(['share']);
  });

  it('a table of contents (links to places on the page) is not a list of other stories', () => {
    const sections = [
      'Why the channel silted up',
      'What the dredging will cost the port',
      'When the ferries can return',
    ];
    const body = `<main><h1>Harbour channel to be dredged</h1><div class="story-body">
      <div class="jump-links">${sections.map((t, i) => `<a href="#part-${i}">${t} this year and next</a>`).join('<br>')}</div>
      ${sections.map((t, i) => `<h2 id="part-${i}">${t}</h2>${p(STORY[i * 2] ?? '')}${p(STORY[i * 2 + 1] ?? '')}`).join('')}
      </div>${MORE_BOX}</main>`;
    const { clutter } = analyzePage(page(body));
    const hidden = clutter.map((c) => c.element.textContent ?? '').join(' | ');
    expectKept(hidden, sections);
    expectOffered(hidden, MORE);
  });

  it("a guide's linked section headings, each over the story's own paragraph", () => {
    const CHAPTERS = [
      'Chapter one: how silt builds up behind a breakwater',
      'Chapter two: choosing the weeks when dredgers can work',
    ];
    const body = `<main><h1>Harbour channel to be dredged</h1><div class="story-body">${p(STORY[0] ?? '')}
      ${CHAPTERS.map((c, i) => `<div class="chapter"><h4><a href="/guide/${i}">${c}</a></h4>${p(STORY[i + 1] ?? '')}</div>`).join('')}
      ${STORY.slice(3).map(p).join('')}</div>${MORE_BOX}</main>`;
    const hidden = hiddenText(body);
    expectKept(hidden, CHAPTERS);
    expectOffered(hidden, MORE);
  });

  it('a list of links the story introduces with a sentence, at its end, is kept; the related box after it is not', () => {
    const REPORTS = [
      'The survey of the eastern channel after the autumn storms',
      'The engineers’ plan for dredging in six weeks',
      'The port authority’s budget for maintenance next year',
    ];
    const body = `<main><h1>Harbour channel to be dredged</h1><div class="story-body">${STORY.map(p).join('')}
      <p>Before the meeting, the board asks residents to read its three reports:</p>
      <ul>${REPORTS.map((r, i) => `<li><a href="/reports/${i}">${r}</a></li>`).join('')}</ul></div>${MORE_BOX}</main>`;
    const hidden = hiddenText(body);
    expectKept(hidden, REPORTS);
    expectOffered(hidden, MORE);
  });

  it('lines of links the story introduces (a reviewer’s other books) are kept; under a "Read more:" label they are not', () => {
    const BOOKS = [
      'The Silent Estuary: Tides, Trade and the Towns That Grew Beside Them',
      'Breakwater: A History of the Men Who Held Back the Sea for a Living',
    ];
    const lines = (titles: readonly string[], base: string): string =>
      titles
        .map((t, i) => `<p><a href="${base}/${i}">${t}</a> by Ana Ruiz (<a href="/reviews/${i}">review</a>)</p>`)
        .join('');
    const introduced = hiddenText(`<main><h1>Harbour channel to be dredged</h1><div class="story-body">
      ${STORY.map(p).join('')}<p>Other books on the coast I have reviewed:</p>${lines(BOOKS, '/books')}</div>${MORE_BOX}</main>`);
    expectKept(introduced, BOOKS);
    expectOffered(introduced, MORE);
    const labelled = hiddenText(`<main><h1>Harbour channel to be dredged</h1><div class="story-body">
      ${STORY.slice(0, 3).map(p).join('')}<p><strong>Read more:</strong></p>${lines(BOOKS, '/news')}
      ${STORY.slice(3).map(p).join('')}</div></main>`);
    expectOffered(labelled, BOOKS);
  });

  it('a line that cites a web address, and a post that opens with its own list of links', () => {
    const ADDRESS = 'https://port.example.org/notices/eastern-channel-dredging-timetable';
    const cited = hiddenText(`<main><h1>Harbour channel to be dredged</h1><div class="story-body">
      ${STORY.slice(0, 3).map(p).join('')}<p>The timetable – <a href="${ADDRESS}">${ADDRESS}</a></p>
      ${STORY.slice(3).map(p).join('')}</div>${MORE_BOX}</main>`);
    expectKept(cited, [ADDRESS]);
    expectOffered(cited, MORE);
    const ROUNDUP = [
      'Tide tables for the eastern channel this winter',
      'How the port authority sets its maintenance budget',
      'A short history of the breakwater and its extensions',
    ];
    const roundup = hiddenText(`<main><h1>Harbour channel to be dredged</h1><div class="story-body">
      <ul>${ROUNDUP.map((r, i) => `<li><a href="https://elsewhere.example.net/${i}">${r}</a></li>`).join('')}</ul>
      ${STORY.map(p).join('')}</div>${MORE_BOX}</main>`);
    expectKept(roundup, ROUNDUP);
    expectOffered(roundup, MORE);
  });

  it('a byline box that holds the share bar: the bar is offered, the byline and date are not', () => {
    const body = `<main><h1>Harbour channel to be dredged</h1>
      <div class="story-meta"><div class="author">By <a href="/staff/ana">Ana Ruiz</a>, harbour correspondent</div>
        <div class="when">3 October 2025, 5:53 PM</div>
        <div class="actions"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
          <a href="https://twitter.com/intent/tweet?url=x">X</a> <a href="mailto:?body=x">Mail</a></div></div>
      <div class="story-body">${STORY.map(p).join('')}</div>${MORE_BOX}</main>`;
    const { clutter } = analyzePage(page(body));
    const shared = clutter.filter((c) => c.kind === 'share').map((c) => c.element.textContent ?? '');
    expect(shared).toHaveLength(1);
    expect(shared[0]).toContain('Facebook');
    expect(shared.join(' ')).not.toContain('Ana Ruiz');
    expect(shared.join(' ')).not.toContain('5:53 PM');
  });
});
