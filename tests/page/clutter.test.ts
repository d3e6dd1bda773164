import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze-page';

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
      ['related', 'First other story wi'],
      ['related', 'Second other story w'],
    ]);
    for (const item of clutter) {
      expect(item.element.contains(article?.root ?? null)).toBe(false);
      for (const block of article?.blocks ?? []) expect(item.element.contains(block.element)).toBe(false);
    }
  });
});
