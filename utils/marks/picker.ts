// "Hide this block": the reader points at an element the clutter detector missed. Hovering outlines the
// element (an overlay inside our own host, so the page is untouched), ArrowUp/ArrowDown widen or narrow the
// choice, a click or Enter confirms, Esc cancels. With the keyboard alone the picker starts on the block in the
// middle of the window, and ArrowLeft/ArrowRight move to the previous or next block in the page's order. The
// choice is saved as a CSS selector path (`elementPath`) and found again on later visits (`resolvePath`).
import type { Undo } from './undo';

export interface PickerOptions {
  /** Where the outline overlay goes (our shadow root). */
  overlayParent: Node;
  /** Our own host: never offered for picking. */
  host: Element;
  /** Elements that must not be picked (the article and what holds it). */
  isForbidden?: (element: Element) => boolean;
  onPick(element: Element, path: string): void;
  onCancel(): void;
  /** Where listeners are registered (the content script context's signal). */
  signal?: AbortSignal;
}

/** An id that looks generated (digits or long hex runs) is not stable across visits. */
const UNSTABLE_ID = /\d{3,}|[a-f0-9]{8,}/i;
/** Paths longer than this are refused: the page's structure is too deep to find the element again reliably. */
const MAX_PATH_DEPTH = 24;
/** The keys that move the choice. */
const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
/** Where the keyboard's first choice is looked for, as fractions of the window: its middle, then lower. */
const START_POINTS: ReadonlyArray<readonly [number, number]> = [
  [0.35, 0.5],
  [0.35, 0.3],
  [0.35, 0.7],
];
/** Smaller boxes are not blocks a reader would hide (an empty wrapper, a spacer). */
const MIN_BLOCK_PX = 8;
/** How many neighbours ArrowLeft/ArrowRight look through for one that may be picked. */
const MAX_KEY_STEPS = 200;

