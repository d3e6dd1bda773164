import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze-page';
import { extractArticle } from '../../utils/page/extract';

const SENTENCES = [
  'The council voted on Tuesday to close the old bridge, citing a survey that found cracks in two of its piers.',
  'Engineers said the repairs would take at least eight months, and that a temporary crossing would open in May.',
  'Residents on both banks, who rely on the bridge to reach the station, said they had not been consulted.',
  'The mayor said the decision was taken on safety grounds alone, and that the cost was not a factor at all.',
  'A spokesperson for the rail operator said extra buses would run between the two stations during the works.',
];
/** Paragraphs of two sentences: a body long enough to be an article without any metadata. */
const PROSE = SENTENCES.map((s) => `${s} ${s}`);

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('Test');
  doc.body.innerHTML = body;
  return doc;
}

const paragraphs = (lines: readonly string[]): string => lines.map((l) => `<p>${l}</p>`).join('');

describe('extractArticle', () => {
  it('reads on past a photo credit ("© Harbor Pictures") set in the body, and stops at the closing copyright line', () => {
    const doc = page(`<article><h1>Bridge to close for repairs</h1>
      <div class="body">
        ${paragraphs(PROSE.slice(0, 2))}
        <div class="embedded-image"><img src="bridge.jpg" alt=""><div class="image-rights"><span>©</span> <span>Harbor Pictures</span></div></div>
        ${paragraphs(PROSE.slice(2))}
        <p>© Example News 2031</p>
        <p>Harbor rail fares to rise in spring, the operator announced on its website on Friday morning.</p>
      </div></article>`);
    expect(extractArticle(doc).article?.blocks.map((b) => b.text)).toEqual(PROSE);
  });

  it('leaves out the source line and the byline under a heading that opens the body, and keeps the heading', () => {
    const doc = page(`<div class="logo">Harbour Weekly</div>
      <div class="post"><h2>Bridge to close for eight months of repairs</h2><p>AP · 35 minutes ago</p><p>By Ann Lee</p>
      ${paragraphs(PROSE)}</div>`);
    const blocks = extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];
    expect(blocks[0]).toBe('Bridge to close for eight months of repairs');
    expect(blocks[1]).toBe(PROSE[0]);
    expect(blocks).toHaveLength(PROSE.length + 1);
  });

  it('leaves out the source line and the byline under a headline that opens the body in a plain line', () => {
    const doc = page(`<div class="logo">Harbour Weekly</div>
      <div class="post"><div class="x1">Bridge to close for eight months of repairs</div><div>AP · 35 minutes ago</div>
      <div>By Ann Lee</div>${paragraphs(PROSE)}</div>`);
    const blocks = extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];
    expect(blocks[0]).toBe('Bridge to close for eight months of repairs');
    expect(blocks[1]).toBe(PROSE[0]);
    expect(blocks).toHaveLength(PROSE.length + 1);
  });

  it('keeps a short line under a first line too long to be a headline', () => {
    const doc =
      page(`<div class="post"><div>${'A standfirst that runs on without ending as a sentence does, '.repeat(3)}</div>
      <div>Engineers at work on the bridge</div>${paragraphs(PROSE)}</div>`);
    const blocks = extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];
    expect(blocks[1]).toBe('Engineers at work on the bridge');
  });

  it('finds the body in page order with its kinds, without title, byline, caption or end line', () => {
    const doc = page(`
      <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
      <article>
        <h1>Bridge to close for repairs</h1>
        <figure><img alt=""><figcaption>The bridge on Monday. Photo: Staff</figcaption></figure>
        <div class="body">
          <p>By Ann Lee and Tom Park</p>
          ${paragraphs(PROSE.slice(0, 2))}
          <h2>Commuters</h2>
          ${paragraphs(PROSE.slice(2))}
          <blockquote><p>We were never asked, not once, about any of this.</p></blockquote>
          <ul><li>Buses every ten minutes from the station forecourt</li></ul>
          <p>© Example News 2025.</p>
        </div>
      </article>`);
    const { article, isArticle } = extractArticle(doc);
    expect(isArticle).toBe(true);
    const blocks = article?.blocks ?? [];
    expect(blocks.map((b) => b.text)).toEqual([
      ...PROSE.slice(0, 2),
      'Commuters',
      ...PROSE.slice(2),
      'We were never asked, not once, about any of this.',
      'Buses every ten minutes from the station forecourt',
    ]);
    expect(blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
      'quote',
      'list-item',
    ]);
  });

  it('leaves out full-text related stories printed after the article', () => {
    const card = (title: string) => `
      <div class="card"><span>Wire</span><div>2 hours ago</div>
        <h3><a href="/x">${title}</a></h3>
        <div>${PROSE.join(' ')}</div></div>`;
    const doc = page(`
      <main><div class="main-col">
        <h1>Bridge to close</h1>
        <div class="text">${paragraphs(PROSE)}${paragraphs(PROSE.map((p) => p.replace('The', 'Then the')))}</div>
        <div><h3>Comments</h3><form><textarea></textarea></form><p>No comments yet</p></div>
      </div>
      <div><h2>Related</h2><div class="grid">${card('First related story here')}${card('Second related story here')}</div></div>
      </main>`);
    const { article } = extractArticle(doc);
    const text = article?.blocks.map((b) => b.text).join('\n') ?? '';
    expect(text).toContain(PROSE[0]);
    expect(text).not.toContain('related story');
    expect(text).not.toContain('No comments yet');
    expect(article?.blocks).toHaveLength(PROSE.length * 2);
  });

  it('says a list of headlines is not an article', () => {
    const teaser = (i: number) =>
      `<div class="teaser"><h2><a href="/s${i}">Headline number ${i} about the council</a></h2><p>Short standfirst ${i}.</p></div>`;
    const doc = page(`<main>${Array.from({ length: 12 }, (_, i) => teaser(i)).join('')}</main>`);
    expect(extractArticle(doc).isArticle).toBe(false);
  });

  it('takes a wire brief under its dateline for an article, and the same text with no dateline for none', () => {
    // About 60 words: short of an article without a title, a headline or a declared type above it.
    const brief = [
      'The town council voted on Saturday to close the old bridge for eight months, citing a survey that found cracks in two of its piers.',
      'Buses will run between the two stations during the works, the rail operator said, and a footbridge will open in May.',
    ];
    const html = (lines: readonly string[]) => `<div class="story">${paragraphs(lines)}</div>`;
    const dated = extractArticle(page(html([`HARLOW (AP) - ${brief[0]}`, brief[1] ?? ''])));
    expect(dated.isArticle).toBe(true);
    expect(extractArticle(page(html(brief))).isArticle).toBe(false);
  });

  it('takes a brief under its own headline and date line for an article, in no heading, and not without the date', () => {
    const brief = [
      'The town council voted on Saturday to close the old bridge for eight months, citing a survey that found cracks in two of its piers.',
      'Buses will run between the two stations during the works, the rail operator said, and a footbridge will open in May.',
    ];
    const html = (over: string, headline = 'Harlow bridge to close for repairs') =>
      `<table><tr><td><b><span class="hd">${headline}</span></b><br>${over}</td></tr></table><table><tr><td>${brief.join('<br><br>')}</td></tr></table>`;
    expect(extractArticle(page(html('<span>2031-03-14 09:12</span>'))).isArticle).toBe(true);
    expect(extractArticle(page(html('<span>By Ana Lowe</span><br><span>March 14, 2031</span>'))).isArticle).toBe(true);
    expect(extractArticle(page(html('<span>News from Harlow and the district</span>'))).isArticle).toBe(false);
    // (a sentence over a date is a caption or an item's line, no headline)
    expect(
      extractArticle(page(html('<span>2031-03-14 09:12</span>', 'The crews closed the bridge on Friday.'))).isArticle,
    ).toBe(false);
  });

  it('never takes the labels of a form the reader fills in for the article, and reads a page wrapped in a form', () => {
    const LABELS = [
      'Tell us about your project, including the rooms, the materials, the dates that suit you, and any photos you have, so that we can prepare a quote.',
      'Describe the problem in your own words, where it is, when it started, what you have tried, and whether anyone else has looked at it already.',
      'Give us your name, your address, your phone number, and the best time to call, and we will reply within one working day, weekends included.',
    ];
    const field = (label: string, i: number) =>
      `<div class="field"><label for="f${i}">${label}</label><textarea id="f${i}"></textarea></div>`;
    // The story's paragraphs each in a box of their own (a page builder's rows), the form's labels side by side.
    const rows = PROSE.map((p) => `<div class="row"><div class="cell"><p>${p}</p></div></div>`).join('');
    const modal = `<div class="modal"><form action="/quote"><div class="fields">${LABELS.map(field).join('')}</div><button>Send</button></form></div>`;
    const withModal = extractArticle(page(`${modal}<main><h1>The old bridge closes</h1>${rows}</main>`));
    expect(withModal.article?.blocks.map((b) => b.text)).toEqual(PROSE);
    // A page whose whole body is one form (as old sites built them) is still read.
    const wrapped = extractArticle(
      page(
        `<form action="/page"><input name="q"><main><h1>The old bridge closes</h1>${paragraphs(PROSE)}</main></form>`,
      ),
    );
    expect(wrapped.article?.blocks.map((b) => b.text)).toEqual(PROSE);
  });

  it('reads a body split into parts of their own around video players as one body', () => {
    const MORE = [
      'Shop owners near the bridge said trade had already fallen, and that a long closure could cost them the winter.',
      'The survey, carried out last spring, found that water had reached the steel inside two of the stone piers.',
      'Council officers said the bridge would be inspected again in March, and that a report would follow in April.',
    ];
    const text = [...PROSE, ...MORE];
    // Each part: a player (a link to a video, a line of its own) and two paragraphs in a wrapper of their own.
    const part = (i: number) => `
      <div class="part"><div class="player"><a href="/video/${i}">Watch: the mayor on the bridge repairs, part ${i}</a></div>
        <div class="text">${paragraphs(text.slice(2 * i, 2 * i + 2))}</div></div>`;
    const doc = page(`
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <h1>Bridge to close for repairs</h1>
      <div class="story">${[0, 1, 2, 3].map(part).join('')}</div>
      <div class="more"><h2>More news</h2><ul><li><a href="/a">Library hours change in the new year</a></li></ul></div>`);
    const { article } = extractArticle(doc);
    expect(article?.blocks.map((b) => b.text)).toEqual(text);
  });

  it('does not change the document', () => {
    const doc = page(`<article><h1>T</h1>${paragraphs(PROSE)}</article><aside>Ad</aside>`);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle: a template of dummy text is no story', () => {
  const LOREM =
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam, quis nostrud exercitation.';

  it('picks the short story over a longer block of "Lorem ipsum" (a template the page never filled)', () => {
    const doc = page(`
      <div class="story">${paragraphs(SENTENCES.slice(0, 3))}</div>
      <div class="template"><h2>Head Line 1</h2>${paragraphs([LOREM, LOREM, LOREM, LOREM, LOREM])}</div>`);
    const { article } = extractArticle(doc);
    expect(article?.blocks.map((b) => b.text)).toEqual(SENTENCES.slice(0, 3));
  });

  it('still reads a story that quotes the dummy text inside a sentence', () => {
    const quoting = `Designers have filled empty pages with "lorem ipsum dolor sit amet" since the 1960s, the museum said.`;
    const doc = page(`<main><h1>Dummy text</h1><div class="story">${paragraphs([quoting, ...PROSE])}</div></main>`);
    expect(extractArticle(doc).article?.blocks.map((b) => b.text)).toEqual([quoting, ...PROSE]);
  });
});

