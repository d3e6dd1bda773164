import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/page/extract';

// Pages written for these tests: a short post over its readers' comments and reply box, and a story whose own
// container also holds a box of other stories. Every name and sentence is invented.

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('Test');
  doc.body.innerHTML = body;
  return doc;
}

const blocksOf = (doc: Document): string[] => extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];

const POST = [
  'The Harlow ferry will run an extra evening crossing from Friday, the operator said in a note to regular passengers.',
  'Tickets bought for the late boat can also be used on the first crossing the next morning.',
];

/** The post's first paragraph with its links (a short post that links to what it tells of). */
const LINKED = (POST[0] ?? '')
  .replace('the operator', '<a href="/operator">the operator</a>')
  .replace('a note to regular passengers', '<a href="/note">a note to regular passengers</a>');

const COMMENTS = [
  'About time too. I have missed the last boat three times this winter and waited on the pier for an hour each time, in the rain, with two tired children and nowhere to sit.',
  'Does anyone know whether the extra crossing carries cars, or only foot passengers? The note says nothing about vehicles and the website has not been updated since the summer timetable.',
  'I asked at the ticket office this morning and they said cars too, but only the small deck, so book early if you can, because the spaces went quickly on the first weekend.',
  'The late boat used to run every night in the nineties. Good to see it back, even if only at weekends for now, and I hope the council keeps paying its share next year.',
];

function comment(text: string, i: number, cls = 'comment'): string {
  return `<li class="${cls}" id="comment-${i}"><div class="comment-author">Reader ${i}</div><div class="comment-meta">March ${i + 2}, 2031</div><p>${text}</p></li>`;
}

const REPLY_BOX = `<div id="respond"><h3>Leave a Reply</h3><form action="/post-comment">
  <p>Your email address will not be published. Required fields are marked *</p>
  <p><label for="author">Name *</label><input id="author" name="author"></p>
  <p><label for="email">Email *</label><input id="email" name="email"></p>
  <p><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
  <p>You may use these HTML tags and attributes: &lt;a href=""&gt; &lt;b&gt; &lt;em&gt; &lt;strong&gt;</p>
  <p><input type="submit" value="Post Comment"></p></form></div>`;

describe('a short post over a thread of readers’ comments and a reply box', () => {
  it('is read alone: neither the comments nor the reply box’s labels join it', () => {
    // (WordPress's classes for a post: "tag-ferry" names furniture as much as "post" and "hentry" name a story)
    const doc = page(`<div id="content">
      <div class="post type-post hentry category-transport tag-ferry" id="post-12"><h2>Late ferry returns on Fridays</h2><div class="entry"><p>${LINKED}</p></div>
        <div class="postmetadata">Posted in <a href="/transport">Transport</a></div></div>
      <p class="small">Replies to this post arrive through the <a href="/feed">feed</a>. You may <a href="#respond">reply</a>, or link to it from your own site.</p>
      <div class="box">${REPLY_BOX}</div></div>`);
    const blocks = blocksOf(doc);
    expect(blocks[0]).toBe(POST[0]);
    for (const text of ['Leave a Reply', 'Name *']) expect(blocks).not.toContain(text);
    expect(blocks.join(' ')).not.toMatch(/email address|HTML tags/);
    // And under a thread of comments, none of them joins it either.
    const threaded = page(`<div id="content">
      <div class="post" id="post-12"><h2>Late ferry returns on Fridays</h2><div class="entry">${POST.map((p) => `<p>${p}</p>`).join('')}</div></div>
      <h3 id="comments">4 Responses to “Late ferry returns on Fridays”</h3>
      <ol class="commentlist">${COMMENTS.map((c, i) => comment(c, i)).join('')}</ol>${REPLY_BOX}</div>`);
    const withThread = blocksOf(threaded);
    expect(withThread.slice(0, 2)).toEqual(POST);
    for (const text of COMMENTS) expect(withThread).not.toContain(text);
  });

  it('the same where the thread is named in camelCase ("readerComments", "commentEven")', () => {
    const doc = page(`<div id="main">
      <div class="story"><h2>Late ferry returns on Fridays</h2>${POST.map((p) => `<p>${p}</p>`).join('')}</div>
      <div id="readerComments"><p>Here is a sample of the views readers have sent in.</p>
        <ul>${COMMENTS.map((c, i) => comment(c, i, i % 2 ? 'commentOdd' : 'commentEven')).join('')}</ul></div></div>`);
    const blocks = blocksOf(doc);
    expect(blocks.slice(0, 2)).toEqual(POST);
    for (const text of COMMENTS) expect(blocks).not.toContain(text);
  });

  it('keeps a story set in a box whose name only holds "comment" inside a word (a column of commentary)', () => {
    const COLUMN = [
      ...POST,
      'The crossing had been cut two years ago, when the council stopped paying for the crew’s overtime after nine.',
      'Passengers had written to the operator, to the council and to the local paper, and a petition had gathered 3,000 names.',
    ];
    const doc =
      page(`<div class="commentary-column"><h1>Late ferry returns on Fridays</h1>${COLUMN.map((p) => `<p>${p}</p>`).join('')}</div>
      <div class="commenting-guidelines"><p>Please keep comments on the topic of the story.</p></div>`);
    expect(blocksOf(doc).slice(0, COLUMN.length)).toEqual(COLUMN);
  });
});

