// The highlight view: paints the claims (by their source's category, or the focused source's) and the numbers
// on the page, block by block while the article is read (CSS Custom Highlight API, utils/marks/block-highlights.ts)
// or whole at the end with the <sl-mark> wrap fallback; flashes a claim jumped to; and says which claim is under
// the pointer (hit-testing). Marks are keyed by claim id, which the engine gives a claim as soon as it drafts it
// (utils/analysis/pipeline.ts), so adopting the final analysis only moves claims whose category changed.
import { claimsOf } from '@/components/sidebar/model';
import type { BlockResult } from '@/utils/analysis/pipeline';
import type { Analysis, Claim, NumberKind, NumberMention, SourceCategory, Span } from '@/utils/analysis/types';
import { BlockHighlights, type BlockMark } from '@/utils/marks/block-highlights';
import {
  growHighlights,
  type HighlightLayer,
  type HighlightMode,
  paintHighlights,
  supportsCustomHighlights,
} from '@/utils/marks/highlight';
import { rangeContainsPoint, spanToRange } from '@/utils/marks/ranges';
import type { Undo } from '@/utils/marks/undo';
import type { PageAnalysis } from '@/utils/page/types';
import type { HighlightSettings } from '@/utils/settings';
import { LAYER, PRIORITY } from '../palette';
import type { Guard } from './features';
import type { Figures } from './figures';
import type { UiHost } from './ui-host';

/** How long a claim or number flashes after being jumped to. */
const FLASH_MS = 1200;
/** Where a jumped-to claim lands: this fraction of the viewport from the top. */
const SCROLL_TARGET_FRACTION = 0.3;

/** What the view shows, read from the coordinator whenever it paints. */
export interface HighlightInput {
  page: PageAnalysis;
  highlights: HighlightSettings;
  numberKinds: Partial<Record<NumberKind, boolean>>;
  /** The source whose claims alone are highlighted, and which of its claims is current. */
  focus: { sourceId: string; index: number } | null;
  /** Which analysis `page` is (a later analysis paints anew). */
  analysis: number;
}

/** What one block gave the highlights while the article is read: its claims, or its numbers. */
export interface BlockFound {
  claims?: BlockResult['claims'];
  numbers?: readonly NumberMention[];
}

/** What has been painted block by block while the article was read. */
interface Growing {
  painter: BlockHighlights;
  /** The highlight settings it was painted with (settingsKey): after a change it is painted anew. */
  settings: string;
  /** The analysis it was painted for: a later analysis paints anew. */
  analysis: number;
  /** It shows the default view (every claim by category), not a focused source or a flash. */
  plain: boolean;
}

export class HighlightView {
  readonly mode: HighlightMode;
  /** The whole view painted at once (wrap fallback, or the growing painter's undo once adopted). */
  private undoPainted: Undo | null = null;
  /** Claims and numbers painted block by block while the article is being read. */
  private growing: Growing | null = null;
  /** The final analysis's claims by id, once it is in and painted (null while the article is read). */
  private claims: Map<string, Claim> | null = null;
  /** The painted claims' ranges by claim id, for hit-testing the pointer. */
  private claimRanges = new Map<string, Range>();
  private flashSpan: Span | null = null;
  private destroyed = false;

  constructor(
    private readonly doc: Document,
    private readonly host: UiHost,
    private readonly input: () => HighlightInput,
    private readonly figures: Figures,
    private readonly guard: Guard,
    /** Makes changes the page watcher must not take for the page's own (the wrap fallback mutates text). */
    private readonly quietly: (change: () => void) => void,
  ) {
    this.mode = supportsCustomHighlights(doc) ? 'css' : 'wrap';
    figures.set({ highlightMode: this.mode });
  }

  /** Paints the current view: adopts what was painted block by block when it can, paints anew otherwise. */
  paint(): void {
    if (this.destroyed) return;
    this.quietly(() => {
      this.undoPainted?.();
      this.undoPainted = null;
      const growing = this.growing;
      if (growing && this.adopt(growing)) return;
      this.growing = null;
      growing?.painter.undo();
      const marks = this.viewMarks();
      if (this.mode === 'css') this.paintByBlock(marks);
      else this.paintWrapped(marks);
    });
  }

  /**
   * Paints what was just found in one block: its claims (by the category their source has so far) or its numbers
   * (which the engine reports first, utils/analysis/pipeline.ts `onNumbers`) are added to the layers already
   * painted. Only with the CSS Custom Highlight API (the wrap fallback paints once at the end) and without a
   * focused source (that view needs the final claims). True when something is painted now.
   */
  paintBlock(block: number, found: BlockFound): boolean {
    const input = this.input();
    if (this.destroyed || this.mode !== 'css' || input.focus) return false;
    const growing = this.growing ?? this.startGrowing(input);
    if (!growing) return false;
    const marks: BlockMark[] = [];
    if (input.highlights.claims) {
      for (const claim of found.claims ?? []) {
        marks.push({
          span: claim.span,
          layer: LAYER.claim(claim.category),
          priority: PRIORITY.claim,
          claimId: claim.id,
        });
      }
    }
    pushNumberMarks(marks, found.numbers ?? [], input);
    growing.painter.add(block, marks);
    return growing.painter.size.painted > 0;
  }