describe('a page with a list of references', () => {
  const AUTHORS = ['Lowe A, Brand I, Holm V', 'Reyes D, Marsk H, Lee A', 'Holm V, Kvist A, Hoff L, Reyes D'];
  const REFERENCES = Array.from(
    { length: 14 },
    (_, i) =>
      `${AUTHORS[i % 3]}, et al. Sleep, stress and the working week: a study of ${120 + i} adults, with a follow-up, in three towns. Journal of Rest Studies. 20${10 + i};${i + 3}(2):${40 + i}-${52 + i}.`,
  );
  /** A guide split into sections, each in boxes of its own, a short paragraph or two under each heading. */
  const SECTIONS = PROSE.map(
    (p, i) => `<div class="row"><div class="col"><h2>Question ${i + 1}</h2><p>${p}</p></div></div>`,
  );

  it('reads the sections, not the references alone, whose commas score as much as a story split into parts', () => {
    const doc = page(`<main><h1>Rest and the working week</h1><div class="rows">${SECTIONS.join('')}</div>
      <div class="refs"><h2>References</h2><ul>${REFERENCES.map((r) => `<li>${r}</li>`).join('')}</ul></div></main>`);
    const blocks = extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];
    // (the references stay where they are, after the sections: the guide's own list)
    expect(blocks.filter((b) => PROSE.includes(b))).toEqual(PROSE);
  });

  it('still reads a story whose paragraphs cite a study by its authors, "et al."', () => {
    const cites = PROSE.map((p, i) => `${p} The figures come from Lowe et al., who studied ${100 + i} towns in 2019.`);
    const doc = page(`<main><h1>Rest and the working week</h1><div class="story">${paragraphs(cites)}</div>
      <div class="aside"><p>${SENTENCES[0]}</p></div></main>`);
    expect(extractArticle(doc).article?.blocks.map((b) => b.text)).toEqual(cites);
  });
});

