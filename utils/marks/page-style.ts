// Puts our own CSS (never page-derived) into the page's document scope without touching its markup: a
// constructed stylesheet in `document.adoptedStyleSheets`, or, where that is missing, a <style> inside our host.
// A page's open shadow roots are style scopes of their own: the same rules go into each one that holds article
// text we mark or clutter we hide (`addShadowStyle`).
import type { Undo } from './undo';

/**
 * Adds `css` to the document's styles; the Undo takes it away again.
 *
 * Firefox content scripts see the page through Xray wrappers: a sheet built with the content script's own
 * `CSSStyleSheet` cannot be adopted by the page's document, and assigning a content-script array to
 * `adoptedStyleSheets` throws. The sheet is built with the document's own window constructor and pushed onto
 * the page's observable array (through the page's own object in Firefox, whose Xray has no `push`): checked in
 * tests/e2e/onpage.
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

/**
 * Adds `css` to one of the page's open shadow roots, whose elements the document's rules do not reach: an
 * adopted sheet, or, where that is missing, a <style> at the root's end. The Undo takes it away again.
 */
export function addShadowStyle(root: ShadowRoot, css: string, feature = ''): Undo {
  const adopted = adoptSheet(root.ownerDocument, css, root);
  if (adopted) return adopted;
  const style = root.ownerDocument.createElement('style');
  style.dataset.slStyle = feature;
  style.textContent = css;
  root.appendChild(style);
  return () => style.remove();
}

/** The open shadow root that `node` sits in (the innermost), or null for a node of the document itself. */
export function shadowRootOf(node: Node): ShadowRoot | null {
  const root = node.getRootNode();
  return root !== node.ownerDocument && 'host' in root && (root as ShadowRoot).mode === 'open'
    ? (root as ShadowRoot)
    : null;
}

/** What a Firefox content script reaches through an Xray wrapper: the page's own object behind it. */
type Waivable<T> = T & { wrappedJSObject?: T };
type Unwrap = <T>(value: T) => T;

/**
 * The scope's sheet list as something `push` and `splice` work on. Chromium: the list itself. Firefox: its Xray
 * wrapper has no array methods (Firefox 140), so the page's own list behind it, holding the page-side sheet.
 */
function sheetList(scope: Document | ShadowRoot, sheet: CSSStyleSheet): { list: CSSStyleSheet[]; item: CSSStyleSheet } {
  const own = scope.adoptedStyleSheets;
  if (typeof own.push === 'function') return { list: own, item: sheet };
  const waived = (scope as Waivable<Document | ShadowRoot>).wrappedJSObject;
  const unwrap = (globalThis as { XPCNativeWrapper?: { unwrap: Unwrap } }).XPCNativeWrapper?.unwrap;
  if (!waived || !unwrap) throw new Error('no way to adopt a sheet here');
  return { list: waived.adoptedStyleSheets, item: unwrap(sheet) };
}

function adoptSheet(doc: Document, css: string, scope: Document | ShadowRoot = doc): Undo | null {
  if (!canAdoptSheets(doc) || !('adoptedStyleSheets' in scope)) return null;
  try {
    const view = doc.defaultView as Window & typeof globalThis;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    const { list, item } = sheetList(scope, sheet);
    list.push(item);
    if (!list.includes(item)) return null;
    return () => {
      const index = list.indexOf(item);
      if (index >= 0) list.splice(index, 1);
    };
  } catch {
    return null;
  }
}
