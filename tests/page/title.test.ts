// The headline as the page shows it (utils/page/title.ts), on pages written for these tests: the heading near
// the body that the page's titles repeat, not the site's name, a section label or a box around the byline.
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../utils/page/metadata';
import { indexPage } from '../../utils/page/page-index';

const BODY = `<div class="story">
  <p>The county council voted on Tuesday to close the old ferry terminal, ending a service that ran for ninety years.</p>
  <p>Officials said a new bridge, opened in the spring, had taken most of the traffic, and the ferry lost money.</p>
</div>`;

function titleOf(head: string, body: string, documentTitle = ''): string {
  const doc = document.implementation.createHTMLDocument(documentTitle);
  doc.head.insertAdjacentHTML('beforeend', head);
  doc.body.innerHTML = body;
  const root = doc.querySelector('.story') as Element;
  // The body's blocks as extraction gives them: its children, each with its text.
  const leadBlocks = [...root.children].slice(0, 5).map((element) => ({ element, text: element.textContent ?? '' }));
  return readMetadata(doc, indexPage(doc), { root, firstBlock: root.firstElementChild, bodyLines: [], leadBlocks })
    .title;
}

describe('the headline', () => {
  it.each([
    [
      "the nearest heading <title> repeats, not the site's name in an h1 that it repeats too",
      '',
      `<h1>The Valley Courier</h1><nav><a href="/">Home</a></nav><h2>Council closes the ferry terminal after ninety years</h2>${BODY}`,
      'The Valley Courier: Council closes the ferry terminal after ninety years',
      'Council closes the ferry terminal after ninety years',
    ],
    [
      'the heading og:title repeats, though the body found starts above it',
      '<meta property="og:title" content="Council closes the ferry terminal after ninety years">',
      `<div class="story"><p>A standfirst long enough to be taken for the first paragraph of the story, as some pages print it above the headline.</p><h1>Council closes the ferry terminal after ninety years</h1><p>The county council voted on Tuesday to close the old ferry terminal.</p></div>`,
      '',
      'Council closes the ferry terminal after ninety years',
    ],
    [
      'a bold line that <title> repeats, on a page with no headings',
      '',
      `<table><tr><td><font size="4"><b>Council closes the ferry terminal</b></font><br>${BODY}</td></tr></table>`,
      'Valley Courier > Local News > Council closes the ferry terminal',
      'Council closes the ferry terminal',
    ],
    [
      "not a share panel's heading inside a closed <dialog>, which the page does not show",
      '<meta property="og:title" content="Council closes the ferry terminal after ninety years">',
      `<div><button>Share</button><dialog><h1>Select an option</h1><ul><li>Copy link</li></ul></dialog></div>${BODY}`,
      'Council closes the ferry terminal after ninety years · Valley Courier',
      'Council closes the ferry terminal after ninety years',
    ],
    [
      'the h1 headline over a nearer one-word section label',
      '<meta property="og:title" content="Council closes the ferry terminal | Valley Courier">',
      `<h1>Council closes the ferry terminal</h1><h2>Local</h2>${BODY}`,
      'Council closes the ferry terminal | Valley Courier',
      'Council closes the ferry terminal',
    ],
    [
      'without the date a page prints in the heading',
      '',
      `<h1>Wednesday, 09 March 2011 Council closes the ferry terminal</h1>${BODY}`,
      '',
      'Council closes the ferry terminal',
    ],
    [
      "<title> without the site's name when no heading qualifies",
      '<meta property="og:site_name" content="Valley Courier">',
      BODY,
      'Council closes the ferry terminal | Valley Courier',
      'Council closes the ferry terminal',
    ],
    [
      'og:title without a trailing web address, its own colon kept',
      '<meta property="og:title" content="Ferries: the council closes the terminal - valleycourier.com">',
      BODY,
      '',
      'Ferries: the council closes the terminal',
    ],
    [
      'the headline inside a title box, not the box with the byline and the date',
      '<meta property="og:title" content="Council closes the ferry terminal">',
      `<div class="article-title-wrap"><h1>Council closes the ferry terminal</h1><span>By Dana Reyes</span> <span>March 9, 2011</span></div>${BODY}`,
      '',
      'Council closes the ferry terminal',
    ],
    [
      'not a one-word tag that a declared title happens to contain',
      '<meta property="og:title" content="Ferry terminal closes after ninety years">',
      `<h1>Ferry terminal closes after ninety years</h1><div class="tags"><strong>ferry</strong></div>${BODY}`,
      '',
      'Ferry terminal closes after ninety years',
    ],
    [
      "the body's first line when <title> is only the site's name",
      '',
      `<div class="story"><div>Council closes the ferry terminal after ninety years</div>${BODY.replace('<div class="story">', '<div>')}</div>`,
      'The Valley Courier - Local News',
      'Council closes the ferry terminal after ninety years',
    ],
    [
      'a line marked as the headline when the page declares no title',
      '',
      `<table><tr><td><h3>Local</h3><span class="story-headline">Council closes the ferry terminal</span></td></tr></table>${BODY}`,
      'The Valley Courier',
      'Council closes the ferry terminal',
    ],
    [
      'the declared title over a heading that does not repeat it (a search box)',
      '<meta property="og:title" content="Council closes the ferry terminal - Valley Courier"><meta property="og:site_name" content="Valley Courier">',
      `<form><label>Search</label></form><h2>What are you looking for?</h2>${BODY}`,
      '',
      'Council closes the ferry terminal',
    ],
    [
      'the heading that holds most of <title>, over a section heading it repeats too',
      '',
      `<h2>Valley Courier Local News</h2><p>Menu</p><h3>Council closes the ferry terminal after ninety years</h3>${BODY}`,
      'Valley Courier Local News : Council closes the ferry terminal after ninety years',
      'Council closes the ferry terminal after ninety years',
    ],
    [
      'without the date and time printed after the headline',
      '',
      `<h2>Council closes the ferry terminal 2026-03-09 17:15:00.0</h2>${BODY}`,
      'Council closes the ferry terminal',
      'Council closes the ferry terminal',
    ],
    [
      'never a heading that is only a date',
      '',
      `<h1>valleycourier.com</h1><h2 class="date">March 9, 2026</h2>${BODY}`,
      'Council closes the ferry terminal | valleycourier.com',
      'Council closes the ferry terminal',
    ],
    [
      "an h1 that shows <title> less the site's name, though the body found starts far below it",
      '',
      `<h1>Council closes the ferry terminal</h1><p>${'Navigation and promotions. '.repeat(70)}</p><div class="story"><div>Related to this story</div>${BODY.replace('<div class="story">', '<div>')}</div>`,
      'Council closes the ferry terminal - Local News - Valley Courier',
      'Council closes the ferry terminal',
    ],
  ])('%s', (_name, head, body, documentTitle, expected) => {
    expect(titleOf(head, body, documentTitle)).toBe(expected);
  });
});

