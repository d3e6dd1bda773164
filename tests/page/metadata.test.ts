import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze-page';
import { numericOrder, parseByline, parseDate, readMetadata, siteNameOnly, wireName } from '../../utils/page/metadata';
import { indexPage } from '../../utils/page/page-index';

/** The metadata of a page built for a test: its head, its body (a story in `.text`), the lines around the story. */
function storyMetadata(page: {
  title?: string;
  head?: string;
  body?: string;
  bodyLines?: string[];
  bodyEnd?: number;
  storyLines?: string[];
  leadLines?: string[];
}) {
  const doc = document.implementation.createHTMLDocument(page.title ?? '');
  doc.head.insertAdjacentHTML('beforeend', page.head ?? '');
  doc.body.innerHTML =
    page.body ?? '<div class="text"><p>The port will spend 340 million crowns, the authority said.</p></div>';
  const root = doc.querySelector('.text') as Element;
  return readMetadata(doc, indexPage(doc), {
    root,
    firstBlock: root.firstElementChild,
    bodyLines: page.bodyLines ?? [],
    bodyEnd: page.bodyEnd,
    storyLines: page.storyLines,
    leadLines: page.leadLines,
  });
}

describe('parseByline', () => {
  it.each([
    ['By Mara Quint, Tomas Reed and Ivo Brand', ['Mara Quint', 'Tomas Reed', 'Ivo Brand']],
    ['By Clara Mendes, Environment Correspondent · 14 August 2025, 6.30am', ['Clara Mendes']],
    [
      'By Stefan Becket, Kathryn Watson, Grace Segers November 20, 2019 / 1:07 AM',
      ['Stefan Becket', 'Kathryn Watson', 'Grace Segers'],
    ],
    ['By Justine Coleman - 11/18/19 11:04 PM EST', ['Justine Coleman']],
    ['Daniel Osei & Priya Nair', ['Daniel Osei', 'Priya Nair']],
    ['Written by Marta Quintero', ['Marta Quintero']],
    ['Posted by: Dana Reyes', ['Dana Reyes']],
    ['By Dana Reyes, The Valley Courier', ['Dana Reyes']],
    ['By DANA REYES Associated Press', ['DANA REYES']],
    ['By Reuters', []],
    ['Lena Ortiz and Sam Whitfield', ['Lena Ortiz', 'Sam Whitfield']],
    ['By Ursula van der Berg and Omar al Farouk', ['Ursula van der Berg', 'Omar al Farouk']],
    ['By admin', []],
    ['Print Email Share', []],
    ['By Claire Dubois at the climate summit in Bonn', []],
    ['By TOMAS REILLY AP Sports Writer', ['TOMAS REILLY']],
    ['By Ines Calder in Port Aven', ['Ines Calder']],
    ['Dana Reyes Last updated: May 2, 2026', ['Dana Reyes']],
    ['Author: Lena Ortiz', ['Lena Ortiz']],
    ['By Dr. Omar Haddad', ['Omar Haddad']],
    ['By K.T. Varga and Lise Marten (Our staff reporters)', ['K.T. Varga', 'Lise Marten']],
    ['By LUCA FERRO and PIA LUNDMARKMarch 4, 2026', ['LUCA FERRO', 'PIA LUNDMARK']],
    ['The Valley Courier Team', []],
    ['OUR SPECIAL CORRESPONDENT', []],
    ['Valley Sport/Courier', []],
    ['By Dana Reyes· 4 min read', ['Dana Reyes']],
    ['Posted by Lena Ortiz|Staff', ['Lena Ortiz']],
    ['Posted by Lena Ortiz at May 2, 2026 11:15 AM', ['Lena Ortiz']],
    ['Posted by Lena Ortiz at 11:15 AM', ['Lena Ortiz']],
    ['By Lena Ortiz at Large', []],
    ['By DANA REYES Harlow Daily Record/Sunday News', ['DANA REYES']],
    ['Posted by Lena Ortiz @ 5:56 am', ['Lena Ortiz']],
    ['by Lena Ortiz, under Ports , Harbours , Tarn Valley , Kestrel .', ['Lena Ortiz']],
  ])('%s', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });
});

describe('readMetadata: a byline after the date that opens its line', () => {
  it.each([
    ['Posted: March 6, 2031, 4:30 PM by Lena Ortiz', ['Lena Ortiz']],
    ['16th Mar 2031, 09:28am by Dana Reyes', ['Dana Reyes']],
    ['Posted on March 5, 2031, 9:58 am, by Lena Ortiz, under Ports , Harbours , Tarn Valley .', ['Lena Ortiz']],
    ['The vote was held on March 5, 2031 by the council in Harlow', []],
  ])('%s', (line, names) => {
    expect(storyMetadata({ bodyLines: [line] }).authors).toEqual(names);
  });
});

