import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze-page';
import { countedClutter } from '../../utils/page/types';

const PARAGRAPH =
  'The council voted on Tuesday to close the old bridge, citing a survey that found cracks in two of its piers, and engineers said repairs would take months.';

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('Bridge to close');
  doc.head.innerHTML = '<meta property="og:type" content="article">';
  doc.body.innerHTML = body;
  return doc;
}

describe('findClutter', () => {
  it('finds each kind by label, form field, hint and structure, and never the article', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('');
    const doc = page(`
      <div class="page"><div class="col">
        <h1>Bridge to close</h1>
        <div class="share-tools"><a href="/share/facebook">Facebook</a> <a href="/share/x">X</a></div>
        <div class="story">${body.slice(0, body.length / 2)}
          <div class="slot"><div>Advertisement</div><div></div></div>
          <p><strong>Read more:</strong> <a href="/other">Council approves new cycle lanes on Harbour Street</a></p>
          ${body}</div>
        <div class="box"><h3>Try our app</h3><p>Read offline.</p><button>iPhone</button><button>Android</button></div>
        <div class="box2"><h3>Morning email</h3><form><input type="email"><button>Go</button></form></div>
        <div><h3>Comments</h3><form><textarea></textarea></form><p>No comments yet</p></div>
      </div></div>
      <div class="more"><h2>More</h2><div class="grid">
        <div class="card"><h3><a href="/a">First other story with a long title</a></h3><p>Text.</p></div>
        <div class="card"><h3><a href="/b">Second other story with a long title</a></h3><p>Text.</p></div>
      </div></div>`);
    const before = doc.documentElement.outerHTML;
    const { clutter, article } = analyzePage(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(clutter.map((c) => [c.kind, c.text.slice(0, 20)])).toEqual([
      ['share', 'Facebook X'],
      ['ad', 'Advertisement'],
      ['related', 'Read more: Council a'],
      ['promo', 'Try our app Read off'],
      ['newsletter', 'Morning email'],
      ['comments', 'Comments No comments'],
      // The cards' heading goes with them (issue 14.8: hidden, they left "More" behind).
      ['related', 'More'],
      ['related', 'First other story wi'],
      ['related', 'Second other story w'],
    ]);
    for (const item of clutter) {
      expect(item.element.contains(article?.root ?? null)).toBe(false);
      for (const block of article?.blocks ?? []) expect(item.element.contains(block.element)).toBe(false);
    }
  });

  const headings: Array<[string, string, string[]]> = [
    [
      'a heading before the box of cards',
      '<section><h2>Related Articles</h2><div class="grid">CARDS</div></section>',
      ['Related Articles', 'First other story wi', 'Second other story w'],
    ],
    [
      'a heading inside the box, before the first card',
      '<section class="grid"><h2>Related Articles</h2>CARDS</section>',
      ['Related Articles', 'First other story wi', 'Second other story w'],
    ],
    ['no heading', '<div class="grid">CARDS</div>', ['First other story wi', 'Second other story w']],
  ];
  const cards =
    '<div class="card"><h3><a href="/a">First other story with a long title</a></h3><p>Text.</p></div>' +
    '<div class="card"><h3><a href="/b">Second other story with a long title</a></h3><p>Text.</p></div>';
  for (const [name, html, expected] of headings) {
    it(`lists the heading of related cards with them: ${name}`, () => {
      const body = Array.from({ length: 8 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('');
      const doc = page(`<article><h1>Bridge to close</h1>${body}</article>${html.replace('CARDS', cards)}`);
      const { clutter } = analyzePage(doc);
      expect(clutter.filter((c) => c.kind === 'related').map((c) => c.text.slice(0, 20))).toEqual(expected);
    });
  }

  it('finds a thread of comments with no class, form or label that says so, and a list of teasers with times', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('');
    const thread = [
      ['riverside_mo', '2 hours ago', 'The survey was done last spring, so why did it take until now to act on it?'],
      ['Hal B.', 'yesterday', 'My bus goes over that bridge twice a day. Glad someone finally checked it.'],
      ['k_ostrom', '3 days ago', 'Closing it for months will push every lorry through the old town centre.'],
    ]
      .map(([name, time, text]) => `<div class="x1"><span>${name}</span><span>${time}</span><div>${text}</div></div>`)
      .join('');
    const teasers = [
      ['4 hours ago', 'Ferry timetable changes for the winter months'],
      ['6 hours ago', 'School playing fields to get new drainage'],
    ]
      .map(([time, title]) => `<div class="y1"><div>${time}</div><div>${title}</div></div>`)
      .join('');
    const doc = page(`<div><h1>Bridge to close</h1>${body}</div>
      <div class="z1"><div>Talk</div>${thread}</div><div class="z2"><div>Latest</div>${teasers}</div>`);
    const { clutter } = analyzePage(doc);
    expect(clutter.map((c) => [c.kind, c.text.slice(0, 20)])).toEqual([
      ['comments', 'Talk'],
      ['comments', 'riverside_mo2 hours '],
      ['comments', 'Hal B.yesterday My b'],
      ['comments', 'k_ostrom3 days ago C'],
      ['related', 'Latest'],
      ['related', '4 hours ago Ferry ti'],
      ['related', '6 hours ago School p'],
    ]);
    expect(countedClutter(clutter.filter((c) => c.kind === 'comments'))).toHaveLength(3);
  });

  it('offers a promo box right beside the story whose one short paragraph is its pitch', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('');
    const pitch =
      'Get the morning briefing: five stories our editors picked, in your inbox before seven every weekday.';
    const doc = page(`<main><article><h1>Bridge to close</h1>${body}</article>
      <aside class="promo"><p>${pitch}</p></aside></main>`);
    const { clutter } = analyzePage(doc);
    expect(clutter.map((c) => [c.kind, c.text])).toEqual([['promo', pitch]]);
  });

  describe('a pitch to the reader in a box with no class, button or field that says so', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('');
    const offered = (box: string): Array<[string, string]> =>
      analyzePage(page(`<main><article><h1>Bridge to close</h1>${body}</article>${box}</main>`)).clutter.map((c) => [
        c.kind,
        c.text,
      ]);

    it.each([
      [
        'a product',
        '<div class="x1"><p>Try our new route planner before your next trip across the valley.</p></div>',
        'promo',
        'Try our new route planner before your next trip across the valley.',
      ],
      [
        "an app, under the site's name",
        '<div><h3>Valley Courier</h3><p>Download the Valley Courier app for live traffic.</p></div>',
        'promo',
        'Valley Courier Download the Valley Courier app for live traffic.',
      ],
      [
        'a newsletter',
        "<aside><p>Get the evening digest: the day's five stories in your inbox at six.</p></aside>",
        'newsletter',
        "Get the evening digest: the day's five stories in your inbox at six.",
      ],
      [
        'a subscription, in Arabic',
        '<div><p>اشترك في النشرة اليومية لتصلك أهم الأخبار كل صباح.</p></div>',
        'newsletter',
        'اشترك في النشرة اليومية لتصلك أهم الأخبار كل صباح.',
      ],
    ])('%s', (_name, box, kind, text) => {
      expect(offered(box)).toEqual([[kind, text]]);
    });

    it('not a related card whose teaser opens with a question to the reader', () => {
      const cards = ['First', 'Second'].map(
        (n) =>
          `<div class="card"><h3><a href="/${n}">${n} story on the harbour works this spring</a></h3><p>Want to know what it costs you? Read on.</p></div>`,
      );
      expect(offered(`<div class="more">${cards.join('')}</div>`).map(([kind]) => kind)).toEqual([
        'related',
        'related',
      ]);
    });

    it('not a line of the story itself', () => {
      const doc = page(
        `<main><article><h1>Bridge to close</h1>${body}<p>Try our map of the closures to plan your trip.</p></article></main>`,
      );
      expect(analyzePage(doc).clutter).toEqual([]);
    });
  });

  it('offers a comment form as one item, and a sign-up form with a hidden field as a sign-up', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('');
    const doc = page(`<main><article><h1>Bridge to close</h1>${body}</article>
      <div id="respond"><h3>Leave a Reply</h3><form><p>Your email address will not be published.</p>
        <p><label>Comment</label><textarea></textarea></p><p><label>Name</label><input></p>
        <p><label>Email</label><input type="email"></p><p><button>Post Comment</button></p></form></div>
      <div class="x2"><h3>The weekly email</h3><form><input type="email"><textarea hidden></textarea><button>Go</button></form></div></main>`);
    const { clutter } = analyzePage(doc);
    expect(clutter.map((c) => [c.kind, c.text.slice(0, 14)])).toEqual([
      ['comments', 'Leave a Reply '],
      ['newsletter', 'The weekly ema'],
    ]);
  });

  it('lists a comment section with no list element comment by comment, but not one comment by its paragraphs', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('');
    const comment = (name: string, words: string): string =>
      `<div class="reply"><b>${name}</b> <span>2 hours ago</span><p>${words}</p><p>Second thought: the ferry is no answer either.</p></div>`;
    const doc = page(`<main><article><h1>Bridge to close</h1>${body}</article>
      <section id="comments"><h2>Comments</h2>
        <div class="rule"></div><select><option>Newest first</option><option>Oldest first</option></select><div class="rule"></div>
        <div>${comment('Ana', 'They should have mended it years ago.')}${comment('Ivo', 'Two piers out of six is not nothing.')}${comment('Dana', 'Where will the buses go now?')}<div class="reply"><b>Lee</b> <span>yesterday</span><p>Agreed with Ana on all of this</p></div></div>
      </section></main>`);
    const comments = analyzePage(doc).clutter.filter((c) => c.kind === 'comments');
    // The heading and the three comments, each whole: no option of the menu, no empty rule, no paragraph of a
    // comment alone.
    expect(comments.map((c) => c.text.slice(0, 12))).toEqual([
      'Comments',
      'Ana 2 hours ',
      'Ivo 2 hours ',
      'Dana 2 hours',
      // (a line of no sentence is a dated teaser by its shape alone: in a comment section it is a comment)
      'Lee yesterda',
    ]);
    // Each comment a box of its own that says so, side by side in a box that does not: each one item.
    const loose = page(`<main><article><h1>Bridge to close</h1>${body}</article><div class="x9">
      ${['Ana', 'Ivo'].map((name) => `<div class="comment-body"><b>${name}</b><p>They should have mended it years ago, and everyone knew.</p><p>Second thought: the ferry is no answer either.</p></div>`).join('')}</div></main>`);
    expect(countedClutter(analyzePage(loose).clutter.filter((c) => c.kind === 'comments'))).toHaveLength(2);
  });

  it('offers a form that sends the newsroom a tip as other, not as comments', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('');
    const doc = page(`<main><article><h1>Bridge to close</h1>${body}</article>
      <div class="x3"><h4>Got a tip?</h4><p>Seen something on the river? Write to the newsroom.</p>
        <form><label>Name</label><input><label>Tip</label><textarea name="comment"></textarea><button>Send</button></form></div></main>`);
    const { clutter } = analyzePage(doc);
    expect(clutter.map((c) => [c.kind, c.text.slice(0, 10)])).toEqual([['other', 'Got a tip?']]);
  });
});