/** Share links as old pages print them: each carries this page's address and its headline. */
function shareLinks(title: string, count = 3): string {
  const encoded = encodeURIComponent(title);
  const page = encodeURIComponent('https://courier.example/local/ferry-terminal');
  const sites = ['bookmarks.example/post', 'votes.example/submit', 'links.example/share'];
  return sites
    .slice(0, count)
    .map((site) => `<li><a href="https://${site}?url=${page}&amp;title=${encoded}">Share</a></li>`)
    .join('');
}

describe('the headline on pages whose <title> names only the site', () => {
  it.each([
    [
      'the line before the body that the share links name, in an element no selector knows',
      '',
      `<ul class="share">${shareLinks('Council closes the ferry terminal')}</ul><div class="mx"><div class="sx">Council closes the ferry terminal</div></div>${BODY}`,
      '',
      'Council closes the ferry terminal',
    ],
    [
      'the share links name the story over an image caption that opens the body',
      '',
      `<ul>${shareLinks('Council closes the ferry terminal')}</ul><div class="hd">Council closes the ferry terminal</div><div class="story"><div class="cap">The last ferry leaves the old terminal at dusk</div><p>The county council voted on Tuesday to close the old ferry terminal, ending a service that ran for ninety years.</p><p>Officials said a new bridge, opened in the spring, had taken most of the traffic.</p></div>`,
      '',
      'Council closes the ferry terminal',
    ],
    [
      'an h1 after the photo that opens the body, which the share links name, over the section names of <title>',
      '',
      `<ul>${shareLinks('Council closes the ferry terminal')}</ul><div class="story"><p>A standfirst long enough to be taken for the first paragraph of the story, as some pages print it above the headline.</p><h1>Council closes the ferry terminal</h1><p>The county council voted on Tuesday to close the old ferry terminal.</p></div>`,
      'Courier > Local > News',
      'Council closes the ferry terminal',
    ],
    [
      'no <title> and no headline on the page: the title several share links carry',
      '',
      `<ul>${shareLinks('Council closes the ferry terminal')}</ul>${BODY}`,
      '',
      'Council closes the ferry terminal',
    ],
    [
      'a headline marked by a class that says "heading", where <title> is the site and its section',
      '',
      `<table><tr><td><span class="storyheading">Council closes the ferry terminal</span><br>${BODY}</td></tr></table>`,
      'Valley Courier for Harlow, Tarnby and the Lakes - Local News',
      'Council closes the ferry terminal',
    ],
    [
      'a headline in an element whose id says title',
      '',
      `<span id="main_articleTitle" class="label">Council closes the ferry terminal</span><br>${BODY}`,
      '',
      'Council closes the ferry terminal',
    ],
    [
      'a headline without the date and time printed in it, a time in brackets',
      '',
      `<p class="storyHeading">Council closes the ferry terminal <span>14 March 2031 (15:29)</span></p>${BODY}`,
      '',
      'Council closes the ferry terminal',
    ],
    [
      'a headline without the date and time printed in it, a country in brackets after the time',
      '',
      `<p class="storyHeading">Council closes the ferry terminal <span>14/03/2031 11:27 - (HL)</span></p>${BODY}`,
      '',
      'Council closes the ferry terminal',
    ],
    [
      'the part of <title> that the share links name, where the headline stands inside the body',
      '',
      `<ul>${shareLinks('Council closes the ferry terminal')}</ul><h3>Local</h3><div class="story"><p><b>Council closes the ferry terminal</b> The county council voted on Tuesday to close the old ferry terminal, ending a service that ran for ninety years.</p><p>Officials said a new bridge had taken most of the traffic.</p></div>`,
      'Harlow, The Valley Courier: Local | Council closes the ferry terminal',
      'Council closes the ferry terminal',
    ],
    [
      "<title> less the site's name, not the part that holds a one-word section heading's word",
      '',
      `<h3>Local</h3>${BODY}`,
      'Harlow Courier Local | Council closes the old ferry terminal after ninety years',
      'Council closes the old ferry terminal after ninety years',
    ],
    [
      '<title> without a web address run into it with a colon',
      '',
      BODY,
      'Courier.example.com: Council closes the ferry terminal',
      'Council closes the ferry terminal',
    ],
    [
      "the headline at the story's door, not the site's banner far above it that <title> repeats",
      '',
      `<center><b>Courier News Service</b></center><p>${'Home | Local | Sport | Business | Weather | Letters | '.repeat(8)}</p><div class="story"><p>Council closes the ferry terminal</p><p>The county council voted on Tuesday to close the old ferry terminal, ending a service that ran for ninety years.</p><p>Officials said a new bridge, opened in the spring, had taken most of the traffic.</p></div>`,
      'The Valley Courier News Service',
      'Council closes the ferry terminal',
    ],
    [
      'a headline in a page-wide <form> (old server frameworks wrap the whole page in one), under its byline',
      '',
      `<form id="page"><div class="search"><h2>Search the archive</h2><input name="q"></div><span id="main_articleTitle">Council closes the ferry terminal</span><br><span class="headline">By Dana van Reyes</span><br><span class="headline">Courier - March 9, 2031</span><br>${BODY}</form>`,
      '',
      'Council closes the ferry terminal',
    ],
    [
      'an h3 over a wire line and a byline, where <title> is a name no heading or link repeats',
      '',
      `<aside><h3>More on this story</h3><h4><a href="/a">Ferry fares to rise</a></h4></aside><h3>Council closes the ferry terminal after ninety years</h3><div><span>Associated Press</span> <span>35 minutes ago</span></div><p>By Dana Reyes and Ivo Brand</p>${BODY}`,
      'The Daily Sweep',
      'Council closes the ferry terminal after ninety years',
    ],
    [
      "an h3 over its source's name and a byline, not the source's name under it",
      '',
      `<aside><h3>More on this story</h3><h4><a href="/a">Ferry fares to rise</a></h4></aside><h3>Council closes the ferry terminal after ninety years</h3><div><span>Harlow Wire Service</span> <span>35 minutes ago</span></div><p>By Dana Reyes and Ivo Brand</p>${BODY}`,
      'The Daily Sweep',
      'Council closes the ferry terminal after ninety years',
    ],
    [
      "an h3 over a byline and a date line, where <title> is the name the site's link home prints",
      '',
      `<header><a href="/">Valley Courier</a></header><h3>Council closes the ferry terminal after ninety years</h3><div><span>Courier staff</span> <span>2 hours ago</span></div><p>By Dana Reyes and Ivo Brand, with reporting from the harbour office</p>${BODY}`,
      'Valley Courier',
      'Council closes the ferry terminal after ninety years',
    ],
    [
      "a bold line over the byline at the story's door, not <title>, the section's name",
      '',
      `<table><tr><td>Local news</td><td>Friday, Mar 14, 2031</td></tr><tr><td><font class="big">Council closes the ferry terminal</font></td></tr><tr><td>By Courier Staff</td></tr></table>${BODY}`,
      'Harlow Local News and Weather',
      'Council closes the ferry terminal',
    ],
    [
      'a headline with the date and time printed after it, a comma after the day',
      '',
      `<table><tr><td class="story-title">Council closes the ferry terminal <span>Thursday, 13, March, 2031, 09:14</span></td></tr></table>${BODY}`,
      '',
      'Council closes the ferry terminal',
    ],
    [
      'the heading in a title box, not the box with a label after it',
      '',
      `<div class="title-box"><h1>Council closes the old ferry terminal after ninety years</h1> Last Update: <span>3/9/2031 11:25 am</span></div>${BODY}`,
      'Council closes the old ferry terminal after ninety years | Valley Courier',
      'Council closes the old ferry terminal after ninety years',
    ],
    [
      "a press release's headline that <title> repeats, after its contact lines at the top of the body",
      '',
      `<div class="story"><p>Media contact: Dana Reyes, dana.reyes@courier.example</p><p>Public enquiries: 0100 555 0199</p><p>Council closes the ferry terminal after ninety years</p><p>The county council voted on Tuesday to close the old ferry terminal, ending a service that ran for ninety years.</p><p>Officials said a new bridge, opened in the spring, had taken most of the traffic.</p></div>`,
      'Council closes the ferry terminal after ninety years',
      'Council closes the ferry terminal after ninety years',
    ],
    [
      "the first line under a section's one-word h1, the headline by its place",
      '',
      `<h1>Sport</h1><div class="story"><div>Harlow rowers win the valley cup again</div>${BODY.replace('<div class="story">', '<div>')}</div>`,
      'Sport - Valley Courier',
      'Harlow rowers win the valley cup again',
    ],
    [
      'a headline in an element no selector names, over a source and the time since it was posted and a byline',
      '',
      `<div class="x1"><a href="/">The Daily Harlow</a></div><div class="x2">Council closes the ferry terminal</div><div class="x3"><span>AFP</span> <span>2 hours ago</span></div><div class="x4">By Dana Reyes</div>${BODY}`,
      'The Daily Harlow',
      'Council closes the ferry terminal',
    ],
    [
      'a headline in an element no selector names, over a dateline with a slash after the source',
      '',
      `<div class="x1"><a href="/">The Daily Harlow</a></div><div class="x2"><b>Council closes the ferry terminal</b></div><div class="x3">Associated Press / 2031-03-14</div><div class="x4">By Dana Reyes</div>${BODY}`,
      'The Daily Harlow',
      'Council closes the ferry terminal',
    ],
    [
      "a headline in an element no selector names, over a long wire's name, the time since posting and two writers",
      '',
      `<div class="x1"><a href="/">The Daily Harlow</a></div><div class="x2">Council closes the ferry terminal</div><div class="x3">Valley Courier News Service · 2 hours ago</div><div class="x4">By Dana Reyes and Ivo Brand</div>${BODY}`,
      'The Daily Harlow',
      'Council closes the ferry terminal',
    ],
    [
      'an Arabic headline over the source, the time since it was posted and an Arabic byline',
      '',
      `<div class="x1"><a href="/">نبض الأخبار</a></div><div class="x2">المجلس يغلق محطة العبارات بعد تسعين عاماً</div><div class="x3">رويترز منذ ساعتين</div><div class="x4">بقلم ريم حداد وسامر العلي</div>${BODY}`,
      'نبض الأخبار',
      'المجلس يغلق محطة العبارات بعد تسعين عاماً',
    ],
    [
      'the headline over a numeric date line and a byline, not the date line',
      '',
      `<div class="x2">Council closes the ferry terminal</div><div class="x3">14-03-2031</div><div class="x4">By Dana Reyes</div>${BODY}`,
      'The Daily Harlow',
      'Council closes the ferry terminal',
    ],
    [
      'the headline over the source line, not the source line over the byline',
      '',
      `<div class="x2">Council closes the ferry terminal</div><div class="x3">AFP 4 hours ago</div><div class="x4">By Dana Reyes</div>${BODY}`,
      'The Daily Harlow',
      'Council closes the ferry terminal',
    ],
    [
      'a line in an element no selector names that <title> repeats, over the first line of the body that it does not',
      '',
      `<div class="hd">Council closes the ferry terminal</div><div class="story"><p>The terminal has stood since 1931</p><p>The county council voted on Tuesday to close the old ferry terminal, ending a service that ran for ninety years.</p><p>Officials said a new bridge, opened in the spring, had taken most of the traffic.</p></div>`,
      'Council closes the ferry terminal | Valley Courier',
      'Council closes the ferry terminal',
    ],
    [
      "the body's first line, not a section's name far above it in an element no selector names that <title> repeats",
      '',
      `<div class="sec">Lifestyle and Leisure Pages</div><p>${'Home | Local | Sport | Business | Weather | '.repeat(4)}</p><div class="story"><p>Council closes the ferry terminal</p><p>The county council voted on Tuesday to close the old ferry terminal, ending a service that ran for ninety years.</p><p>Officials said a new bridge, opened in the spring, had taken most of the traffic.</p></div>`,
      'Valley Courier - Lifestyle and Leisure Pages',
      'Council closes the ferry terminal',
    ],
    [
      'the h1 that <title> repeats, over a nearer caption it repeats as well',
      '',
      `<h1>Council closes the ferry terminal</h1><p>Share:</p><p><img src="t.jpg" alt=""><i>Council closes the old ferry terminal</i></p>${BODY}`,
      'Council closes the ferry terminal - Valley Courier',
      'Council closes the ferry terminal',
    ],
  ])('%s', (_name, head, body, documentTitle, expected) => {
    expect(titleOf(head, body, documentTitle)).toBe(expected);
  });

  it.each([
    [
      'the title that one link carries, on a page with no <title>: another story or the blog, not this page',
      `<ul>${shareLinks('Tarn Valley Notes', 1)}</ul>${BODY}`,
      '',
      'Tarn Valley Notes',
    ],
    [
      'the title that links to a topic carry, with no page address',
      `<p><a href="/topics?t=Ana+Lowe">Ana Lowe</a> <a href="/topics?t=Ana+Lowe">More on her</a></p>${BODY}`,
      '',
      'Ana Lowe',
    ],
    [
      'a caption in a cell marked "headings", which begins with a dash',
      `<table><tr><td class="contentheadings"><img src="x.jpg" alt=""> - the last ferry at the old terminal</td></tr></table>${BODY}`,
      'Valley Courier: Council closes the ferry terminal',
      '- the last ferry at the old terminal',
    ],
    [
      'a label marked "heading" that ends with a colon',
      `<div class="toolheading">Share this story:</div>${BODY}`,
      'Valley Courier: Council closes the ferry terminal',
      'Share this story:',
    ],
    [
      'a dateline marked "heading": a date, a time, a zone and an agency',
      `<span class="headingdate">14 Mar 2031, 0900 hrs HST, TNA</span>${BODY}`,
      'Valley Courier: Council closes the ferry terminal',
      '14 Mar 2031, 0900 hrs HST, TNA',
    ],
    [
      "a section's label of two words over the byline, where <title> is the name the site's link home prints",
      `<header><a href="/">Valley Courier</a></header><h3>Local news</h3><div><span>Courier staff</span> <span>2 hours ago</span></div><p>By Dana Reyes and Ivo Brand, with reporting from the harbour office</p>${BODY}`,
      'Valley Courier',
      'Local news',
    ],
    [
      'a subheading at the door over the h1 headline far above it that <title> repeats',
      `<h1>Council closes the ferry terminal</h1><p>${'A standfirst that runs on above the story, as some pages print one under the headline. '.repeat(5)}</p><h2>Ninety years of crossings</h2><div class="story"><p>The county council voted on Tuesday to close the old ferry terminal, ending a service that ran for ninety years.</p><p>Officials said a new bridge had taken most of the traffic.</p></div>`,
      'Council closes the ferry terminal',
      'Ninety years of crossings',
    ],
    [
      'a time line over the byline at the door, under the headline',
      `<p><b>Council closes the ferry terminal</b></p><h5>04:52 PM PST on Friday, March 14</h5><div>By Dana Reyes</div>${BODY}`,
      'The Valley Courier',
      '04:52 PM PST on Friday, March 14',
    ],
    [
      "a later line of the body that only the site's part of <title> repeats",
      `<h3>Ferry terminal closes</h3><div class="story"><p>"We will miss the crossing," one rider said</p><p>More Valley Courier Notes from the Harlow Lakes</p><p>The county council voted on Tuesday to close the old ferry terminal, ending a service that ran for ninety years.</p><p>Officials said a new bridge, opened in the spring, had taken most of the traffic.</p></div>`,
      'Valley Courier Notes from the Harlow Lakes: Ferry terminal closes',
      'More Valley Courier Notes from the Harlow Lakes',
    ],
  ])('not %s', (_name, body, documentTitle, notExpected) => {
    expect(titleOf('', body, documentTitle)).not.toBe(notExpected);
  });
});