describe('readMetadata: authors', () => {
  function authorsOf(body: string): string[] {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = body;
    const root = doc.querySelector('.text') as Element;
    return readMetadata(doc, indexPage(doc), { root, firstBlock: root.firstElementChild, bodyLines: [] }).authors;
  }
  const text = '<div class="text"><p>The council voted on Tuesday to close the terminal, officials said.</p></div>';

  it('reads a byline box that has no "By"', () => {
    expect(
      authorsOf(
        `<div><h1>Terminal closes</h1><div class="article-byline">Lena Ortiz, Staff Reporter</div>${text}</div>`,
      ),
    ).toEqual(['Lena Ortiz']);
  });

  it('does not take the names of a list of commenters for the byline', () => {
    const comments = Array.from({ length: 8 }, (_, i) => `<a class="author" href="/u/${i}">Reader Number${i}</a>`).join(
      '',
    );
    expect(authorsOf(`<div><h1>Terminal closes</h1>${text}<section>${comments}</section></div>`)).toEqual([]);
  });
});

describe('wireName', () => {
  it.each([
    ['© Thomson Reuters 2025.', 'Reuters'],
    ['HARLOW (AP) -- The ferry board has doubled', 'Associated Press'],
    ['Copyright 2019 The Associated Press. All rights reserved.', 'Associated Press'],
    ['PARIS (AFP) - Talks resumed', 'AFP'],
    ['الساحل (أ ف ب) - بدأت هيئة المياه', 'AFP'],
    ['العاصمة (أ ب) - افتتحت شركة المترو', 'Associated Press'],
    ['© وكالة فرانس برس 2026', 'AFP'],
    ['TORONTO (CP) — The province will freeze transit fares', 'The Canadian Press'],
    ['This report by The Canadian Press was first published March 3, 2026.', 'The Canadian Press'],
    ['SYDNEY (AAP) - Ferry services resumed', 'AAP'],
    ['New Delhi [India], March 3 (ANI): The ministry said', 'ANI'],
    ['ANKARA (AA) - The ministry said', 'Anadolu Agency'],
    ['© 2025 The Morning Ledger Ltd.', null],
    ['Sydney police said the AA meeting was cancelled.', null],
    ['NEW DELHI (ANI): AAP leaders said the vote was fair', 'ANI'],
    ['© 2031 AAP', 'AAP'],
    ['Brought to you by AAP', 'AAP'],
    ['Article from: Agence France-Presse', 'AFP'],
    ['Copyright 2031 United Press International', 'UPI'],
    ['By CP', 'The Canadian Press'],
    ['(© 2031 The Associated Press. All Rights Reserved.', 'Associated Press'],
  ])('%s', (line, wire) => {
    expect(wireName(line)).toBe(wire);
  });
});