  /** The page is about to be read again: the wrap fallback's marks split the page's text nodes, so they come off
   * first and the engine reads the page's own text. Custom highlights change nothing in the page and stay up. */
  beforeReanalysis(): void {
    if (this.mode !== 'wrap') return;
    this.quietly(() => {
      this.undoPainted?.();
      this.undoPainted = null;
    });
  }

  /** The painted claim under the viewport point: caret position first, then the claim's own line boxes. */
  claimAt(x: number, y: number): Claim | null {
    const claims = this.claims;
    if (!claims || this.claimRanges.size === 0) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    for (const [id, range] of this.claimRanges) {
      let inside = false;
      try {
        inside = range.isPointInRange(caret.node, caret.offset);
      } catch {
        inside = false;
      }
      if (inside && rangeContainsPoint(range, x, y)) return claims.get(id) ?? null;
    }
    return null;
  }

  /** Flashes a span (a claim or number jumped to) for FLASH_MS. */
  flash(span: Span): void {
    this.flashSpan = span;
    this.paint();
    this.host.later('highlights', FLASH_MS, () => {
      if (this.flashSpan !== span) return;
      this.flashSpan = null;
      this.paint();
    });
  }

  scrollTo(span: Span): void {
    const { doc } = this;
    const range = spanToRange(doc, this.input().page.article?.blocks ?? [], span);
    const view = doc.defaultView;
    // jsdom has no layout (no Range.getBoundingClientRect): nothing to scroll there.
    if (!range || !view || typeof range.getBoundingClientRect !== 'function') return;
    const rect = range.getBoundingClientRect();
    const reduced = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    view.scrollTo({
      top: Math.max(0, view.scrollY + rect.top - view.innerHeight * SCROLL_TARGET_FRACTION),
      behavior: reduced ? 'auto' : 'smooth',
    });
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.guard.run('highlights', () => this.growing?.painter.undo());
    this.guard.run('highlights', () => this.undoPainted?.());
    this.growing = null;
    this.undoPainted = null;
    this.claimRanges.clear();
  }

  /** What the current view highlights: the claims (by category, or a focused source's), numbers and a flash. */
  private viewMarks(): BlockMark[] {
    const input = this.input();
    const { analysis } = input.page;
    const marks: BlockMark[] = [];
    const focus = input.focus;
    if (input.highlights.claims) {
      if (focus) {
        claimsOf(analysis, focus.sourceId).forEach((claim, i) => {
          const current = i === focus.index;
          marks.push({
            span: claim.span,
            layer: current ? LAYER.current : LAYER.focus,
            priority: current ? PRIORITY.current : PRIORITY.focus,
            claimId: claim.id,
          });
        });
      } else {
        const layerOf = claimLayers(analysis);
        for (const claim of analysis.claims) {
          marks.push({ span: claim.span, layer: layerOf(claim), priority: PRIORITY.claim, claimId: claim.id });
        }
      }
    }
    pushNumberMarks(marks, analysis.numbers, input);
    if (this.flashSpan) marks.push({ span: this.flashSpan, layer: LAYER.flash, priority: PRIORITY.flash });
    return marks;
  }

  /**
   * Paints the view block by block, so that a long article keeps only the blocks near the viewport painted in
   * every view (utils/marks/block-highlights.ts).
   */
  private paintByBlock(marks: readonly BlockMark[]): void {
    const input = this.input();
    const growing = this.startGrowing(input);
    if (!growing) return;
    const byBlock = new Map<number, BlockMark[]>();
    for (const mark of marks) {
      const list = byBlock.get(mark.span.block);
      if (list) list.push(mark);
      else byBlock.set(mark.span.block, [mark]);
    }
    for (const [block, list] of byBlock) growing.painter.add(block, list);
    growing.plain = !input.focus && !this.flashSpan;
    this.claims = claimsById(input.page.analysis);
    this.listPainted(growing);
  }

