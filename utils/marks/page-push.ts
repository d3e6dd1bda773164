// Makes room for the sidebar by pushing the page: one page rule giving <html> a margin at the end of its lines
// (right, or left on a right-to-left page: where the sidebar sits), so the article stays readable beside it. No attribute or inline style of the page changes; the Undo removes the rule.
import { addPageStyle } from './page-style';
import type { Undo } from './undo';

export function pushPage(doc: Document, widthPx: number, fallbackParent: Node | null): Undo {
  const css = `html{margin-inline-end:${Math.max(0, Math.round(widthPx))}px!important;}`;
  return addPageStyle(doc, css, fallbackParent);
}