describe('parseDate', () => {
  it.each([
    ['2025-08-14T06:30:00+01:00', '2025-08-14T06:30:00+01:00'],
    ['23-06-2025', '2025-06-23'],
    ['June 23, 2025', '2025-06-23'],
    ['14 August 2025, 6.30am', '2025-08-14'],
    ['an hour ago', null],
  ])('%s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });
});

describe('readMetadata', () => {
  it('prefers the wire and the source line of an aggregator to its site name', () => {
    const doc = document.implementation.createHTMLDocument('Story title here | Aggregator');
    doc.documentElement.setAttribute('lang', 'en');
    doc.head.innerHTML = '<meta property="og:site_name" content="Aggregator">';
    doc.body.innerHTML = `
      <h1>Story title here</h1>
      <div><span>Reuters</span><span>23-06-2025</span></div>
      <div class="text"><p>By Ann Lee</p><p>First paragraph of the story.</p><p>© Thomson Reuters 2025.</p></div>`;
    const root = doc.querySelector('.text') as Element;
    const meta = readMetadata(doc, indexPage(doc), {
      root,
      firstBlock: root.children[1] ?? null,
      bodyLines: ['By Ann Lee', 'First paragraph of the story.', '© Thomson Reuters 2025.'],
    });
    expect(meta).toEqual({
      title: 'Story title here',
      authors: ['Ann Lee'],
      publisher: 'Reuters',
      published: '2025-06-23',
      language: 'en',
    });
  });

  /** An aggregator's page: its story credits one wire, the related story printed after it another. */
  function aggregator(storyLines: string[], sourceLine: string): string | null {
    const doc = document.implementation.createHTMLDocument('Port to deepen channel | Aggregator');
    doc.head.innerHTML = '<meta property="og:site_name" content="Aggregator">';
    doc.body.innerHTML = `
      <h1>Port to deepen channel</h1>
      <div>${sourceLine}</div>
      <div class="text">${storyLines.map((line) => `<p>${line}</p>`).join('')}</div>
      <div class="card"><span>The Harbour Times</span><a href="/x">Bus fares frozen for another year</a>
        <p>OSTRAND (Reuters) - Bus fares will stay the same until June, the council said.</p><p>© AFP 2026</p></div>`;
    const root = doc.querySelector('.text') as Element;
    return readMetadata(doc, indexPage(doc), {
      root,
      firstBlock: root.firstElementChild,
      // The lines around the story, as analyze.ts collects them: the related story's credits come first here.
      bodyLines: [
        'OSTRAND (Reuters) - Bus fares will stay the same until June, the council said.',
        '© AFP 2026',
        ...storyLines,
      ],
      storyLines,
    }).publisher;
  }

  it.each([
    ['dateline', ['VELMORA (AP) — The port will spend 340 million crowns, the authority said.'], 'Associated Press'],
    [
      'closing credit line',
      ['The port will spend 340 million crowns, the authority said.', '— Associated Press'],
      'Associated Press',
    ],
    ['Arabic dateline', ['الساحل (رويترز) - بدأت هيئة المياه يوم الأحد تشغيل محطة جديدة.'], 'Reuters'],
    [
      'Canadian dateline',
      ['VELMORA, Ont. (CP) — The port will spend 340 million, the authority said.'],
      'The Canadian Press',
    ],
    ['Arabic closing credit', ['بدأت هيئة المياه يوم الأحد تشغيل محطة جديدة.', '— أسوشيتد برس'], 'Associated Press'],
  ])('takes the wire from the story’s own %s, not from a related story', (_name, lines, wire) => {
    expect(aggregator(lines, '')).toBe(wire);
  });

  it.each([
    ['<span>AP</span><span>an hour ago</span>', 'Associated Press'],
    ['<span>فرانس برس</span><span>منذ ساعة</span>', 'AFP'],
  ])('takes the wire from the source line %s when the story credits none', (line, wire) => {
    expect(aggregator(['The port will spend 340 million crowns, the authority said.'], line)).toBe(wire);
  });

  /** The metadata of a story under its headline and a line of two pieces, the second a date, on the named site. */
  function underLine(line: string, site: string) {
    const doc = document.implementation.createHTMLDocument('Port to deepen channel');
    doc.head.innerHTML = `<meta property="og:site_name" content="${site}">`;
    doc.body.innerHTML = `<h1>Port to deepen channel</h1>
      <div>${line}<span>14/03/2026</span></div>
      <div class="text"><p>The port will spend 340 million crowns, the authority said.</p></div>`;
    const root = doc.querySelector('.text') as Element;
    return readMetadata(doc, indexPage(doc), { root, firstBlock: root.firstElementChild, bodyLines: [] });
  }

  it("a share bar's labels before the date are no source line", () => {
    expect(underLine('<span class="share-button">Pin</span>', 'The Harbour Times').publisher).toBe('The Harbour Times');
  });

  it("a button's prompt to follow the site beside the date is no source line", () => {
    expect(underLine('<span>Like Harbour News on Facebook</span>', 'Harbour News').publisher).toBe('Harbour News');
  });

  it("a picture's credit beside the date is no source line", () => {
    expect(underLine('<span>Ines Calder | Harbour Images</span>', 'Harbour News').publisher).toBe('Harbour News');
  });

  it("a line of the author's name, a place and the date over the story is a byline, no source", () => {
    const doc = document.implementation.createHTMLDocument('Port to deepen channel');
    doc.head.innerHTML =
      '<meta property="og:site_name" content="The Harbour Times"><meta name="author" content="Ines Calder">';
    doc.body.innerHTML = `<h1>Port to deepen channel</h1>
      <div><span>Ines Calder</span><span>Port Aven</span><span>14 March 2026</span></div>
      <div class="text"><p>The port will spend 340 million crowns, the authority said.</p></div>`;
    const root = doc.querySelector('.text') as Element;
    const meta = readMetadata(doc, indexPage(doc), { root, firstBlock: root.firstElementChild, bodyLines: [] });
    expect(meta.publisher).toBe('The Harbour Times');
    expect(meta.authors).toEqual(['Ines Calder']);
    expect(meta.published).toBe('2026-03-14');
  });

  /** A publisher's page: its byline, the story, and a teaser of another story with a byline of its own. */
  function bylined(byline: string): string | null {
    const doc = document.implementation.createHTMLDocument('Port to deepen channel | Morning Ledger');
    doc.head.innerHTML = '<meta property="og:site_name" content="Morning Ledger">';
    const story = 'The port will spend 340 million crowns deepening its channel, the authority said.';
    doc.body.innerHTML = `<h1>Port to deepen channel</h1><div class="text"><p>${byline}</p><p>${story}</p></div>
      <div class="teaser"><p>By Reuters</p><p>Bus fares will stay the same until June.</p></div>`;
    const root = doc.querySelector('.text') as Element;
    const bodyLines = [byline, story, 'By Reuters', 'Bus fares will stay the same until June.'];
    return readMetadata(doc, indexPage(doc), { root, firstBlock: root.firstElementChild, bodyLines }).publisher;
  }

  it.each([
    ['By Associated Press', 'Associated Press'],
    ['By JANE DOE, Associated Press', 'Associated Press'],
    ['By The Canadian Press', 'The Canadian Press'],
    // The wire's short name after the reporter's, as the wires' own bylines print it.
    ['By IVO BRAND AP Sports Writer', 'Associated Press'],
    ['By DANA REYES, AP Special Correspondent', 'Associated Press'],
    ['By Lena Ortiz, AFP', 'AFP'],
    ['By Ana Lowe, CP', 'The Canadian Press'],
    ['By Press Trust Of India', 'PTI'],
    // The story's byline names a person: a later byline (a teaser's) credits another story.
    ['By Jane Doe', 'Morning Ledger'],
    // ("Pa" is no wire, and a name's letters are no abbreviation.)
    ['By Ana Lowe, PA', 'Morning Ledger'],
    ['By Apinya Lowe', 'Morning Ledger'],
  ])('takes the wire from the story’s byline "%s"', (byline, publisher) => {
    expect(bylined(byline)).toBe(publisher);
  });

  it('reads JSON-LD and meta data when the page shows no byline', () => {
    const doc = document.implementation.createHTMLDocument('Headline | Paper');
    doc.head.innerHTML = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"NewsArticle","headline":"Headline","author":[{"@type":"Person","name":"Jo Smith"}],
       "publisher":{"@id":"#org"},"datePublished":"2025-01-02T03:04:05Z"},
      {"@id":"#org","@type":"Organization","name":"The Paper"}]}</script>`;
    doc.body.innerHTML = '<div class="text"><p>Body.</p></div>';
    const root = doc.querySelector('.text') as Element;
    const meta = readMetadata(doc, indexPage(doc), { root, firstBlock: root.firstElementChild, bodyLines: ['Body.'] });
    expect(meta.title).toBe('Headline');
    expect(meta.authors).toEqual(['Jo Smith']);
    expect(meta.publisher).toBe('The Paper');
    expect(meta.published).toBe('2025-01-02T03:04:05Z');
  });
});

describe('readMetadata: a byline outside the body', () => {
  function metaOf(head: string, leadLines: string[], body = ''): { authors: string[]; published: string | null } {
    const doc = document.implementation.createHTMLDocument('');
    doc.head.innerHTML = head;
    doc.body.innerHTML = `<div class="text"><p>The council voted on Tuesday to close the terminal.</p>${body}</div>`;
    const root = doc.querySelector('.text') as Element;
    return readMetadata(doc, indexPage(doc), { root, firstBlock: root.firstElementChild, bodyLines: [], leadLines });
  }

  it('reads the byline printed just above the body, with "By" on a line of its own', () => {
    expect(metaOf('', ['Published: March 9, 2026', 'MARTA QUINTERO', 'By', 'Ferry terminal closes']).authors).toEqual([
      'MARTA QUINTERO',
    ]);
  });

  it("a byline ends where the line breaks before the paper's name", () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML =
      '<div><h1>Ferry terminal closes</h1><b><span class="storybyline">By MARTA QUINTERO<br>THE HARBOUR COURIER</span></b>' +
      '<div class="text"><p>The council voted on Tuesday to close the terminal.</p></div></div>';
    const root = doc.querySelector('.text') as Element;
    const meta = readMetadata(doc, indexPage(doc), { root, firstBlock: root.firstElementChild, bodyLines: [] });
    expect(meta.authors).toEqual(['MARTA QUINTERO']);
  });

  it("a paper's name declared as the author is no author; the byline's name is", () => {
    expect(metaOf('<meta name="author" content="The Harlow Courier">', []).authors).toEqual([]);
    expect(metaOf('<meta name="author" content="The Harlow Courier">', ['By Lena Ortiz']).authors).toEqual([
      'Lena Ortiz',
    ]);
  });

  it('reads the date printed just above the body', () => {
    expect(metaOf('', ['14:05, March 9th 2026', 'By Marta Quintero']).published).toBe('2026-03-09');
  });

  it('takes the structured data over names marked as authors that it does not give (a comment list)', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jo Smith"}}</script>`;
    const comment = '<div class="comment"><a rel="author" href="/u/1">Reader Person</a><p>I agree.</p></div>';
    expect(metaOf(ld, [], comment).authors).toEqual(['Jo Smith']);
  });

  it('keeps a byline the structured data confirms, however it spells the name', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jo A. Smith"}}</script>`;
    expect(metaOf(ld, [], '<p class="byline">By <a rel="author" href="/a/jo">Jo Smith</a></p>').authors).toEqual([
      'Jo Smith',
    ]);
  });

  it('a name marked as the author loses what the page runs into it after a separator', () => {
    expect(metaOf('', [], '<p><a rel="author" href="/a/dr">Dana Reyes·</a> 4 min read</p>').authors).toEqual([
      'Dana Reyes',
    ]);
  });

  it("the site's own name is no author", () => {
    const site = '<meta property="og:site_name" content="Valley Remodel">';
    expect(metaOf(site, [], '<p class="byline">By <a rel="author" href="/">Valley Remodel</a></p>').authors).toEqual(
      [],
    );
  });

  it('a box that labels other stories "More From" is no byline', () => {
    expect(metaOf('', [], '<div class="transporter-header--byline">More From</div>').authors).toEqual([]);
  });

  it('an author box\'s "More Posts" link is no name', () => {
    const box = '<div class="author-box"><a href="/author/tove/" title="More posts by Tove">More Posts</a></div>';
    expect(metaOf('', [], box).authors).toEqual([]);
    expect(
      metaOf('', [], `<p class="byline">By <a rel="author" href="/author/tove/">Tove Brandt</a></p>${box}`).authors,
    ).toEqual(['Tove Brandt']);
  });

  it("a personal site's own name is its author when the structured data declares that person", () => {
    const head =
      '<meta property="og:site_name" content="Tove Brandt">' +
      `<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Tove Brandt"}}</script>`;
    expect(metaOf(head, []).authors).toEqual(['Tove Brandt']);
  });

  it("a body's site that its structured data calls a person is still no author", () => {
    for (const name of ['Harbour Heart Foundation', 'Lakeside Clinic', 'KVX Official']) {
      const head =
        `<meta property="og:site_name" content="${name}">` +
        `<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"${name}"}}</script>`;
      expect(metaOf(head, []).authors).toEqual([]);
    }
  });

  it("does not take a reader's name from the comments below a post for its byline", () => {
    const thread = ['Pia Lund', 'Omar Haddad']
      .map(
        (name, i) =>
          `<li id="comment-${i}" class="comment"><footer class="comment-meta"><div class="comment-author vcard">` +
          `<b class="fn"><a href="/u/${i}">${name}</a></b> says:</div></footer><p>Thanks for this.</p></li>`,
      )
      .join('');
    expect(metaOf('', [], `<ol class="thread">${thread}</ol>`).authors).toEqual([]);
  });

  it('reads a byline printed twice in one line with its credentials once', () => {
    const twice = '<p class="byline"><span>Rita Solberg, MS, RD</span><span>Rita Solberg, MS, RD</span></p>';
    expect(metaOf('', [], twice).authors).toEqual(['Rita Solberg']);
  });

  it('a box the page calls "author" that names someone else than the structured data gives way to it', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jo Smith"}}</script>`;
    const box = '<div class="author-card">More by Sam Whitfield</div>';
    expect(metaOf(ld, [], box).authors).toEqual(['Jo Smith']);
  });
});

