// Paints highlight layers (claims by source category, numbers, dates, the focused source, a flash) on the
// page. With the CSS Custom Highlight API the page's markup is untouched; without it, text is wrapped in
// <sl-mark> (see wrap.ts). Either way the returned Undo removes every trace.
import type { Undo } from './undo';
import { MARK_ATTR, MARK_TAG, type WrapLayer, wrapLayers } from './wrap';

export type HighlightLayer = WrapLayer;
export type HighlightMode = 'css' | 'wrap';

/** How one layer looks: only properties that `::highlight()` accepts. */
export interface HighlightStyle {
  background?: string;
  color?: string;
  /** A `text-decoration` value, e.g. "underline 2px solid #c2410c". */
  decoration?: string;
}

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  get(name: string): unknown;
  delete(name: string): boolean;
}

interface HighlightLike {
  priority: number;
  add(range: Range): unknown;
  delete(range: Range): unknown;
}

type HighlightCtor = new (...ranges: Range[]) => HighlightLike;

function registry(doc: Document): { highlights: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const view = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: unknown }) | null;
  const css = view?.CSS as { highlights?: HighlightRegistryLike } | undefined;
  if (!view || !css?.highlights || typeof view.Highlight !== 'function') return null;
  return { highlights: css.highlights, Highlight: view.Highlight };
}

export function supportsCustomHighlights(doc: Document): boolean {
  return registry(doc) !== null;
}

/** Paints the layers; an empty layer registers nothing. */
export function paintHighlights(doc: Document, layers: readonly HighlightLayer[], mode: HighlightMode): Undo {
  const nonEmpty = layers.filter((layer) => layer.ranges.length > 0);
  const highlights = mode === 'css' ? growHighlights(doc) : null;
  if (!highlights) return wrapLayers(doc, nonEmpty);
  highlights.add(nonEmpty);
  return highlights.undo;
}

/** Layers that grow while the article is being read: ranges are added to the layers already painted. */
export interface GrowingHighlights {
  add(layers: readonly HighlightLayer[]): void;
  /** Moves one range (added before) to another layer. */
  move(range: Range, from: string, to: { name: string; priority: number }): void;
  /** Takes one range (added before) off its layer. */
  remove(range: Range, layer: string): void;
  undo: Undo;
}

/**
 * Highlights painted block by block as the analysis reads on (CSS Custom Highlight API only: null without it,
 * where the wrap fallback paints once at the end). Each layer is registered once and then only grows, so
 * painting another block costs that block's ranges, not the whole article's again.
 */
export function growHighlights(doc: Document): GrowingHighlights | null {
  const api = registry(doc);
  if (!api) return null;
  const own = new Map<string, HighlightLike>();
  const add = (layers: readonly HighlightLayer[]): void => {
    for (const layer of layers) {
      if (layer.ranges.length === 0) continue;
      const highlight = own.get(layer.name);
      if (highlight) {
        for (const range of layer.ranges) highlight.add(range);
        continue;
      }
      const created = new api.Highlight(...layer.ranges);
      created.priority = layer.priority;
      api.highlights.set(layer.name, created);
      own.set(layer.name, created);
    }
  };
  return {
    add,
    move(range, from, to) {
      own.get(from)?.delete(range);
      add([{ ...to, ranges: [range] }]);
    },
    remove(range, layer) {
      own.get(layer)?.delete(range);
    },
    undo() {
      // Only our own entries: a newer paint may have replaced one under the same name.
      for (const [name, highlight] of own) if (api.highlights.get(name) === highlight) api.highlights.delete(name);
      own.clear();
    },
  };
}

/** The CSS for both modes: `::highlight(name)` rules and the matching <sl-mark> rules. */
export function highlightCss(styles: Readonly<Record<string, HighlightStyle>>): string {
  const rules: string[] = [];
  // Our marks must not change layout: no box, no font change, just paint.
  rules.push(`${MARK_TAG}{all:unset;display:inline;}`);
  for (const [name, style] of Object.entries(styles)) {
    const body = [
      style.background ? `background-color:${style.background};` : '',
      style.color ? `color:${style.color};` : '',
      style.decoration ? `text-decoration:${style.decoration};text-decoration-skip-ink:none;` : '',
    ].join('');
    rules.push(`::highlight(${name}){${body}}`);
    rules.push(`${MARK_TAG}[${MARK_ATTR}="${name}"]{${body}}`);
  }
  return rules.join('\n');
}
