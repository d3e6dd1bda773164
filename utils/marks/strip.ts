// Hides clutter around the article without deleting anything: a `data-sl-hidden` attribute on the element and
// one page rule (STRIP_CSS) that hides what carries it. The set of hidden elements is reconciled as a whole, and
// each element's original attribute (almost always absent) comes back exactly.
import type { Undo } from './undo';

export const HIDDEN_ATTR = 'data-sl-hidden';
export const STRIP_CSS = `[${HIDDEN_ATTR}]{display:none!important;}`;

export class HiddenSet {
  /** Elements we marked, with the attribute value they had before (null: none). */
  private readonly touched = new Map<Element, string | null>();

  /** Makes exactly `elements` hidden: marks the new ones, restores the ones no longer listed. */
  set(elements: Iterable<Element>, label = ''): void {
    const wanted = new Set(elements);
    for (const [element, original] of this.touched) {
      if (wanted.has(element)) continue;
      restore(element, original);
      this.touched.delete(element);
    }
    for (const element of wanted) {
      if (this.touched.has(element)) continue;
      this.touched.set(element, element.getAttribute(HIDDEN_ATTR));
      element.setAttribute(HIDDEN_ATTR, label);
    }
  }

  has(element: Element): boolean {
    return this.touched.has(element);
  }

  get size(): number {
    return this.touched.size;
  }

  /** Shows everything again, leaving each element's attributes as they were. */
  clear(): void {
    this.set([]);
  }

  undo: Undo = () => this.clear();
}

function restore(element: Element, original: string | null): void {
  if (original === null) element.removeAttribute(HIDDEN_ATTR);
  else element.setAttribute(HIDDEN_ATTR, original);
}

/**
 * The elements that may be hidden: never one that holds the article (a detector mistake must not blank the
 * story), and never the same element twice.
 */
export function safeToHide(elements: Iterable<Element>, article: Element | null): Element[] {
  const out: Element[] = [];
  for (const element of elements) {
    if (!element.isConnected) continue;
    if (article && element.contains(article)) continue;
    if (element === element.ownerDocument.documentElement || element === element.ownerDocument.body) continue;
    if (!out.includes(element)) out.push(element);
  }
  return out;
}
