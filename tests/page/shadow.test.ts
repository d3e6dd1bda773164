// Articles inside web components: the reader sees an open shadow root's content in place of its host's
// children, and the host's children where the shadow tree has a <slot> for them. Extraction, the text model and
// the strip read that order; a closed shadow root cannot be read and is not.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze-page';
import { extractArticle } from '../../utils/page/extract';

/** Paragraphs of a story written for this test. */
const STORY = [
  'The river authority said on Tuesday that the old weir above the mill town would be taken down next summer, ending a dispute with anglers that has lasted for more than a decade.',
  'Engineers told a public meeting that the weir, built to power a paper mill that closed in 1971, no longer held back enough water to matter for flood control downstream.',
  'Anglers had argued for years that the weir stopped salmon from reaching their spawning grounds, and a survey last autumn found almost no young fish above it.',
  'Residents near the mill asked whether the lower water would expose the old foundations, and the authority said it would pay for a survey of every house along the bank.',
  'The work is expected to take six weeks and will be done in late summer, when the river is at its lowest and the fewest fish are moving upstream.',
];
/** A paragraph the page puts in the light DOM and the component shows through its slot, between the others. */
const SLOTTED =
  'A spokesperson for the authority said the decision had been taken after three years of consultation with the town council, the anglers and the owners of the riverside houses.';

const HEAD = '<meta property="og:type" content="article">';

/** A page whose story is in the shadow root of a <news-story> element (open or closed). */
function componentPage(mode: 'open' | 'closed'): { doc: Document; host: Element } {
  const doc = document.implementation.createHTMLDocument('Weir to come down next summer');
  doc.head.insertAdjacentHTML('beforeend', HEAD);
  doc.body.innerHTML = `<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
    <main><h1>Weir to come down next summer</h1>
    <news-story class="story-promo"><p slot="quote">${SLOTTED}</p></news-story>
    <aside class="related"><h2>More news</h2><ul><li><a href="/a">Bridge repairs to finish in May</a></li>
    <li><a href="/b">New ferry timetable starts on Monday</a></li></ul></aside></main>`;
  const host = doc.querySelector('news-story') as Element;
  const shadow = host.attachShadow({ mode });
  shadow.innerHTML = `<div class="body">${STORY.slice(0, 2)
    .map((p) => `<p>${p}</p>`)
    .join('')}<slot name="quote"></slot>${STORY.slice(2)
    .map((p) => `<p>${p}</p>`)
    .join('')}</div>`;
  return { doc, host };
}

describe('articles in open shadow roots', () => {
  it('reads the story from the shadow root, with the slotted paragraph in its place', () => {
    const { doc } = componentPage('open');
    const extraction = extractArticle(doc);
    expect(extraction.isArticle).toBe(true);
    expect(extraction.article?.blocks.map((b) => b.text)).toEqual([...STORY.slice(0, 2), SLOTTED, ...STORY.slice(2)]);
  });

  it('maps the article text back to text nodes inside the shadow root (highlights can reach it)', () => {
    const { doc, host } = componentPage('open');
    const block = extractArticle(doc).article?.blocks[0];
    const at = block?.model.locate(block.text.indexOf('old weir'));
    expect(at?.node.data.slice(at.offset, at.offset + 'old weir'.length)).toBe('old weir');
    expect(at?.node.getRootNode()).toBe(host.shadowRoot);
  });

  it('never lists the host of the story as clutter, whatever its class says', () => {
    const { doc, host } = componentPage('open');
    const page = analyzePage(doc);
    expect(page.analysis.isArticle).toBe(true);
    expect(page.clutter.map((c) => c.kind)).toContain('related');
    for (const item of page.clutter) {
      expect(item.element.contains(host)).toBe(false);
      expect(item.element).not.toBe(host);
    }
  });

  it('does not read a closed shadow root: only the light DOM is there to read', () => {
    const { doc } = componentPage('closed');
    const text = extractArticle(doc).article?.blocks.map((b) => b.text) ?? [];
    expect(text.join(' ')).not.toContain('old weir');
  });
});
