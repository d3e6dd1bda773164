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
export function visibleText(root: Element): string {
  const parts: string[] = [];
  walkTreeNow<true>(root, {
    enter(child, parent) {
      if (parent === undefined) return true;
      if (isSkipped(child)) return null;
      if (BLOCK_TAGS.has(tagOf(child)) || tagOf(child) === 'BR') parts.push(' ');
      return true;
    },
    node(child) {
      if (isText(child)) parts.push(child.data);
    },
  });
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

/** Returned by a walk's `enter` to end the whole walk at once (no level is closed after it). */
export const STOP_WALK = Symbol('stop walk');

/**
 * What a depth-first walk does at each element. The walker keeps the stack (deep pages: see the top of this
 * file); the visitor keeps, per open element, a level of its own (what it has gathered inside it so far).
 */
export interface TreeVisitor<Level> {
  /**
   * Opens `element`: its level, or null to pass over its subtree (it is then not closed either). The root is
   * opened first, with no parent level.
   */
  enter(element: Element, parent: Level | undefined): Level | null | typeof STOP_WALK;
  /** A child that is not an element (text, comments), in document order. Without it, the walk reads elements only. */
  node?(node: ChildNode, level: Level): void;
  /** Closes a level once all its children are closed (post-order): children are done before their parent. */
  exit?(level: Level, parent: Level | undefined): void;
}

/**
 * Walks `root` and its descendants depth-first in document order, opening each element before its children
 * and closing it after them, with an explicit stack: the one walk of the page layer, pre-order (`enter`) and
 * post-order (`exit`) alike. Pauses every STEP_EVERY children read.
 */
export function* walkTree<Level>(root: Element, visitor: TreeVisitor<Level>): Steps<void> {
  const first = visitor.enter(root, undefined);
  if (first === null || first === STOP_WALK) return;
  const { node, exit } = visitor;
  const elementsOnly = node === undefined;
  const levels: Level[] = [first];
  // The next child to read at each open level.
  const next: Array<ChildNode | null> = [elementsOnly ? root.firstElementChild : root.firstChild];
  let count = 0;
  while (levels.length > 0) {
    const top = levels.length - 1;
    const level = levels[top] as Level;
    const child = next[top];
    if (!child) {
      levels.pop();
      next.pop();
      exit?.(level, levels[top - 1]);
      continue;
    }
    next[top] = elementsOnly ? (child as Element).nextElementSibling : child.nextSibling;
    if (++count % STEP_EVERY === 0) yield;
    if (!isElement(child)) {
      node?.(child, level);
      continue;
    }
    const opened = visitor.enter(child, level);
    if (opened === STOP_WALK) return;
    if (opened === null) continue;
    levels.push(opened);
    next.push(elementsOnly ? child.firstElementChild : child.firstChild);
  }
}

/** `walkTree` run to the end at once. */
export function walkTreeNow<Level>(root: Element, visitor: TreeVisitor<Level>): void {
  complete(walkTree(root, visitor));
}

/**
 * Visits `root` and its descendant elements in document order (pre-order), pausing every STEP_EVERY elements.
 * `enter` returns false to skip the element's descendants.
 */
export function walkElements(root: Element, enter: (element: Element) => boolean): Steps<void> {
  return walkTree<true>(root, { enter: (element) => (enter(element) ? true : null) });
}