describe('a page built of custom elements', () => {
  it('reads each paragraph component as a block of its own, its byline too', () => {
    const doc = page(`<div class="logo">Harbour Weekly</div>
      <story-body><story-p>By Ann Lee</story-p>${PROSE.map((p) => `<story-p>${p}</story-p>`).join('')}</story-body>`);
    const blocks = extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];
    expect(blocks).toEqual(PROSE);
  });

  it('keeps components inline where none of their kind holds a sentence (citations, a time)', () => {
    const cited = `${SENTENCES[0]?.replace(/\.$/, '')} (<ref-link>4</ref-link>, <ref-link>5</ref-link>).`;
    const doc = page(`<div class="text"><p>${cited}</p>${paragraphs(PROSE)}</div>`);
    const blocks = extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];
    expect(blocks[0]).toBe(`${SENTENCES[0]?.replace(/\.$/, '')} (4, 5).`);
    expect(blocks).toHaveLength(PROSE.length + 1);
  });

  it('keeps one component alone inline, a sentence in it or not', () => {
    const line =
      'The mayor repeated her line to the council: <said-line>the bridge will reopen in May, whatever the cost of the works.</said-line> Nobody on the council believed her.';
    const doc = page(`<div class="text"><p>${line}</p>${paragraphs(PROSE)}</div>`);
    const blocks = extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];
    expect(blocks[0]).toBe(line.replace(/<\/?said-line>/g, ''));
  });

  const COMMENTS = [
    ['kestrel_fan', '2 days ago', 'My brother was on that ferry in 2019 and nothing has changed since then.'],
    ['Vera H.', 'an hour ago', 'Who pays for the repairs this time? Not the ferry company, I am sure of that.'],
    ['tarnby77', '5 minutes ago', 'I counted 14 lorries waiting at the quay on Sunday before the ferry left.'],
  ];
  const commented = (story: string, comment = (text: string) => `<story-p>${text}</story-p>`): string => `
    <main><h1>Ferry service cut to twice a day</h1><story-body>${story}</story-body>
    <div class="talk"><h3>Comments</h3>${COMMENTS.map(
      ([name, when, text]) => `<div><span>${name}</span> <span>${when}</span>${comment(text ?? '')}</div>`,
    ).join('')}</div></main>`;

  it("reads one component alone as a block where its kind is the story's paragraph (a reader's comment)", () => {
    const doc = page(commented(PROSE.map((p) => `<story-p>${p}</story-p>`).join('')));
    const { analysis, article } = analyzePage(doc);
    expect(article?.blocks.map((b) => b.text)).toEqual(PROSE);
    const comments = analysis.clutter.filter((c) => c.kind === 'comments').map((c) => c.text);
    for (const [, , text] of COMMENTS) expect(comments.some((c) => c.includes(text ?? ''))).toBe(true);
  });

  it('reads a story printed in full in one component, signed at its end, as a block of its kind', () => {
    const story = `${PROSE.join(' ')} — Harlow Wire`;
    const doc = page(`<div class="column"><h1>Ferry service cut to twice a day</h1>
      ${PROSE.map((p) => `<story-p>${p}</story-p>`).join('')}
      <h3>Read more</h3><div class="more">${[0, 1, 2]
        .map(
          (i) => `<div><div><span>Harlow Wire</span><span>${i + 2} hours ago</span></div>
            <a href="/news/${i}">Bridge on the Kestrel road to close for repairs</a><story-p>${story}</story-p></div>`,
        )
        .join('')}</div></div>`);
    const { analysis, article } = analyzePage(doc);
    expect(article?.blocks.map((b) => b.text)).toEqual(PROSE);
    expect(analysis.clutter.filter((c) => c.kind === 'related').length).toBeGreaterThanOrEqual(3);
  });

  it('keeps one component alone inline in a paragraph, its kind a block elsewhere', () => {
    const line =
      'The mayor repeated her line: <story-p>the bridge will reopen in May, whatever the cost of the works.</story-p> Nobody believed her.';
    const doc = page(`<story-body><p>${line}</p>${PROSE.map((p) => `<story-p>${p}</story-p>`).join('')}</story-body>`);
    const blocks = extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];
    expect(blocks).toEqual([line.replace(/<\/?story-p>/g, ''), ...PROSE]);
  });
});

