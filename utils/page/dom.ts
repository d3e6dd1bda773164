// Read-only DOM helpers shared by the page layer. Only APIs that the live page, linkedom and jsdom all have:
// no layout, no getComputedStyle, no TreeWalker filters.
//
// Deep pages: no walk of the page layer recurses. A page can nest 20,000 elements and more (tests/pathological),
// which overflows the call stack of a recursive walk; every walk keeps an explicit stack instead and visits the
// nodes in the order a recursive walk would.
import { complete, STEP_EVERY, type Steps } from '../analysis/steps';

/** Elements whose text a reader never sees as prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'BUTTON',
  'INPUT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Inline `style` that hides an element; the only style we can read without layout. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Elements that start a new block of text; everything else is phrasing content inside a block. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** Upper-case names by local name: linkedom computes tagName on every read, and the engine reads it a lot. */
const UPPER_NAMES = new Map<string, string>();

/** The upper-case tag name, also for XHTML and SVG documents where tagName keeps its case. */
export function tagOf(element: Element): string {
  const local = element.localName;
  let upper = UPPER_NAMES.get(local);
  if (upper === undefined) {
    upper = local.toUpperCase();
    UPPER_NAMES.set(local, upper);
  }
  return upper;
}

/** True for elements whose text is not shown: skipped tags and the hidden markers readable without layout. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(tagOf(element))) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** True for the characters JavaScript's `\s` matches (what the text model collapses). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The element's visible text, whitespace collapsed (skips hidden and non-prose elements). */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  // Each entry is the next child to read at one level of the tree (deep pages: see the top of this file).
  const stack: Array<ChildNode | null> = [root.firstChild];
  while (stack.length > 0) {
    const child = stack[stack.length - 1];
    if (!child) {
      stack.pop();
      continue;
    }
    stack[stack.length - 1] = child.nextSibling;
    if (isText(child)) parts.push(child.data);
    else if (isElement(child)) {
      if (isSkipped(child)) continue;
      if (BLOCK_TAGS.has(tagOf(child)) || tagOf(child) === 'BR') parts.push(' ');
      stack.push(child.firstChild);
    }
  }
  return collapse(parts.join(''));
}

/** class, id, role and aria-label of an element, lower-cased, for the cue regexes. */
export function signature(element: Element): string {
  const cls = element.getAttribute('class') ?? '';
  const id = element.getAttribute('id') ?? '';
  const role = element.getAttribute('role') ?? '';
  const label = element.getAttribute('aria-label') ?? '';
  return `${cls} ${id} ${role} ${label}`.toLowerCase();
}

/** First descendant (or the element itself) matching the predicate, in document order. */
export function findFirst(root: Element, test: (element: Element) => boolean): Element | null {
  let found: Element | null = null;
  forEachElement(root, (element) => {
    if (found) return false;
    if (test(element)) found = element;
    return !found;
  });
  return found;
}

/**
 * Visits `root` and its descendant elements in document order (pre-order). `enter` returns false to skip the
 * element's descendants. Iterative (deep pages: see the top of this file).
 */
export function forEachElement(root: Element, enter: (element: Element) => boolean): void {
  complete(walkElements(root, enter));
}

/** `forEachElement` as Steps: pauses every STEP_EVERY elements. */
export function* walkElements(root: Element, enter: (element: Element) => boolean): Steps<void> {
  if (!enter(root)) return;
  let count = 0;
  // Each entry is the next element to visit at one level of the tree.
  const stack: Array<Element | null> = [root.firstElementChild];
  while (stack.length > 0) {
    const element = stack[stack.length - 1];
    if (!element) {
      stack.pop();
      continue;
    }
    stack[stack.length - 1] = element.nextElementSibling;
    if (enter(element)) stack.push(element.firstElementChild);
    if (++count % STEP_EVERY === 0) yield;
  }
}