describe('readMetadata: the publication date printed as a line', () => {
  it.each([
    ['Published January 15, 2008 10:02 GMT', '2008-01-15'],
    ['Tuesday, 15/01/2008', '2008-01-15'],
    ['The vote is set for March 3, 2026, the council said.', null],
  ])('%s', (line, iso) => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<div class="text"><p>The council voted on Tuesday to close the terminal.</p></div>';
    const root = doc.querySelector('.text') as Element;
    const meta = readMetadata(doc, indexPage(doc), { root, firstBlock: root.firstElementChild, bodyLines: [line] });
    expect(meta.published).toBe(iso);
  });
});

describe('readMetadata: a byline below the story', () => {
  const STORY = [
    'The council voted on Tuesday to close the old bridge, citing a survey that found cracks in two of its piers.',
    'Engineers said the repairs would take at least eight months, and that a temporary crossing would open in May.',
    'Residents on both banks, who rely on the bridge to reach the station, said they had not been consulted.',
    'The mayor said the decision was taken on safety grounds alone, and that the cost was not a factor at all.',
  ]
    .map((line) => `<p>${line} ${line}</p>`)
    .join('');
  const LD = (name: string): string =>
    `<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"${name}"}}</script>`;
  const CARDS = ['Ferry returns after the storm', 'Bus times for the works', 'A new market hall']
    .map((title) => `<div class="card"><h4><a href="/x">${title}</a></h4><p>by Lise Marten</p><p>4 min read</p></div>`)
    .join('');

  function authorsOf(below: string, head = ''): string[] {
    const doc = document.implementation.createHTMLDocument('');
    doc.head.innerHTML = head;
    doc.body.innerHTML = `<main><h1>Old bridge to close for repairs</h1><div class="post">${STORY}</div>${below}</main>`;
    return analyzePage(doc).analysis.article?.authors ?? [];
  }

  it("the cards of other stories below are no byline: the author the page declares is (a related story's was taken)", () => {
    expect(authorsOf(`<section><h3>More from the blog</h3>${CARDS}</section>`, LD('Ida Brandt'))).toEqual([
      'Ida Brandt',
    ]);
  });

  it('the cards of other stories below are no byline where the page declares none', () => {
    expect(authorsOf(`<section><h3>More from the blog</h3>${CARDS}</section>`)).toEqual([]);
  });

  it('takes the footer of a post, past its share buttons, and not the comments under it', () => {
    const comments = `<h3>Comments</h3><div class="comment"><p>I walk over that bridge every day and never noticed a single crack in it, which worries me.</p><p>Posted by: Tomas Reilly at May 3, 2026 09:12 AM</p></div>`;
    const footer =
      '<p>Share this:</p><p><a href="/t">Twitter</a></p><p>Posted by Ines Calder at May 2, 2026 11:15 AM</p>';
    expect(authorsOf(footer + comments)).toEqual(['Ines Calder']);
  });

  it("a reader's comment below is no byline where the post prints none", () => {
    const comments = `<h3>Comments</h3><div class="comment"><p>I walk over that bridge every day and never noticed a single crack in it, which worries me.</p><p>Posted by: Tomas Reilly at May 3, 2026 09:12 AM</p></div>`;
    expect(authorsOf(comments)).toEqual([]);
  });

  it('a byline that names the site gives way to the author the page declares', () => {
    const head = `<meta property="og:site_name" content="Valley Remodel">${LD('Ida Brandt')}`;
    expect(authorsOf('<p>By Valley Remodel</p>', head)).toEqual(['Ida Brandt']);
  });
});

