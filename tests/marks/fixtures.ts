// Small hand-built pages and blocks for the marks tests: real sentences, markup inside the sentences, and
// whitespace the text model collapses, so that span→range mapping is exercised through the real TextModel.
import type { BlockKind } from '../../utils/analysis/types';
import { createTextModel } from '../../utils/page/text-model';
import type { DomBlock } from '../../utils/page/types';

export const ARTICLE_HTML = `<!DOCTYPE html><html lang="en"><head><title>Test</title></head><body>
<header class="site"><a href="/">Daily</a></header>
<main><article id="story">
<h1>Islamic State eyes comeback</h1>
<p id="p1">Islamic State has begun to reactivate cells, <b>five Iraqi officials</b>   told Reuters.</p>
<p id="p2" style="color: red;">IS claimed responsibility for 38 attacks in Iraq and Syria, the <a href="/d">data shows</a>.</p>
<p id="p3">Abu Qasra said on December 2 that  the group had some 9,000 fighters.</p>
</article>
<aside id="related"><h2>Related</h2><ul><li>US boosts evacuations</li><li>Security Council meets</li></ul></aside>
<div class="promo" style="margin:0">Try Our AI Features</div>
</main></body></html>`;

export function loadArticle(): { doc: Document; blocks: DomBlock[] } {
  document.open();
  document.write(ARTICLE_HTML);
  document.close();
  const blocks = ['p1', 'p2', 'p3'].map((id) => block(document.getElementById(id) as Element, 'paragraph'));
  return { doc: document, blocks };
}

function block(element: Element, kind: BlockKind): DomBlock {
  const model = createTextModel(element);
  return { text: model.text, kind, element, model };
}

/** The [start, end) span of `needle` in block `index`'s text. */
export function spanOf(
  blocks: readonly DomBlock[],
  index: number,
  needle: string,
): {
  block: number;
  start: number;
  end: number;
} {
  const text = blocks[index]?.text ?? '';
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in block ${index}: ${text}`);
  return { block: index, start, end: start + needle.length };
}

export function markup(): string {
  return document.documentElement.outerHTML;
}
