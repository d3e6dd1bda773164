import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextModel } from '../../utils/page/text-model';

/** Blocks with the markup that real paragraphs have: nested inline tags, odd whitespace, entities, comments. */
const BLOCKS = [
  '<p>Plain   text\n with  a\tnewline.</p>',
  '<p>  <b>Bold</b>start, <a href="#">a <i>nested</i> link</a> and&nbsp;a&nbsp;space   </p>',
  '<p>"Quoted," she <em>said</em>.<!-- a comment --> Then <span> </span> <span>more</span>.</p>',
  '<p>Hidden <span hidden>never shown</span>words<span style="display: none">nope</span> stay.</p>',
  '<p>One<script>var x = "no";</script> two <style>p{}</style>three <template>t</template>four.</p>',
  '<div>\n  <p>  first paragraph  </p>\n\n  <p>second   paragraph </p>  tail text\n</div>',
  '<p>Arabic: قالت الوزارة ،  إن  <b>المحطة</b> جاهزة.</p>',
];

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The model's text of the Range between locate(start) and locate(end), as the DOM reads it. */
function rangeText(element: Element, start: number, end: number): string {
  const model = createTextModel(element);
  const from = model.locate(start, 'start');
  const to = model.locate(end, 'end');
  if (!from || !to) throw new Error('no text node');
  const range = element.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return collapse(range.toString());
}

describe('createTextModel', () => {
  it('reads visible text only, whitespace collapsed and trimmed', () => {
    const cases: [string, string][] = [
      [BLOCKS[0] as string, 'Plain text with a newline.'],
      [BLOCKS[1] as string, 'Boldstart, a nested link and a space'],
      [BLOCKS[3] as string, 'Hidden words stay.'],
      [BLOCKS[4] as string, 'One two three four.'],
      [BLOCKS[5] as string, 'first paragraph second paragraph tail text'],
    ];
    for (const [html, text] of cases) {
      document.body.innerHTML = html;
      expect(createTextModel(document.body.firstElementChild as Element).text).toBe(text);
    }
  });

  it('locates every offset so that a Range over [start, end) reads text.slice(start, end)', () => {
    for (const html of BLOCKS) {
      document.body.innerHTML = html;
      const element = document.body.firstElementChild as Element;
      const text = createTextModel(element).text;
      // Ranges over hidden and script text would read it too; the property holds for the visible blocks.
      if (/hidden|display: none|<script|<template/.test(html)) continue;
      fc.assert(
        fc.property(fc.nat(text.length), fc.nat(text.length), (a, b) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          expect(rangeText(element, start, end)).toBe(text.slice(start, end));
        }),
        { numRuns: 200 },
      );
    }
  });

  it('maps each character to the very character of its text node', () => {
    for (const html of BLOCKS) {
      document.body.innerHTML = html;
      const model = createTextModel(document.body.firstElementChild as Element);
      for (let i = 0; i < model.text.length; i++) {
        const at = model.locate(i, 'start');
        expect(at).not.toBeNull();
        const char = at?.node.data[at.offset] ?? '';
        if (model.text[i] === ' ') expect(char).toMatch(/\s/);
        else expect(char).toBe(model.text[i]);
      }
    }
  });

  it('keeps apart the lines of an inline element that a line break sets apart', () => {
    document.body.innerHTML = '<p><b><span>By ANNA LOWE<br>THE HARBOUR COURIER</span></b> and<br>more</p>';
    const element = document.body.firstElementChild as Element;
    const model = createTextModel(element);
    expect(model.text).toBe('By ANNA LOWE THE HARBOUR COURIER and more');
    for (const line of ['By ANNA LOWE', 'THE HARBOUR COURIER']) {
      const start = model.text.indexOf(line);
      expect(rangeText(element, start, start + line.length)).toBe(line);
    }
  });

  it('keeps apart two sentences that only an element between them sets apart', () => {
    // A line break drawn by the page's CSS (an empty span), a heading run into the next paragraph's text.
    document.body.innerHTML =
      '<div>It shrank with practice.<span class="br"></span>The brain can change, it said?<b>Several</b> agree.</div>';
    const element = document.body.firstElementChild as Element;
    const model = createTextModel(element);
    expect(model.text).toBe('It shrank with practice. The brain can change, it said? Several agree.');
    // Each sentence still maps onto its own characters on the page.
    for (const sentence of ['It shrank with practice.', 'The brain can change, it said?', 'Several agree.']) {
      const start = model.text.indexOf(sentence);
      expect(rangeText(element, start, start + sentence.length)).toBe(sentence);
    }
    // Not inside a sentence: an abbreviation, a name in capitals, a lower-case word, text with its own space.
    const kept: [string, string][] = [
      ['<p>the U.S.<b>Army</b> said</p>', 'the U.S.Army said'],
      ['<p>see example.<b>COM</b> now</p>', 'see example.COM now'],
      ['<p>it ended.<i>then</i> more</p>', 'it ended.then more'],
      ['<p>it ended. <i>Then</i> more</p>', 'it ended. Then more'],
    ];
    for (const [html, text] of kept) {
      document.body.innerHTML = html;
      expect(createTextModel(document.body.firstElementChild as Element).text).toBe(text);
    }
  });

  it('returns null for a block without text', () => {
    document.body.innerHTML = '<p>  <img alt="x">  </p>';
    expect(createTextModel(document.body.firstElementChild as Element).locate(0)).toBeNull();
  });
});
