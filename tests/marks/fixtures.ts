// Small hand-built pages and blocks for the marks tests: news-like sentences (invented: places, people and
// figures made up), markup inside the sentences, and whitespace the text model collapses, so that span→range
// mapping is exercised through the real TextModel.
import type { BlockKind } from '../../utils/analysis/types';
import { createTextModel } from '../../utils/page/text-model';
import type { DomBlock } from '../../utils/page/types';

export const ARTICLE_HTML = `<!DOCTYPE html><html lang="en"><head><title>Test</title></head><body>
<header class="site"><a href="/">Daily</a></header>
<main><article id="story">
<h1>Harlow ferries eye comeback</h1>
<p id="p1">Harlow ferries have begun to restore routes, <b>five Vellmark ports officials</b>   told the Courier.</p>
<p id="p2" style="color: red;">Zentro logged complaints about 38 sailings in Tarnby and Harlow, the <a href="/d">data shows</a>.</p>
<p id="p3">Ed Tarn said on October 21 that  the harbour had some 4,000 trawlers.</p>
</article>
<aside id="related"><h2>Related</h2><ul><li>US boosts evacuations</li><li>Security Council meets</li></ul></aside>
<div class="promo" style="margin:0">Read Smarter with Daily8 AI</div>
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