  /** The wrap fallback (no CSS Custom Highlight API): the whole view at once, as marks in the page's text. */
  private paintWrapped(marks: readonly BlockMark[]): void {
    const { page } = this.input();
    const blocks = page.article?.blocks ?? [];
    this.host.reachShadowRoots(blocks.map((b) => b.element));
    const claims = claimsById(page.analysis);
    const layers = new Map<string, { name: string; priority: number; ranges: Range[] }>();
    const claimRanges = new Map<string, Range>();
    let numbersPainted = 0;
    for (const mark of marks) {
      const range = spanToRange(this.doc, blocks, mark.span);
      if (!range) continue;
      const layer = layers.get(mark.layer);
      if (layer) layer.ranges.push(range);
      else layers.set(mark.layer, { name: mark.layer, priority: mark.priority, ranges: [range] });
      if (mark.claimId !== undefined && claims.has(mark.claimId)) claimRanges.set(mark.claimId, range);
      else if (mark.layer === LAYER.number || mark.layer === LAYER.date) numbersPainted++;
    }
    const painted: HighlightLayer[] = [...layers.values()];
    this.undoPainted = paintHighlights(this.doc, painted, this.mode);
    this.claims = claims;
    this.claimRanges = claimRanges;
    this.figures.set({ paintedClaims: claimRanges.size, paintedNumbers: numbersPainted });
  }

  /** The block-by-block painter, following the reader's scrolling on long articles; null without the API. */
  private startGrowing(input: HighlightInput): Growing | null {
    const { doc } = this;
    const highlights = growHighlights(doc);
    const view = doc.defaultView;
    if (!highlights || !view) return null;
    const { analysis, article } = input.page;
    // An article inside a web component: its shadow roots get the highlight rules (the document's stop there).
    this.host.reachShadowRoots((article?.blocks ?? []).map((b) => b.element));
    const painter = new BlockHighlights(doc, article?.blocks ?? [], highlights, analysis.article?.wordCount ?? 0);
    const growing: Growing = { painter, settings: settingsKey(input), analysis: input.analysis, plain: true };
    this.growing = growing;
    this.claims = null;
    let frame = 0;
    const follow = (): void => {
      if (frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        if (this.growing !== growing) return;
        this.guard.run('highlights', () => {
          painter.follow();
          if (this.claims) this.listPainted(growing);
        });
      });
    };
    const options = { passive: true, signal: this.host.signal };
    view.addEventListener('scroll', follow, options);
    view.addEventListener('resize', follow, options);
    this.host.signal.addEventListener('abort', () => view.cancelAnimationFrame(frame), { once: true });
    return growing;
  }

  /**
   * The whole analysis is in and was painted block by block with the same settings: keep those highlights and
   * only move the claims whose source turned out to be of another category (no range is built twice, so the
   * last step of a long article stays short). False when it cannot be kept: paint anew.
   */
  private adopt(growing: Growing): boolean {
    const input = this.input();
    const { analysis } = input.page;
    if (growing.analysis !== input.analysis || !growing.plain || input.focus || this.flashSpan) return false;
    if (growing.settings !== settingsKey(input)) return false;
    // Blocks read before Sourcelight was shown were not painted: then the view is painted whole.
    if (input.highlights.claims && growing.painter.claims !== analysis.claims.length) return false;
    const claims = claimsById(analysis);
    const layerOf = claimLayers(analysis);
    growing.painter.relayer((id) => {
      const claim = claims.get(id);
      return claim ? layerOf(claim) : null;
    });
    this.claims = claims;
    this.listPainted(growing);
    return true;
  }

  /** The painted claims' ranges for hit-testing, and the painted counts. */
  private listPainted(growing: Growing): void {
    const claims = this.claims;
    const claimRanges = new Map<string, Range>();
    for (const [id, range] of growing.painter.claimRanges()) if (claims?.has(id)) claimRanges.set(id, range);
    this.claimRanges = claimRanges;
    this.figures.set({
      paintedClaims: claimRanges.size,
      paintedNumbers: growing.painter.size.painted - claimRanges.size,
    });
  }
}

/**
 * The numbers' marks, when numbers are highlighted: dates and times of day in their own (quieter) layer, hidden
 * kinds left out.
 */
function pushNumberMarks(marks: BlockMark[], numbers: readonly NumberMention[], input: HighlightInput): void {
  if (!input.highlights.numbers) return;
  for (const number of numbers) {
    if (input.numberKinds[number.kind] === false) continue;
    const date = number.kind === 'date' || number.kind === 'time';
    marks.push({
      span: number.span,
      layer: date ? LAYER.date : LAYER.number,
      priority: date ? PRIORITY.date : PRIORITY.number,
    });
  }
}

function settingsKey(input: HighlightInput): string {
  return JSON.stringify([input.highlights, input.numberKinds]);
}

const claimsById = (analysis: Analysis): Map<string, Claim> => new Map(analysis.claims.map((c) => [c.id, c]));

/** Each claim's highlight layer, by its source's category (one lookup table per analysis: a long article has
 * thousands of claims). */
function claimLayers(analysis: Analysis): (claim: Claim) => string {
  const categories = new Map<string | null, SourceCategory>(analysis.sources.map((s) => [s.id, s.category]));
  return (claim) => LAYER.claim(categories.get(claim.sourceId) ?? 'other');
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The text position under a viewport point (standard API first; caretRangeFromPoint for older Chromium). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint.call(doc, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}