describe('parseDate: the forms old pages print', () => {
  it.each([
    ['29 March, 2031', '2031-03-29'],
    ['Saturday 29th March, 2031 (HNS)', '2031-03-29'],
    ['Harlow, 2031 edition, March 4, 2031', '2031-03-04'],
    ['Copyright 2031 Harlow Courier, updated March 4, 2031', '2031-03-04'],
    ['Last updated at 8:37 AM on 18/03/31', '2031-03-18'],
    ['Posted 03/18/31', '2031-03-18'],
    ['07.03.31 00:09', '2031-03-07'],
    ['Ana Lowe, 10.06.31, 6:20 PM ET', '2031-10-06'],
    ['Version 2.5.10 released', null],
  ])('%s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('reads an ambiguous numeric date in the order the page shows elsewhere', () => {
    const lines = ['Posted 9/11/2031 at 2:36 pm', 'Posted 9/23/2031 at 5:01 pm', 'Posted 10/17/2031 at 8:40 am'];
    expect(numericOrder(lines)).toBe('month');
    expect(parseDate('Posted 9/11/2031 at 2:36 pm', numericOrder(lines))).toBe('2031-09-11');
    expect(numericOrder(['Posted 23/09/2031', 'Posted 9/11/2031'])).toBe('day');
    expect(numericOrder(['Posted 9/11/2031'])).toBeNull();
  });
});

