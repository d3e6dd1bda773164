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
export const DOCUMENT_FRAGMENT_NODE = 11;

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
  // A <dialog> shows only while open (a share panel's or a menu's, with a heading of its own).
  if (element.localName === 'dialog' && !element.hasAttribute('open')) return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

// Open shadow roots. A web component shows the content of its open shadow root in place of its own children,
// and puts those children where the shadow tree has a <slot> of their name (the flat tree a reader sees). The
// walks of the page layer read that order: `firstFlatChild` and `nextFlatSibling` step through it, and
// `parentOf` climbs out of a shadow tree to its host. A closed shadow root cannot be read, and is not.

/**
 * Documents in which a walk met an open shadow root: only there does `flatContains` climb out of shadow trees
 * (everywhere else `contains` is the answer, and climbing would cost a walk up the tree on every miss).
 */
const SHADOWED = new WeakSet<Document>();

/** The element's open shadow root, or null (none, or a closed one). */
export function shadowOf(element: Element): ShadowRoot | null {
  const shadow = element.shadowRoot ?? null;
  if (shadow) SHADOWED.add(element.ownerDocument);
  return shadow;
}

/**
 * The parent a reader sees: for the top of an open shadow tree its host, for a host's light child the <slot>
 * that shows it (the host when none does), else the parent element.
 */
export function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === ELEMENT_NODE) {
    const shadow = SHADOWED.has(parent.ownerDocument as Document) ? shadowOf(parent as Element) : null;
    return (shadow && slotFor(shadow, slotNameOf(node))) ?? (parent as Element);
  }
  return parent.nodeType === DOCUMENT_FRAGMENT_NODE ? ((parent as Partial<ShadowRoot>).host ?? null) : null;
}

/** True when `node` is `ancestor` or below it in the flat tree (across shadow roots and slots). */
export function flatContains(ancestor: Node, node: Node): boolean {
  if (ancestor.contains(node)) return true;
  if (!node.ownerDocument || !SHADOWED.has(node.ownerDocument)) return false;
  for (let e = parentOf(node); e; e = parentOf(e)) if (e === ancestor) return true;
  return false;
}

/** The <slot> of a shadow tree that shows the host's children of slot `name` ("" the default slot). */
function slotFor(shadow: ShadowRoot, name: string): Element | null {
  for (const slot of shadow.querySelectorAll('slot')) if ((slot.getAttribute('name') ?? '') === name) return slot;
  return null;
}

/** The slot a light child of a host goes to: its `slot` attribute, or the default slot (""). */
function slotNameOf(node: Node): string {
  return isElement(node) ? (node.getAttribute('slot') ?? '') : '';
}

/** The first node from `start` on (siblings) that goes to the slot called `name`. */
function nextAssigned(start: ChildNode | null, name: string): ChildNode | null {
  for (let node = start; node; node = node.nextSibling) if (slotNameOf(node) === name) return node;
  return null;
}

/** The host whose light children a <slot> shows, when the slot sits in an open shadow tree. */
function slotHost(slot: Element): Element | null {
  const root = slot.getRootNode();
  return root.nodeType === DOCUMENT_FRAGMENT_NODE ? ((root as Partial<ShadowRoot>).host ?? null) : null;
}

/** The first child in the flat tree: a host's shadow content, a slot's assigned nodes (or its fallback). */
export function firstFlatChild(node: Node): ChildNode | null {
  if (isElement(node)) {
    const shadow = shadowOf(node);
    if (shadow) return shadow.firstChild;
    if (tagOf(node) === 'SLOT') {
      const host = slotHost(node);
      const assigned = host ? nextAssigned(host.firstChild, node.getAttribute('name') ?? '') : null;
      if (assigned) return assigned;
    }
  }
  return node.firstChild;
}

/** The next sibling in the flat tree: a host's light child is followed by the next one of the same slot. */
export function nextFlatSibling(node: ChildNode): ChildNode | null {
  const parent = node.parentNode;
  if (parent && isElement(parent) && shadowOf(parent)) return nextAssigned(node.nextSibling, slotNameOf(node));
  return node.nextSibling;
}

/** The first element child in the flat tree. */
export function firstFlatElement(node: Node): Element | null {
  let child = firstFlatChild(node);
  while (child && !isElement(child)) child = nextFlatSibling(child);
  return child;
}

/** The next element sibling in the flat tree. */
export function nextFlatElement(element: Element): Element | null {
  let next = nextFlatSibling(element);
  while (next && !isElement(next)) next = nextFlatSibling(next);
  return next;
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

/**
 * `collapse(text) === collapsed`, read only as far as the first difference: where `text` is a container's whole
 * text and `collapsed` one line of it, the answer comes after a few characters, without a collapsed copy of the
 * container's text.
 */
export function collapsesTo(text: string, collapsed: string): boolean {
  const end = text.length;
  let i = 0;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  let j = 0;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      // A run of spaces reads as one, unless it ends the text.
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      if (i === end) break;
      if (collapsed.charCodeAt(j) !== 32) return false;
    } else {
      if (collapsed.charCodeAt(j) !== code) return false;
      i++;
    }
    j++;
  }
  return j === collapsed.length;
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
  const next: Array<ChildNode | null> = [elementsOnly ? firstFlatElement(root) : firstFlatChild(root)];
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
    next[top] = elementsOnly ? nextFlatElement(child as Element) : nextFlatSibling(child);
    if (++count % STEP_EVERY === 0) yield;
    if (!isElement(child)) {
      node?.(child, level);
      continue;
    }
    const opened = visitor.enter(child, level);
    if (opened === STOP_WALK) return;
    if (opened === null) continue;
    levels.push(opened);
    next.push(elementsOnly ? firstFlatElement(child) : firstFlatChild(child));
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