describe('a box of other stories set inside the story’s own container', () => {
  const STORY = [
    'Harlow council voted on Tuesday to keep the late ferry running through the winter, after a petition of 3,000 names.',
    'The operator said the crossing would cost about £40,000 a year, of which the council would pay three quarters.',
    'Councillor Ana Lowe, who brought the motion, said the boat was the only way home for shift workers on the island.',
    'A review of the timetable is due in the spring, when the operator will report how many passengers used the boat.',
  ];
  const OTHERS = [
    [
      'Pier repairs to start in May',
      'The old pier at Tarnby, closed since the storms of last autumn, will be repaired over the summer, the harbour board said, at a cost that has grown, by its own reckoning, from £2 million to nearly £3 million, with the work done in stages, so that the fishing boats can still land their catch.',
    ],
    [
      'Bus routes to change in June',
      'Three bus routes on the island will be merged into one from June, the operator said, which, it argued, would mean more buses on the main road, fewer on the back lanes, and, for the villages at the far end, a longer walk to the nearest stop, which residents, their councillors and the parish have opposed.',
    ],
    [
      'Harbour car park to charge at night',
      'Drivers who leave their cars at the harbour overnight will pay a flat fee from next month, the council said, with season tickets for islanders, discounts for those who work nights, and, after a long debate, a free first hour, which shopkeepers, taxi drivers and the ferry’s own staff had asked for.',
    ],
    [
      'Lifeboat crew trains new volunteers',
      'The island’s lifeboat station has trained six new volunteers this year, its coxswain said, more than in any year since it opened, with two more, a nurse and a fisherman, expected to finish their training, which takes about a year, part of it at sea and part of it ashore, before the winter.',
    ],
  ];
  const slideshow = `<p>Also on Harlow News:</p><div class="promo-holder"><div class="slideshow-wrapper"><ul class="slideshow">${OTHERS.map(
    ([title, text]) => `<li><h4>${title}</h4><p>${text}</p></li>`,
  ).join('')}</ul></div></div>`;

  it('is no part of the story, even where its teasers hold more prose than the story does', () => {
    const doc = page(`<div class="page"><h1>Late ferry to run all winter</h1>
      <div class="entry"><div class="story-text">${STORY.map((p) => `<p>${p}</p>`).join('')}${slideshow}</div></div></div>`);
    const blocks = blocksOf(doc);
    expect(blocks.slice(0, STORY.length)).toEqual(STORY);
    for (const [title, text] of OTHERS) {
      expect(blocks).not.toContain(title);
      expect(blocks).not.toContain(text);
    }
  });

  it('is still the body where the container around the box holds no prose of its own', () => {
    const doc = page(`<div class="page"><h1>Stories from the island</h1><div class="entry">${slideshow}</div></div>`);
    expect(blocksOf(doc)).toContain(OTHERS[0]?.[1]);
  });
});