describe('parseDate: more forms, and the months named in other languages', () => {
  it.each([
    ['Thu, 2031-03-13 15:17.', '2031-03-13'],
    ['Published: 8-Mar-2031', '2031-03-08'],
    ['Thursday, 13, March, 2031, 09:14', '2031-03-13'],
    ['20:20, Mar 29 2031', '2031-03-29'],
    ['13:36, March 28, 2031', '2031-03-28'],
    ['2031/03/14 13:46', '2031-03-14'],
    ['Sat 2031/3/14 02:27 JST', '2031-03-14'],
    ['Publié le 4 mars 2031 à 10h30', '2031-03-04'],
    ['1er août 2031', '2031-08-01'],
    ['Von Ana Lowe publiziert am 12. März 2031', '2031-03-12'],
    ['3 de marzo de 2031', '2031-03-03'],
    ['Dipublikasikan 14 Maret 2031', '2031-03-14'],
    ['الأحد 14 مارس 2031', '2031-03-14'],
    ['14 آذار 2031', '2031-03-14'],
    ['السبت، 14 مارس/آذار 2031 - 10:30 ص', '2031-03-14'],
    ['14 كانون الثاني 2031', '2031-01-14'],
    ['14 كانون الأول 2031', '2031-12-14'],
    ['١٤ مارس ٢٠٣١', '2031-03-14'],
    ['نشر في ٢٠٣١/٠٣/١٤', '2031-03-14'],
    ['20:20, Mar 2031', null],
    ['Ticket 3031/03/14', null],
    ['Harlow 12 2031', null],
    ['seit 14 Jahren, 2031', null],
    ['Page 14 de 2031', null],
  ])('%s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it("reads the date by the story before a date below it, which may be a related story's card", () => {
    const meta = storyMetadata({
      bodyLines: ['The port will spend 340 million crowns, the authority said.', 'Ferry fares to rise', '2031/12/20'],
      bodyEnd: 1,
      leadLines: ['Harlow Courier - 2031/4/29'],
    });
    expect(meta.published).toBe('2031-04-29');
  });
});