describe('a pitch to the reader boxed among the story', () => {
  const PITCH = 'Get the evening briefing: five stories our editors picked, in your inbox before 6pm.';

  it('is left out of the story, wherever it stands, and offered to the strip as a newsletter', () => {
    for (const at of [2, PROSE.length]) {
      const lines = PROSE.map((l) => `<p>${l}</p>`);
      lines.splice(at, 0, `<div><p>${PITCH}</p></div>`);
      const doc = page(`<div><h1>Bridge to close for eight months of repairs</h1>${lines.join('')}</div>`);
      const blocks = extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];
      expect(blocks).toEqual(PROSE);
      const clutter = analyzePage(doc).analysis.clutter;
      expect(clutter).toContainEqual(expect.objectContaining({ kind: 'newsletter', text: PITCH }));
    }
  });

  it('stays in the story where the page wraps every paragraph alike (a paragraph that opens "Like us")', () => {
    const like = 'Like us, the ferry crews say the bridge should have been mended years ago.';
    const lines = [...PROSE.slice(0, 2), like, ...PROSE.slice(2)];
    const doc = page(
      `<div><h1>Bridge to close</h1>${lines.map((l) => `<div class="para"><p>${l}</p></div>`).join('')}</div>`,
    );
    const blocks = extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];
    expect(blocks).toContain(like);
  });
});