/** Starts the picker; the Undo (also called after a pick or a cancel) removes the overlay and all listeners. */
export function startPicker(doc: Document, options: PickerOptions): Undo {
  const overlay = doc.createElement('div');
  overlay.className = 'sl-picker-outline';
  overlay.setAttribute('aria-hidden', 'true');
  const label = doc.createElement('div');
  label.className = 'sl-picker-label';
  overlay.append(label);
  options.overlayParent.appendChild(overlay);
  const controller = new AbortController();
  const listen = { capture: true, signal: controller.signal };
  options.signal?.addEventListener('abort', () => stop(), { once: true });
  let current: Element | null = null;

  const candidate = (x: number, y: number): Element | null => {
    const element = doc.elementFromPoint(x, y);
    if (!element || element === options.host || options.host.contains(element)) return null;
    if (element === doc.documentElement || element === doc.body) return null;
    if (options.isForbidden?.(element)) return null;
    return element;
  };
  const show = (element: Element | null): void => {
    current = element;
    if (!element) {
      overlay.hidden = true;
      return;
    }
    const rect = element.getBoundingClientRect();
    overlay.hidden = false;
    Object.assign((overlay as HTMLElement).style, {
      top: `${rect.top}px`,
      left: `${rect.left}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    label.textContent = element.tagName.toLowerCase();
  };

  // ArrowUp widens the choice to the parent (the pointer usually lands on a heading or a line of a block),
  // ArrowDown narrows it back; moving the pointer starts over.
  const narrower: Element[] = [];
  // ArrowLeft/ArrowRight: the blocks they came from, so that the opposite key goes back to the same block ("→ then
  // ←" returns where it started, even when the way there climbed out of a block the other way would not enter).
  const sideways: Array<{ from: Element; key: string }> = [];
  const allowed = (element: Element | null): element is Element =>
    !!element &&
    element !== doc.documentElement &&
    element !== doc.body &&
    !element.contains(options.host) &&
    !options.isForbidden?.(element);
  /** A block the reader can see: one with a box of some size. */
  const visible = (element: Element): boolean => {
    const rect = element.getBoundingClientRect();
    return rect.width >= MIN_BLOCK_PX && rect.height >= MIN_BLOCK_PX;
  };
  /** The next (or previous) block in the page's order after `from` and what it holds, that may be picked. */
  const neighbour = (from: Element, direction: 1 | -1): Element | null => {
    let node: Element | null = from;
    for (let steps = 0; node && steps < MAX_KEY_STEPS; steps++) {
      let at: Element | null = node;
      while (at && at !== doc.body && !(direction === 1 ? at.nextElementSibling : at.previousElementSibling)) {
        at = at.parentElement;
      }
      if (!at || at === doc.body) return null;
      node = direction === 1 ? at.nextElementSibling : at.previousElementSibling;
      // A block that may not be picked as a whole (it holds the article) may hold one that may: look inside.
      while (node && !(allowed(node) && visible(node)) && node.firstElementChild && !node.contains(options.host)) {
        const inner: Element | null = direction === 1 ? node.firstElementChild : node.lastElementChild;
        if (!inner) break;
        node = inner;
      }
      if (node && allowed(node) && visible(node)) return node;
    }
    return null;
  };
  /** Where the keyboard starts: the block at the middle of the window, else the first one after it. */
  const firstForKeys = (): Element | null => {
    const view = doc.defaultView;
    const width = view?.innerWidth ?? 0;
    const height = view?.innerHeight ?? 0;
    for (const [fx, fy] of START_POINTS) {
      let element = candidate(width * fx, height * fy);
      while (element && !(allowed(element) && visible(element))) element = element.parentElement;
      if (element && allowed(element)) return element;
      const hit = doc.elementFromPoint(width * fx, height * fy);
      const after = hit && !options.host.contains(hit) ? neighbour(hit, 1) : null;
      if (after) return after;
    }
    return null;
  };
  const moveTo = (element: Element): void => {
    show(element);
    element.scrollIntoView?.({ block: 'nearest' });
    show(element);
  };
  // The outline follows the page when it scrolls.
  doc.defaultView?.addEventListener('scroll', () => current && show(current), { ...listen, passive: true });
  doc.addEventListener(
    'mousemove',
    (event) => {
      narrower.length = 0;
      sideways.length = 0;
      show(candidate(event.clientX, event.clientY));
    },
    listen,
  );
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const) {
    doc.addEventListener(type, (event) => swallow(event, options.host), listen);
  }
  doc.addEventListener(
    'click',
    (event) => {
      if (isInside(event, options.host)) return;
      event.preventDefault();
      event.stopPropagation();
      const element = candidate(event.clientX, event.clientY) ?? current;
      const path = element ? elementPath(element) : null;
      stop();
      if (element && path) options.onPick(element, path);
      else options.onCancel();
    },
    listen,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (ARROWS.has(event.key) && !current) {
        // The first arrow key of a reader without a pointer: the block in the middle of the window.
        const first = firstForKeys();
        if (first) moveTo(first);
      } else if (event.key === 'ArrowUp' && current) {
        const parent = current.parentElement;
        if (allowed(parent)) {
          sideways.length = 0;
          narrower.push(current);
          moveTo(parent);
        }
      } else if (event.key === 'ArrowDown' && current) {
        const inner = narrower.pop() ?? Array.from(current.children).find((c) => allowed(c) && visible(c));
        if (inner) {
          sideways.length = 0;
          moveTo(inner);
        }
      } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && current) {
        const last = sideways[sideways.length - 1];
        const back = last && last.key !== event.key && last.from.isConnected ? last.from : null;
        const next = back ?? neighbour(current, event.key === 'ArrowRight' ? 1 : -1);
        if (next) {
          narrower.length = 0;
          if (back) sideways.pop();
          else sideways.push({ from: current, key: event.key });
          moveTo(next);
        }
      } else if (event.key === 'Enter' && current) {
        const element = current;
        const path = elementPath(element);
        stop();
        if (path) options.onPick(element, path);
        else options.onCancel();
      } else if (event.key === 'Escape') {
        stop();
        options.onCancel();
      } else return;
      event.preventDefault();
      event.stopPropagation();
    },
    listen,
  );
  show(null);

  let stopped = false;
  function stop(): void {
    if (stopped) return;
    stopped = true;
    controller.abort();
    overlay.remove();
  }
  return stop;
}

function isInside(event: Event, host: Element): boolean {
  return event.composedPath().includes(host);
}

function swallow(event: Event, host: Element): void {
  if (isInside(event, host)) return;
  event.preventDefault();
  event.stopPropagation();
}

/**
 * A CSS selector that finds `element` again: from the nearest ancestor with a stable id (or <body>) down,
 * each step `tag:nth-of-type(n)`. Null when the element is not in a body or the path is too deep.
 */
export function elementPath(element: Element): string | null {
  const steps: string[] = [];
  let node: Element | null = element;
  while (node && node.tagName.toUpperCase() !== 'BODY') {
    const id = node.getAttribute('id');
    if (id && !UNSTABLE_ID.test(id) && node.ownerDocument.querySelectorAll(`#${cssEscape(id)}`).length === 1) {
      steps.unshift(`#${cssEscape(id)}`);
      return steps.length > MAX_PATH_DEPTH ? null : steps.join(' > ');
    }
    const parent: Element | null = node.parentElement;
    if (!parent) return null;
    const tag = node.tagName.toLowerCase();
    const sameTag = Array.from(parent.children).filter((child) => child.tagName === node?.tagName);
    steps.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(node) + 1})` : tag);
    node = parent;
  }
  if (!node) return null;
  steps.unshift('body');
  return steps.length > MAX_PATH_DEPTH ? null : steps.join(' > ');
}

/** The element a saved path names, or null (the page changed, or the text is not a valid selector). */
export function resolvePath(doc: Document, path: string): Element | null {
  try {
    return doc.querySelector(path);
  } catch {
    return null;
  }
}

/** CSS.escape where it exists (browsers, jsdom); a minimal escape for identifiers elsewhere. */
function cssEscape(value: string): string {
  const css = (globalThis as { CSS?: { escape?: (v: string) => string } }).CSS;
  if (css?.escape) return css.escape(value);
  return value.replace(/^(\d)/, '\\3$1 ').replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}