describe('readMetadata: the date in a byline or beside a weekday', () => {
  const publishedOf = (lines: string[]): string | null => storyMetadata({ bodyLines: lines }).published;

  it.each([
    ['By Ana Lowe and Ivo Brand on Monday, March 3rd, 2031 at 11:08 a.m.', '2031-03-03'],
    ['Posted by Ivo Brand on July 15, 2031 | Permalink', '2031-07-15'],
    ['Ana Lowe in Harlow Tuesday March 4, 2031 The Harlow Courier', '2031-03-04'],
    ['By The Tarn Valley Press Tuesday, March 4, 2031', '2031-03-04'],
    ['October 29, 2031 10:14 AM PDT Follow @lenaortiz_harlow', '2031-10-29'],
    ['06 November 2031 by Dana Reyes Discuss (0)', '2031-11-06'],
  ])('%s', (line, iso) => {
    expect(publishedOf([line])).toBe(iso);
  });

  it("not a story's sentence that dates an event on a weekday", () => {
    expect(publishedOf(['The mayor, who was 81, died at home on Wednesday, March 5, 2031.'])).toBeNull();
    expect(publishedOf(['March 5, 2031 was the day the last ferry left Harlow.'])).toBeNull();
  });
});

describe('readMetadata: the headline with a date beside it', () => {
  it('is no source line: the page names no publisher, but the date is read', () => {
    const meta = storyMetadata({
      body: `<div><span class="storyheading">Port to deepen its channel</span><span>Friday, 14 March, 2031</span></div>
      <div class="text"><p>The port will spend 340 million crowns, the authority said.</p></div>`,
    });
    expect(meta.title).toBe('Port to deepen its channel');
    expect(meta.publisher).toBeNull();
    expect(meta.published).toBe('2031-03-14');
  });
});