describe('a body an ad slot cuts', () => {
  const LEAD = 'HARLOW - The county council voted on Tuesday to close the old bridge for eight months of repairs.';
  const LAST = 'The works are due to start in March and to end before the autumn storms, the council said.';
  const AD = '<div><span>Advertisement</span></div><div></div>';

  it('keeps the lead that stands before the slot and the last lines after it, in no class at all', () => {
    const doc = page(
      `<div><h1>Bridge to close</h1><div><p>${LEAD}</p></div>${AD}<div>${paragraphs(PROSE)}</div>${AD}<div><p>${LAST}</p><p>© Harlow Wire 2031</p></div></div><ul><li><a href="/a">Other story</a></li></ul>`,
    );
    const blocks = extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];
    expect(blocks.slice(0, PROSE.length + 2)).toEqual([LEAD, ...PROSE, LAST]);
  });

  it('not a paragraph beside the body with no slot between, nor one in a box of another class', () => {
    for (const after of [`<div><p>${LAST}</p></div>`, `${AD}<div class="teaser"><p>${LAST}</p></div>`]) {
      const doc = page(`<div><h1>Bridge to close</h1><div>${paragraphs(PROSE)}</div>${after}</div>`);
      expect(extractArticle(doc).article?.blocks.map((b) => b.text)).toEqual(PROSE);
    }
  });
});

