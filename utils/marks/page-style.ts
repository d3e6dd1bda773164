// Puts our own CSS (never page-derived) into the page's document scope without touching its markup: a
// constructed stylesheet in `document.adoptedStyleSheets`, or, where that is missing, a <style> inside our host.
import type { Undo } from './undo';

/**
 * Adds `css` to the document's styles; the Undo takes it away again.
 *
 * Firefox content scripts see the page through Xray wrappers: a sheet built with the content script's own
 * `CSSStyleSheet` cannot be adopted by the page's document, and assigning a content-script array to
 * `adoptedStyleSheets` throws. Constructing the sheet with the document's own window constructor and
 * `push`-ing it onto the page's observable array works in both browsers (checked in tests/e2e/onpage).
 */
export function addPageStyle(doc: Document, css: string, fallbackParent: Node | null, feature = ''): Undo {
  const adopted = adoptSheet(doc, css);
  if (adopted) return adopted;
  const style = doc.createElement('style');
  // The feature whose rules these are (entrypoints/content/on-page/features.ts), to tell them apart.
  style.dataset.slStyle = feature;
  style.textContent = css;
  (fallbackParent ?? doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}

/** Whether styles go in as adopted sheets (no element at all) in this document. */
export function canAdoptSheets(doc: Document): boolean {
  const view = doc.defaultView;
  return !!view && 'adoptedStyleSheets' in doc && typeof view.CSSStyleSheet === 'function';
}

function adoptSheet(doc: Document, css: string): Undo | null {
  if (!canAdoptSheets(doc)) return null;
  try {
    const view = doc.defaultView as Window & typeof globalThis;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets.push(sheet);
    if (!doc.adoptedStyleSheets.includes(sheet)) return null;
    return () => {
      const list = doc.adoptedStyleSheets;
      const index = list.indexOf(sheet);
      if (index >= 0) list.splice(index, 1);
    };
  } catch {
    return null;
  }
}