describe('readMetadata: a line that names the wire by the story', () => {
  /** The publisher of a story on the site "Harlow Courier", with these lines above it and these opening it. */
  function publisherOf(leadLines: string[], storyLines: string[] = []): string | null {
    const story = [...storyLines, 'The port will spend 340 million crowns, the authority said.'];
    return storyMetadata({
      title: 'Port to deepen channel',
      head: '<meta property="og:site_name" content="Harlow Courier">',
      bodyLines: story,
      storyLines: story,
      leadLines,
    }).publisher;
  }

  it.each([
    [['The Associated Press'], [], 'Associated Press'],
    [['Reuters - March 4, 2031'], [], 'Reuters'],
    [['Published March 4, 2031', 'Article from: Agence France-Presse'], [], 'AFP'],
    [['Tue, 4 Mar 2031 2:59pm , Harlow , Reuters'], [], 'Reuters'],
    [['Associated Press / March 4, 2031'], [], 'Associated Press'],
    [[], ['Harlow, AFP:'], 'AFP'],
    [[], ['HARLOW, Tarnia (AFP)'], 'AFP'],
    [[], ['Port to deepen its channelby Ana LoweHARLOW (AFP)© 2031 AFPPorts-harbours'], 'AFP'],
  ])('%j above, %j opening the story', (leadLines, storyLines, wire) => {
    expect(publisherOf(leadLines, storyLines)).toBe(wire);
  });

  it.each([
    [['ANA LOWE | REUTERS'], []],
    [['Ana Lowe/Reuters'], []],
    [['Lowe/Reuters - March 4, 2031'], []],
    [['Ana Lowe / Reuters'], []],
    [['Ana Lowe, Reuters'], []],
    [['Ana Lowe, Reuters: pictures'], []],
    [['Ana Lowe/Reuters / March 4, 2031'], []],
    [['Ana Lowe, Associated Press'], []],
    [['Image copyright AFP'], []],
    [['REUTERS'], []],
    [['AP'], []],
    [['45. UPI Payment App'], []],
    [[], ['The dock opened in 1931.', 'It was rebuilt twice.', 'Cranes were added later.', 'The Associated Press']],
  ])("not a picture's credit or a list's line: %j above, %j in the story", (leadLines, storyLines) => {
    expect(publisherOf(leadLines, storyLines)).toBe('Harlow Courier');
  });
});

describe("readMetadata: the date of the page's WebPage object", () => {
  function publishedOf(objects: object[], lines: string[] = []): string | null {
    const graph = JSON.stringify({ '@context': 'https://schema.org', '@graph': objects });
    return storyMetadata({ head: `<script type="application/ld+json">${graph}</script>`, bodyLines: lines }).published;
  }

  it('where the page declares no article', () => {
    const page = { '@type': 'WebPage', datePublished: '2031-03-04T09:00:00+00:00' };
    expect(publishedOf([{ '@type': 'WebSite', name: 'Harlow Courier' }, page])).toBe('2031-03-04T09:00:00+00:00');
    expect(publishedOf([page], ['Updated March 9, 2031'])).toBe('2031-03-04T09:00:00+00:00');
  });

  it("not over the article's own", () => {
    const page = { '@type': 'WebPage', datePublished: '2031-03-04T09:00:00+00:00' };
    const article = { '@type': 'NewsArticle', datePublished: '2031-03-05T10:00:00+00:00' };
    expect(publishedOf([page, article])).toBe('2031-03-05T10:00:00+00:00');
  });
});

describe("siteNameOnly: a site's name as a reader knows it", () => {
  it.each([
    ['Harlow Blog - Ports, Ferries, Harbours and Tarn Valley News', 'Harlow Blog'],
    ['How to Plan a Kitchen Garden in Spring | Tarnby', 'Tarnby'],
    ['http://harlow-courier.example/', 'harlow-courier.example'],
    ['https://www.harlow-courier.example', 'harlow-courier.example'],
    ['The Harlow Courier', 'The Harlow Courier'],
    ['Harlow Courier - News', 'Harlow Courier - News'],
  ])('%s', (name, expected) => {
    expect(siteNameOnly(name)).toBe(expected);
  });

  it("is the publisher a page's site name gives", () => {
    const head = '<meta property="og:site_name" content="Harlow Blog - Ports, Ferries, Harbours and Tarn Valley News">';
    expect(storyMetadata({ head }).publisher).toBe('Harlow Blog');
  });
});

describe('readMetadata: a date and a time closing a line, a date and a byline closed with a full stop', () => {
  const publishedWith = (line: string): string | null =>
    storyMetadata({ bodyLines: [line, 'The port will spend 340 million crowns, the authority said.'] }).published;

  it.each([
    ['Ferry service resumes 11/03/2031 - 2:35:41 PM', '2031-03-11'],
    ['Submitted by harbourfan on March 4, 2031 - 3:03pm', '2031-03-04'],
    ['16th Jan 2031, 09:28am by Dana Reyes.', '2031-01-16'],
  ])('"%s"', (line, date) => {
    expect(publishedWith(line)).toBe(date);
  });

  it.each([
    'The ferry left Harlow on 4 March 2031, 10:15, the port said.',
    'March 4, 2031 was the day the ferry stopped.',
  ])('not a sentence of the story: "%s"', (line) => {
    expect(publishedWith(line)).toBeNull();
  });
});