describe('a pull quote: a line of the body set again in a box of its own', () => {
  const quote = 'We have run out of good choices, and the bridge cannot wait';
  const body = (box: string, bodyQuote = `"${quote}," the mayor said after the vote.`): Document =>
    page(`<article><h1>Bridge to close for eight months</h1>${paragraphs([PROSE[0] ?? '', bodyQuote])}${box}
      ${paragraphs(PROSE.slice(1))}</article>`);
  const blocksOf = (doc: Document): string[] => analyzePage(doc).article?.blocks.map((b) => b.text) ?? [];
  const claimsOf = (doc: Document): string[] => analyzePage(doc).analysis.claims.map((c) => c.text);
  const quoted = (texts: readonly string[]): number => texts.filter((t) => t.includes('run out')).length;

  it("is counted once, with its credit line left out: its claim and its words are the body line's", () => {
    for (const box of [
      `<blockquote class="pull"><p>“${quote}.”</p><cite>Ivo Brand, council leader</cite></blockquote>`,
      `<aside><p>${quote}…</p><p>— Ivo Brand, council leader</p></aside>`,
      `<figure><blockquote>"${quote}"</blockquote><figcaption>Ivo Brand, council leader</figcaption></figure>`,
    ]) {
      const blocks = blocksOf(body(box));
      expect(quoted(blocks)).toBe(1);
      expect(blocks.filter((t) => t.includes('Ivo Brand'))).toEqual([]);
      expect(quoted(claimsOf(body(box)))).toBe(1);
    }
  });

  it('a quote the body does not say in full stays, and so does a short one the body says by chance', () => {
    // (The body paraphrases the quote: the box is the only place its words are.)
    const said = body(`<blockquote><p>“${quote}.”</p></blockquote>`, 'The mayor said the bridge could not wait.');
    expect(quoted(claimsOf(said))).toBe(1);
    // ("the old bridge": a few words the body says by chance.)
    const short = body('<blockquote><p>“The old bridge.”</p></blockquote>');
    expect(blocksOf(short)).toContain('“The old bridge.”');
  });

  it('a quoted letter stays whole, whether the body says a line of it or a box quotes it again', () => {
    const letter = [
      'Dear neighbours,',
      `${quote}.`,
      'The works start in May and end by Christmas.',
      'Yours, the mayor',
    ];
    const doc = page(`<article><h1>Bridge to close</h1>${paragraphs(PROSE.slice(0, 2))}
      <blockquote><p>${quote}.</p></blockquote>${paragraphs([...PROSE.slice(2), `The letter said: "${quote}."`])}
      <blockquote>${paragraphs(letter)}</blockquote></article>`);
    const blocks = blocksOf(doc);
    for (const line of letter) expect(blocks).toContain(line);
  });
});
