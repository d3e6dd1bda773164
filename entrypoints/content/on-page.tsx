// The on-page controller: owns what Sourcelight shows on one page and implements PageController for the popup,
// the launcher and the keyboard shortcut. Stages:
//   1. read the reader's settings; if Sourcelight does not run here by itself (run mode "Only when I ask", or
//      the site blocked), stop: the page is not even read until the reader asks (popup's "Run on this page")
//   2. analyse (never changes the page) in slices of a few milliseconds (utils/slices.ts); not an article →
//      nothing at all on the page
//   3. show, as soon as the article is found: <sourcelight-ui> host + shadow root, page styles, strip,
//      listeners, one observer; each block's claims and numbers are painted as the analysis reads it, and the
//      sidebar fills in when the whole article is read (data-state "reading", then "ready")
//   4. react: UI actions, hover/click on claims, keys; the page mutating the article → re-analyse, debounced
//   5. hide/destroy: every change undone in reverse, host removed, listeners and timers gone
import { render } from 'preact';
import onPageCss from '@/assets/onpage.css?raw';
import { clutterLabel } from '@/components/sidebar/labels';
import { breakdownJson, breakdownMarkdown, CLUTTER_ORDER, claimsOf, sourceById } from '@/components/sidebar/model';
import { OnPageApp } from '@/components/sidebar/OnPageApp';
import type { HoverCardState, OnPageActions, OnPageState, StripItem, StripPreview } from '@/components/sidebar/types';
import type { BlockResult } from '@/utils/analysis/pipeline';
import type { Steps } from '@/utils/analysis/steps';
import type {
  Analysis,
  Claim,
  ClutterKind,
  NumberKind,
  NumberMention,
  SourceCategory,
  Span,
} from '@/utils/analysis/types';
import type { AnalyzeOptions, AnalyzeProgress } from '@/utils/analyze';
import { t, tp } from '@/utils/i18n';
import { BlockHighlights, type BlockMark } from '@/utils/marks/block-highlights';
import {
  growHighlights,
  type HighlightLayer,
  type HighlightMode,
  highlightCss,
  paintHighlights,
  supportsCustomHighlights,
} from '@/utils/marks/highlight';
import { pushPage } from '@/utils/marks/page-push';
import { addPageStyle } from '@/utils/marks/page-style';
import { type PickerOptions, resolvePath, startPicker } from '@/utils/marks/picker';
import { showOutlines } from '@/utils/marks/preview';
import { rangeContainsPoint, spanToRange } from '@/utils/marks/ranges';
import { HiddenSet, STRIP_CSS, safeToHide } from '@/utils/marks/strip';
import type { Undo } from '@/utils/marks/undo';
import type { PageAnalysis } from '@/utils/page/types';
import type { PageController, PageState } from '@/utils/page-controller';
import type { HighlightSettings, Settings, SiteSettings, SiteSettingsPatch } from '@/utils/settings';
import { pauseForPage, runInSlices } from '@/utils/slices';
import { highlightStyles, LAYER, PRIORITY, paletteCss } from './palette';

export const HOST_TAG = 'sourcelight-ui';
/** Must match --sl-sidebar-width in assets/onpage.css: the page is pushed by exactly the sidebar's width. */
const SIDEBAR_WIDTH_PX = 360;
/** Wait this long after the page last touched the article before re-analysing (pages often mutate in bursts). */
const REANALYSE_DEBOUNCE_MS = 600;
/** A page that rewrites its article forever (a live ticker) is re-analysed at most this often relative to the
 * work it costs: after an analysis that took T ms of work, the next waits at least this many times T, so
 * Sourcelight never takes more than about 1/20 of the page's main thread, however long the reader stays. */
const REANALYSE_COST_FACTOR = 20;
/** While the article is being read, the open sidebar's progress line is redrawn at most this often. */
const READING_RENDER_MS = 150;
/** Content scripts cannot see the page's pushState, so an SPA's story change is noticed by reading
 * location.href this often (tests/e2e/pages/spa-article.html); cheap, and only while Sourcelight is shown. */
const URL_POLL_MS = 500;
/** How long a claim or number flashes after being jumped to. */
const FLASH_MS = 1200;
/** Leaving a claim hides its card after this delay, so the pointer can travel into the card. */
const CARD_HIDE_DELAY_MS = 300;
/** Where a jumped-to claim lands: this fraction of the viewport from the top. */
const SCROLL_TARGET_FRACTION = 0.3;
/** A strip button's tooltip names each block it hides by this many of its first words. */
const SAMPLE_WORDS = 5;

/** A page that builds its story with scripts after load (seeds/script-inserted-article.html) is looked at again
 * for this long; the observer only reads, so a page that never becomes an article is left exactly as it was. */
const LATE_ARTICLE_WINDOW_MS = 8000;
/** Added text smaller than this (a clock, a counter, an ad label) is not worth another analysis. */
const LATE_ARTICLE_MIN_CHARS = 500;
const LATE_ARTICLE_DEBOUNCE_MS = 300;
const LATE_ARTICLE_MAX_ANALYSES = 3;

/** What the controller needs from outside; injected so that it runs in unit tests without a browser. */
export interface OnPageDeps {
  doc: Document;
  url: string;
  /** The content script context's signal: aborting it tears everything down. */
  signal: AbortSignal;
  /** The engine as Steps (utils/analyze.ts `analyzePageSteps`): run here in slices, reporting its progress. */
  analyze(doc: Document, options: AnalyzeOptions, progress: AnalyzeProgress): Steps<PageAnalysis>;
  /** Gives the page its turn between slices of the analysis; utils/slices.ts `pauseForPage()` by default. */
  pause?: () => Promise<void>;
  loadSettings(): Promise<{ settings: Settings; site: SiteSettings; autoRun: boolean }>;
  /** Calls back when the reader changes the settings (options page); returns the unwatch function. */
  watchSettings?: (callback: (settings: Settings) => void) => () => void;
  saveSite(patch: SiteSettingsPatch): Promise<unknown>;
  log?: (feature: string, error: unknown) => void;
}

/** What has been painted block by block while the article was read. */
interface Growing {
  /** Claims (keyed by spanKey, in the layer of their source's category so far) and numbers, block by block. */
  painter: BlockHighlights;
  /** How many claims it holds. */
  claims: number;
  /** The highlight settings it was painted with (settingsKey): after a change it is painted anew. */
  settings: string;
  /** Once the whole analysis is in and adopted: the claims by spanKey, for hit-testing what is painted. */
  final: Map<string, Claim> | null;
  /** The analysis it was painted for (OnPage.analyses): a later analysis paints anew. */
  analysis: number;
  /** It shows the default view (every claim by category), not a focused source or a flash. */
  plain: boolean;
}

const spanKey = (span: Span): string => `${span.block}:${span.start}:${span.end}`;

/** Each claim's highlight layer, by its source's category (one lookup table per analysis: a long article has
 * thousands of claims). */
function claimLayers(analysis: Analysis): (claim: Claim) => string {
  const categories = new Map<string | null, SourceCategory>(analysis.sources.map((s) => [s.id, s.category]));
  return (claim) => LAYER.claim(categories.get(claim.sourceId) ?? 'other');
}

/** Everything that exists only while Sourcelight is shown; dropped whole by `hide()`. */
interface Display {
  abort: AbortController;
  host: HTMLElement;
  shadow: ShadowRoot;
  mount: HTMLElement;
  mode: HighlightMode;
  undoStyles: Undo;
  /** The highlight rules alone, swapped when the reader picks another colour scheme. */
  undoHighlightStyle: Undo;
  undoHighlights: Undo | null;
  /** Claims and numbers painted block by block while the article is being read (null once painted whole). */
  growing: Growing | null;
  undoPush: Undo | null;
  undoPicker: Undo | null;
  /** The outlines of what a hovered or focused strip button would hide (utils/marks/preview.ts). */
  undoPreview: Undo | null;
  hidden: HiddenSet;
  observer: MutationObserver | null;
  timers: Set<number>;
  /** The ranges of the claims painted now, for hit-testing the pointer. */
  claimRanges: Map<Claim, Range>;
  returnFocus: Element | null;
}

export class OnPage implements PageController {
  /** What the engine found; a blank stand-in until the page has been read (`read`). */
  private page: PageAnalysis;
  /** False until the page has been analysed: on request only, the page is not read before the reader asks. */
  private read = false;
  /** The last analysis's work (its slices, without the pauses) and its longest slice, in milliseconds. */
  private analysisMs = 0;
  private longestSliceMs = 0;
  private slices = 0;
  /** performance.now() when the last analysis started (data-started-at, for scripts/bench-browser.ts). */
  private startedAt = 0;
  /** performance.now() when the first claims or numbers were painted (data-first-paint-at). */
  private firstPaintAt = 0;
  /** While the article is being read: how many of its blocks are done. */
  private reading: { done: number; total: number; renderedAt: number } | null = null;
  /** Stops the analysis under way (a newer one, or teardown). */
  private analysisAbort: AbortController | null = null;
  /** performance.now() when the last analysis ended, for spacing re-analyses (REANALYSE_COST_FACTOR). */
  private analysedAt = 0;
  private display: Display | null = null;
  private destroyed = false;
  private enabled = false;
  /** The reader wants Sourcelight shown here (it runs by itself, or was asked): shown once the article is found. */
  private wanted = false;
  private highlights: HighlightSettings = { claims: true, numbers: true };
  private numberKinds: Partial<Record<NumberKind, boolean>> = {};
  private colorScheme: Settings['colorScheme'] = 'default';
  private sidebarOpen = false;
  private stripVisible = true;
  private focus: { sourceId: string; index: number } | null = null;
  private flashSpan: Span | null = null;
  private card: HoverCardState | null = null;
  private status = '';
  /** The picker under way: "Hide a block" or "Not the article? Pick it". */
  private picking: 'block' | 'article' | null = null;
  /** The article the reader picked on this site (a selector path), read from the site's settings. */
  private articlePath: string | null = null;
  private hiddenKinds = new Set<ClutterKind>();
  private pickedPaths: string[] = [];
  /** "Show all" also shows the blocks hidden by hand, for this visit only (they stay saved). */
  private pickedSuppressed = false;
  /** Every analysis run on this page (data-analyses), so that tests can tell one re-analysis per change. */
  private analyses = 0;
  /** The address the current analysis was made for; another one means the page swapped its story. */
  private analysedUrl = '';
  private readonly firstLocation: string;
  private readonly actions: OnPageActions;
  /** Gives the page its turn between slices of work. */
  private readonly pause: () => Promise<void>;

  /** Reads nothing of the page: `start()` decides from the settings whether to, `setEnabled(true)` does. */
  constructor(private readonly deps: OnPageDeps) {
    this.page = unreadPage(deps.url);
    this.firstLocation = deps.doc.location?.href ?? deps.url;
    this.pause = deps.pause ?? pauseForPage();
    deps.signal.addEventListener('abort', () => this.destroy(), { once: true });
    this.actions = this.createActions();
  }

  /**
   * Reads the settings, then, only if Sourcelight runs on this page by itself, analyses the page and shows
   * Sourcelight on it. Otherwise the page is left unread until the reader asks (`setEnabled(true)`).
   */
  async start(): Promise<void> {
    if (this.destroyed) return;
    const prefs = await this.guardAsync('settings', () => this.deps.loadSettings());
    if (this.destroyed || !prefs) return;
    this.highlights = { ...prefs.settings.highlights };
    this.numberKinds = { ...prefs.settings.numberKinds };
    this.colorScheme = prefs.settings.colorScheme;
    this.sidebarOpen = prefs.settings.sidebarAutoOpen;
    const unwatch = this.deps.watchSettings?.((settings) => this.guard('settings', () => this.applySettings(settings)));
    if (unwatch) this.deps.signal.addEventListener('abort', unwatch, { once: true });
    this.hiddenKinds = new Set(prefs.site.stripHidden);
    this.pickedPaths = [...prefs.site.hiddenBlocks];
    this.articlePath = prefs.site.articlePath ?? null;
    if (!prefs.autoRun || this.read) return;
    this.wanted = true;
    await this.analyse();
    if (!this.page.analysis.isArticle && !this.destroyed) await this.waitForLateArticle();
    if (!this.page.analysis.isArticle || this.destroyed || !this.wanted) return;
    await this.setEnabled(true);
  }

  /**
   * Reads the page (never changes it), in slices. As soon as the article is found, Sourcelight is shown (if the
   * reader wants it here) and each block's claims and numbers are painted as it is read; when the whole article
   * is read, everything is painted and listed at once.
   */
  private async analyse(): Promise<void> {
    this.read = true;
    const page = await this.runAnalysis({
      onArticle: (partial) => this.guard('on-page', () => this.beginReading(partial)),
      onBlock: (result) => this.guard('highlights', () => this.paintBlock(result)),
    });
    if (page) this.take(page);
  }

  /** A finished analysis replaces the shown one: painted and listed whole, or, no article any more, all gone. */
  private take(page: PageAnalysis): void {
    this.page = page;
    this.reading = null;
    if (!page.analysis.isArticle) {
      this.enabled = false;
      this.hide();
      return;
    }
    this.guard('on-page', () => this.refresh());
  }

  /** The article is found, its text not read yet: show Sourcelight now if it is wanted here. */
  private beginReading(partial: PageAnalysis): void {
    this.page = partial;
    this.reading = { done: 0, total: partial.article?.blocks.length ?? 0, renderedAt: 0 };
    if (this.wanted && !this.display) {
      this.enabled = true;
      this.show();
    } else this.render();
  }

  /**
   * Watches (read-only) for a story that scripts add after load and analyses again when enough text arrived;
   * resolves when the page became an article, or after LATE_ARTICLE_WINDOW_MS, or on teardown.
   */
  private waitForLateArticle(): Promise<void> {
    const { doc } = this.deps;
    const view = doc.defaultView;
    const body = doc.body;
    if (!view || !body) return Promise.resolve();
    return new Promise((resolve) => {
      let added = 0;
      let attempts = 0;
      let debounce = 0;
      const finish = (): void => {
        observer.disconnect();
        view.clearTimeout(debounce);
        view.clearTimeout(deadline);
        resolve();
      };
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of Array.from(record.addedNodes)) added += node.textContent?.length ?? 0;
        }
        if (added < LATE_ARTICLE_MIN_CHARS) return;
        view.clearTimeout(debounce);
        debounce = view.setTimeout(() => {
          added = 0;
          attempts++;
          void this.analyse().then(() => {
            if (this.page.analysis.isArticle || attempts >= LATE_ARTICLE_MAX_ANALYSES) finish();
          });
        }, LATE_ARTICLE_DEBOUNCE_MS);
      });
      observer.observe(body, { childList: true, subtree: true });
      const deadline = view.setTimeout(finish, LATE_ARTICLE_WINDOW_MS);
      this.deps.signal.addEventListener('abort', finish, { once: true });
    });
  }

  /** The reader changed the settings elsewhere: follow the highlight choices and colours at once. */
  private applySettings(settings: Settings): void {
    this.highlights = { ...settings.highlights };
    this.numberKinds = { ...settings.numberKinds };
    const display = this.display;
    if (display && settings.colorScheme !== this.colorScheme) {
      display.undoHighlightStyle();
      display.undoHighlightStyle = addPageStyle(
        this.deps.doc,
        highlightCss(highlightStyles(settings.colorScheme)),
        display.host,
      );
    }
    this.colorScheme = settings.colorScheme;
    this.paint();
  }

  // ------------------------------------------------------------------------------------------------------------
  // PageController

  state(): PageState {
    const { analysis } = this.page;
    const named = analysis.sources.filter((s) => s.named).length;
    return {
      // A page not read yet (on request) counts as an article that is off, so that the popup offers "Run on
      // this page"; whether it is one is known once the reader asks.
      isArticle: this.read ? analysis.isArticle : true,
      enabled: this.enabled,
      title: analysis.article?.title ?? null,
      publisher: analysis.article?.publisher ?? null,
      attribution: { ...analysis.attribution },
      counts: {
        claims: analysis.claims.length,
        sources: analysis.sources.length,
        named,
        anonymous: analysis.sources.length - named,
        numbers: analysis.numbers.length,
        clutter: this.page.clutter.length,
        clutterHidden: this.display?.hidden.size ?? 0,
      },
      highlights: { ...this.highlights },
      sidebarOpen: this.enabled && this.sidebarOpen,
      stripVisible: this.enabled && this.stripVisible,
      articleCertainty: certaintyOf(analysis),
    };
  }

  setHighlights(options: { claims?: boolean; numbers?: boolean }): void {
    this.highlights = { ...this.highlights, ...options };
    this.guard('highlights', () => this.paint());
  }

  async setSidebar(open: boolean): Promise<void> {
    if (open && !this.enabled) await this.setEnabled(true);
    this.guard('sidebar', () => this.applySidebar(open));
  }

  setStrip(visible: boolean): void {
    this.stripVisible = visible;
    this.update();
  }

  async setEnabled(enabled: boolean): Promise<void> {
    if (this.destroyed) return;
    this.wanted = enabled;
    // The reader asked (popup, sidebar shortcut): read the page now; it shows as soon as the article is found.
    if (enabled && !this.read) await this.analyse();
    // Not an article, or the reader changed their mind while the page was being read.
    if (this.destroyed || !this.page.analysis.isArticle || this.wanted !== enabled) return;
    this.enabled = enabled;
    if (enabled && !this.display) this.guard('on-page', () => this.show());
    if (!enabled) this.hide();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.analysisAbort?.abort();
    this.hide();
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Show and hide

  private show(): void {
    const { doc } = this.deps;
    const abort = new AbortController();
    const host = doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = `${onPageCss}\n${paletteCss()}`;
    const mount = doc.createElement('div');
    shadow.append(style, mount);
    doc.documentElement.append(host);
    liftToTopLayer(host, abort.signal);
    const mode: HighlightMode = supportsCustomHighlights(doc) ? 'css' : 'wrap';
    const undoStyles = addPageStyle(doc, STRIP_CSS, host);
    const undoHighlightStyle = addPageStyle(doc, highlightCss(highlightStyles(this.colorScheme)), host);
    const display: Display = {
      abort,
      host,
      shadow,
      mount,
      mode,
      undoStyles,
      undoHighlightStyle,
      undoHighlights: null,
      growing: null,
      undoPush: null,
      undoPicker: null,
      undoPreview: null,
      hidden: new HiddenSet(),
      observer: null,
      timers: new Set(),
      claimRanges: new Map(),
      returnFocus: null,
    };
    this.display = display;
    host.dataset.highlightMode = mode;
    this.guard('highlights', () => this.paint());
    this.guard('strip', () => this.applyStrip());
    this.guard('sidebar', () => {
      if (this.sidebarOpen) display.undoPush = pushPage(doc, SIDEBAR_WIDTH_PX, host);
    });
    this.guard('listeners', () => this.listen());
    this.guard('reanalyse', () => this.observe());
    this.guard('reanalyse', () => this.watchUrl(display));
    this.writeHostData();
    host.dataset.analyses = String(this.analyses);
    host.dataset.startedAt = this.startedAt.toFixed(1);
    if (this.reading) {
      host.dataset.state = 'reading';
      // While the article is read, the panel is first drawn in a task of its own: on a fresh page that drawing
      // compiles Preact and the panel's code, too much to add to the task that made the host.
      void this.pause().then(() => {
        if (this.display === display) this.render();
      });
    } else {
      this.render();
      this.markReady(display);
    }
  }

  /** Everything is painted and listed: the figures scripts/bench-browser.ts and the e2e tests read. */
  private markReady(display: Display): void {
    const { host } = display;
    host.dataset.analyses = String(this.analyses);
    host.dataset.startedAt = this.startedAt.toFixed(1);
    if (this.firstPaintAt > 0) host.dataset.firstPaintAt = this.firstPaintAt.toFixed(1);
    host.dataset.analysisMs = this.analysisMs.toFixed(1);
    host.dataset.longestSliceMs = this.longestSliceMs.toFixed(1);
    host.dataset.slices = String(this.slices);
    host.dataset.shownAt = performance.now().toFixed(1);
    host.dataset.state = 'ready';
  }

  /** A new analysis is in: paint it whole, apply the strip, watch the new article, list it. */
  private refresh(): void {
    const display = this.display;
    if (!display) return;
    if (this.focus && !sourceById(this.page.analysis, this.focus.sourceId)) this.focus = null;
    this.card = null;
    this.previewStrip(null);
    this.paint();
    this.applyStrip();
    this.observe();
    this.writeHostData();
    this.render();
    this.markReady(display);
  }

  private hide(): void {
    const display = this.display;
    if (!display) return;
    this.display = null;
    this.picking = null;
    this.card = null;
    const safely = (feature: string, fn: () => void): void => this.guard(feature, fn);
    display.abort.abort();
    display.observer?.disconnect();
    for (const timer of display.timers) clearTimeout(timer);
    safely('picker', () => display.undoPicker?.());
    safely('strip', () => display.undoPreview?.());
    safely('highlights', () => display.growing?.painter.undo());
    safely('highlights', () => display.undoHighlights?.());
    safely('strip', () => display.hidden.clear());
    safely('sidebar', () => display.undoPush?.());
    safely('on-page', () => render(null, display.mount));
    safely('on-page', () => display.undoHighlightStyle());
    safely('on-page', () => display.undoStyles());
    display.host.remove();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Highlights

  private paint(): void {
    const display = this.display;
    if (!display) return;
    this.quietly(display, () => {
      display.undoHighlights?.();
      display.undoHighlights = null;
      const growing = display.growing;
      if (growing && this.adopt(display, growing)) return;
      display.growing = null;
      growing?.painter.undo();
      const marks = this.viewMarks();
      if (display.mode === 'css') this.paintByBlock(display, marks);
      else this.paintWrapped(display, marks);
    });
  }

  /** What the current view highlights: the claims (by category, or a focused source's), numbers and a flash. */
  private viewMarks(): BlockMark[] {
    const { analysis } = this.page;
    const marks: BlockMark[] = [];
    const focus = this.focus;
    if (this.highlights.claims) {
      if (focus) {
        claimsOf(analysis, focus.sourceId).forEach((claim, i) => {
          const current = i === focus.index;
          marks.push({
            span: claim.span,
            layer: current ? LAYER.current : LAYER.focus,
            priority: current ? PRIORITY.current : PRIORITY.focus,
            key: spanKey(claim.span),
          });
        });
      } else {
        const layerOf = claimLayers(analysis);
        for (const claim of analysis.claims) {
          marks.push({ span: claim.span, layer: layerOf(claim), priority: PRIORITY.claim, key: spanKey(claim.span) });
        }
      }
    }
    this.pushNumberMarks(marks, analysis.numbers);
    if (this.flashSpan) marks.push({ span: this.flashSpan, layer: LAYER.flash, priority: PRIORITY.flash });
    return marks;
  }

  /**
   * The numbers' marks, when numbers are highlighted: dates and times of day in their own (quieter) layer, hidden
   * kinds left out.
   */
  private pushNumberMarks(marks: BlockMark[], numbers: readonly NumberMention[]): void {
    if (!this.highlights.numbers) return;
    for (const number of numbers) {
      if (this.numberKinds[number.kind] === false) continue;
      const date = number.kind === 'date' || number.kind === 'time';
      marks.push({
        span: number.span,
        layer: date ? LAYER.date : LAYER.number,
        priority: date ? PRIORITY.date : PRIORITY.number,
      });
    }
  }

  /**
   * Paints the view block by block, so that a long article keeps only the blocks near the viewport painted in
   * every view (utils/marks/block-highlights.ts).
   */
  private paintByBlock(display: Display, marks: readonly BlockMark[]): void {
    const growing = this.startGrowing(display);
    if (!growing) return;
    const { analysis } = this.page;
    const byBlock = new Map<number, BlockMark[]>();
    for (const mark of marks) {
      const list = byBlock.get(mark.span.block);
      if (list) list.push(mark);
      else byBlock.set(mark.span.block, [mark]);
    }
    for (const [block, list] of byBlock) growing.painter.add(block, list);
    growing.plain = !this.focus && !this.flashSpan;
    if (growing.plain && this.highlights.claims) growing.claims = analysis.claims.length;
    growing.final = new Map(analysis.claims.map((claim) => [spanKey(claim.span), claim]));
    this.listPainted(display, growing, growing.final);
  }

  /** The wrap fallback (no CSS Custom Highlight API): the whole view at once, as marks in the page's text. */
  private paintWrapped(display: Display, marks: readonly BlockMark[]): void {
    const { doc } = this.deps;
    const { analysis, article } = this.page;
    const blocks = article?.blocks ?? [];
    const claims = new Map(analysis.claims.map((claim) => [spanKey(claim.span), claim]));
    const layers = new Map<string, { name: string; priority: number; ranges: Range[] }>();
    const claimRanges = new Map<Claim, Range>();
    let numbersPainted = 0;
    for (const mark of marks) {
      const range = spanToRange(doc, blocks, mark.span);
      if (!range) continue;
      const layer = layers.get(mark.layer);
      if (layer) layer.ranges.push(range);
      else layers.set(mark.layer, { name: mark.layer, priority: mark.priority, ranges: [range] });
      const claim = mark.key === undefined ? undefined : claims.get(mark.key);
      if (claim) claimRanges.set(claim, range);
      else if (mark.layer === LAYER.number || mark.layer === LAYER.date) numbersPainted++;
    }
    const painted: HighlightLayer[] = [...layers.values()];
    display.undoHighlights = paintHighlights(doc, painted, display.mode);
    display.claimRanges = claimRanges;
    display.host.dataset.paintedClaims = String(claimRanges.size);
    display.host.dataset.paintedNumbers = String(numbersPainted);
  }

  /**
   * Paints one block just read: its claims (by the category their source has so far) and numbers are added to
   * the layers already painted. Only with the CSS Custom Highlight API (the wrap fallback paints once at the
   * end) and without a focused source (that view needs the final claims).
   */
  private paintBlock(result: BlockResult): void {
    const reading = this.reading;
    if (reading) reading.done = result.block + 1;
    const display = this.display;
    if (display?.mode !== 'css' || this.focus) return;
    const growing = display.growing ?? this.startGrowing(display);
    if (!growing) return;
    const marks: BlockMark[] = [];
    if (this.highlights.claims) {
      for (const claim of result.claims) {
        marks.push({
          span: claim.span,
          layer: LAYER.claim(claim.category),
          priority: PRIORITY.claim,
          key: spanKey(claim.span),
        });
      }
      growing.claims += result.claims.length;
    }
    this.pushNumberMarks(marks, result.numbers);
    growing.painter.add(result.block, marks);
    if (this.firstPaintAt === 0 && growing.painter.size.painted > 0) {
      this.firstPaintAt = performance.now();
      display.host.dataset.firstPaintAt = this.firstPaintAt.toFixed(1);
    }
    if (reading && this.sidebarOpen && performance.now() - reading.renderedAt > READING_RENDER_MS) {
      reading.renderedAt = performance.now();
      this.render();
    }
  }

  /** The block-by-block painter, following the reader's scrolling on long articles; null without the API. */
  private startGrowing(display: Display): Growing | null {
    const { doc } = this.deps;
    const highlights = growHighlights(doc);
    const view = doc.defaultView;
    if (!highlights || !view) return null;
    const { analysis, article } = this.page;
    const painter = new BlockHighlights(doc, article?.blocks ?? [], highlights, analysis.article?.wordCount ?? 0);
    const growing: Growing = {
      painter,
      claims: 0,
      settings: this.settingsKey(),
      final: null,
      analysis: this.analyses,
      plain: true,
    };
    display.growing = growing;
    let frame = 0;
    const follow = (): void => {
      if (frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        if (display.growing !== growing) return;
        this.guard('highlights', () => {
          painter.follow();
          if (growing.final) this.listPainted(display, growing, growing.final);
        });
      });
    };
    const options = { passive: true, signal: display.abort.signal };
    view.addEventListener('scroll', follow, options);
    view.addEventListener('resize', follow, options);
    display.abort.signal.addEventListener('abort', () => view.cancelAnimationFrame(frame), { once: true });
    return growing;
  }

  /**
   * The whole analysis is in and was painted block by block with the same settings: keep those highlights and
   * only move the claims whose source turned out to be of another category (no range is built twice, so the
   * last step of a long article stays short). False when it cannot be kept: paint anew.
   */
  private adopt(display: Display, growing: Growing): boolean {
    const { analysis } = this.page;
    if (growing.analysis !== this.analyses || !growing.plain || this.focus || this.flashSpan) return false;
    if (growing.settings !== this.settingsKey()) return false;
    if (this.highlights.claims && growing.claims !== analysis.claims.length) return false;
    const final = new Map(analysis.claims.map((claim) => [spanKey(claim.span), claim]));
    if (final.size !== analysis.claims.length) return false;
    const layerOf = claimLayers(analysis);
    growing.painter.relayer((key) => {
      const claim = final.get(key);
      return claim ? layerOf(claim) : null;
    });
    growing.final = final;
    this.listPainted(display, growing, final);
    return true;
  }

  /** The painted claims' ranges for hit-testing, and the painted counts on the host. */
  private listPainted(display: Display, growing: Growing, final: Map<string, Claim>): void {
    const claimRanges = new Map<Claim, Range>();
    for (const [key, range] of growing.painter.claimRanges()) {
      const claim = final.get(key);
      if (claim) claimRanges.set(claim, range);
    }
    display.claimRanges = claimRanges;
    display.host.dataset.paintedClaims = String(claimRanges.size);
    display.host.dataset.paintedNumbers = String(growing.painter.size.painted - claimRanges.size);
  }

  private settingsKey(): string {
    return JSON.stringify([this.highlights, this.numberKinds]);
  }

  /** Makes changes the article observer must not take for the page's own (the wrap fallback mutates text). */
  private quietly(display: Display, change: () => void): void {
    try {
      change();
    } finally {
      display.observer?.takeRecords();
    }
  }

  private flash(span: Span): void {
    const display = this.display;
    if (!display) return;
    this.flashSpan = span;
    this.paint();
    this.later(display, FLASH_MS, () => {
      if (this.flashSpan !== span) return;
      this.flashSpan = null;
      this.paint();
    });
  }

  private scrollTo(span: Span): void {
    const { doc } = this.deps;
    const range = spanToRange(doc, this.page.article?.blocks ?? [], span);
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

  // ------------------------------------------------------------------------------------------------------------
  // Strip

  private stripItems(): StripItem[] {
    const counts = new Map<ClutterKind, number>();
    for (const item of this.page.clutter) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
    return CLUTTER_ORDER.filter((kind) => counts.has(kind)).map((kind) => ({
      kind,
      count: counts.get(kind) ?? 0,
      hidden: this.hiddenKinds.has(kind),
      samples: this.page.clutter.filter((c) => c.kind === kind).map((c) => firstWords(c.text)),
    }));
  }

  /** True when hiding `element` would hide article text (utils/page/article-text.ts). */
  private coversArticle(element: Element): boolean {
    return this.page.articleText?.covers(element) ?? false;
  }

  /**
   * Why a choice saved for this site is not applied on this page: a hidden kind whose blocks here hold article
   * text (the clutter finder spared them), or hand-hidden blocks whose saved path finds article text here.
   */
  private stripNotices(): string[] {
    const notices: string[] = [];
    const spared = new Set((this.page.spared ?? []).map((s) => s.kind));
    for (const kind of CLUTTER_ORDER) {
      if (this.hiddenKinds.has(kind) && spared.has(kind)) {
        notices.push(t('stripNoticeKindKept', clutterLabel(kind)));
      }
    }
    const held = this.pickedSuppressed ? 0 : this.resolvedPicks().filter((e) => this.coversArticle(e)).length;
    if (held > 0) {
      notices.push(tp('stripNoticeBlocksKept', held));
    }
    return notices;
  }

  /** What a strip button would hide now: a kind's blocks, or for "Hide all" every block still shown. */
  private previewElements(target: StripPreview): Element[] {
    const shown = (c: { kind: ClutterKind }): boolean =>
      target === 'all' ? !this.hiddenKinds.has(c.kind) : c.kind === target;
    return this.page.clutter.filter(shown).map((c) => c.element);
  }

  private previewStrip(target: StripPreview | null): void {
    const display = this.display;
    if (!display) return;
    display.undoPreview?.();
    display.undoPreview = null;
    if (target) display.undoPreview = showOutlines(this.deps.doc, display.shadow, this.previewElements(target));
  }

  /** The elements the saved paths name on this page, article text or not. */
  private resolvedPicks(): Element[] {
    const found: Element[] = [];
    for (const path of this.pickedPaths) {
      const element = resolvePath(this.deps.doc, path);
      if (element) found.push(element);
    }
    return found;
  }

  /** The hand-hidden blocks to hide on this page: never one that would hide article text here. */
  private pickedElements(): Element[] {
    if (this.pickedSuppressed) return [];
    return this.resolvedPicks().filter((e) => !this.coversArticle(e));
  }

  private applyStrip(): void {
    const display = this.display;
    if (!display) return;
    const chosen = this.page.clutter.filter((c) => this.hiddenKinds.has(c.kind)).map((c) => c.element);
    const elements = safeToHide([...chosen, ...this.pickedElements()], this.page.article?.root ?? null);
    display.hidden.set(elements, 'strip');
  }

  private saveStrip(): void {
    void this.guardAsync('strip', () =>
      this.deps.saveSite({ stripHidden: [...this.hiddenKinds], hiddenBlocks: [...this.pickedPaths] }),
    );
  }

  private beginPicker(): void {
    const root = this.page.article?.root ?? null;
    this.startPicking('block', {
      // Never the article nor anything that holds it: hiding those would hide the story itself.
      isForbidden: (element) =>
        (root !== null && (element === root || element.contains(root))) || this.coversArticle(element),
      onPick: (_element, path) => {
        if (!this.pickedPaths.includes(path)) this.pickedPaths.push(path);
        this.pickedSuppressed = false;
        this.applyStrip();
        this.saveStrip();
        this.status = t('statusBlockHidden');
        this.update();
      },
    });
  }

  /** One picker at a time, for hiding a block or for choosing the article; it ends on a pick or a cancel. */
  private startPicking(
    kind: 'block' | 'article',
    options: Pick<PickerOptions, 'isForbidden'> & { onPick(element: Element, path: string): void },
  ): void {
    const display = this.display;
    if (!display || this.picking) return;
    this.picking = kind;
    const stop = (): void => {
      this.picking = null;
      display.undoPicker = null;
      this.update();
    };
    display.undoPicker = startPicker(this.deps.doc, {
      overlayParent: display.shadow,
      host: display.host,
      signal: display.abort.signal,
      ...(options.isForbidden ? { isForbidden: options.isForbidden } : {}),
      onPick: (element, path) => {
        stop();
        options.onPick(element, path);
      },
      onCancel: stop,
    });
    this.update();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Not the article? Pick it

  /** The reader points at the article; on a click or Enter it is analysed as the article and kept for the site. */
  private beginArticlePicker(): void {
    this.status = '';
    this.startPicking('article', { onPick: (_element, path) => this.chooseArticle(path) });
  }

  /**
   * The reader's article (a path), or Sourcelight's own choice again (null): saved for the site, then the page is
   * read again with it. Highlights, sources, claims and numbers are taken down and redone by the re-analysis
   * (`reanalyse` → `take`). A pick that holds no article text is not kept.
   */
  private chooseArticle(path: string | null): void {
    const display = this.display;
    if (!display) return;
    this.articlePath = path;
    this.status = path === null ? t('statusAutomaticArticle') : t('statusReadingPicked');
    this.render();
    void this.guardAsync('pick-article', () => this.deps.saveSite({ articlePath: path }));
    void this.reanalyse(display).then(() => {
      if (this.display !== display || path === null || this.articlePath !== path) return;
      if (this.page.analysis.article?.certainty?.picked) {
        this.status = t('statusPickedShown');
      } else {
        this.articlePath = null;
        void this.guardAsync('pick-article', () => this.deps.saveSite({ articlePath: null }));
        this.status = t('statusPickNoText');
      }
      this.render();
    });
  }

  // ------------------------------------------------------------------------------------------------------------
  // Sidebar

  private applySidebar(open: boolean): void {
    const display = this.display;
    this.sidebarOpen = open;
    if (!display) return;
    const { doc } = this.deps;
    if (open && !display.undoPush) {
      display.returnFocus = doc.activeElement;
      display.undoPush = pushPage(doc, SIDEBAR_WIDTH_PX, display.host);
    }
    if (!open && display.undoPush) {
      display.undoPush();
      display.undoPush = null;
      if (this.focus) {
        this.focus = null;
        this.paint();
      }
    }
    this.render();
    if (!open) {
      const back = display.returnFocus;
      display.returnFocus = null;
      if (back && back !== display.host && back.isConnected && 'focus' in back) (back as HTMLElement).focus();
      else display.shadow.querySelector<HTMLElement>('.sl-launcher')?.focus();
    }
  }

  private focusSource(sourceId: string | null, index = 0): void {
    this.focus = sourceId ? { sourceId, index } : null;
    this.paint();
    const claim = sourceId ? claimsOf(this.page.analysis, sourceId)[index] : undefined;
    if (claim) this.scrollTo(claim.span);
    this.render();
  }

  private copy(format: 'markdown' | 'json'): void {
    const text = format === 'markdown' ? breakdownMarkdown(this.page.analysis) : breakdownJson(this.page.analysis);
    const label = format === 'markdown' ? 'Markdown' : 'JSON';
    const clipboard = this.deps.doc.defaultView?.navigator.clipboard;
    if (!clipboard) {
      this.setStatus(t('statusCopyUnavailable'));
      return;
    }
    clipboard.writeText(text).then(
      () => this.setStatus(t('statusCopied', label)),
      () => this.setStatus(t('statusCopyRefused')),
    );
  }

  private setStatus(text: string): void {
    this.status = text;
    this.render();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Pointer and keys

  private listen(): void {
    const display = this.display;
    if (!display) return;
    const { doc } = this.deps;
    const signal = AbortSignal.any([this.deps.signal, display.abort.signal]);
    const options = { signal };
    let frame = 0;
    let last: MouseEvent | null = null;
    doc.addEventListener(
      'mousemove',
      (event) => {
        last = event;
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (last) this.guard('hover-card', () => this.onPointer(last as MouseEvent));
        });
      },
      { ...options, passive: true },
    );
    signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
    doc.addEventListener('click', (event) => this.guard('hover-card', () => this.onClick(event)), options);
    doc.addEventListener('keydown', (event) => this.guard('shortcut', () => this.onKey(event)), options);
  }

  private onPointer(event: MouseEvent): void {
    const display = this.display;
    if (!display || this.picking) return;
    if (event.composedPath().includes(display.host)) return;
    const claim = this.claimAt(event.clientX, event.clientY);
    if (claim) {
      this.cardHideTimer = null;
      if (this.card?.claim !== claim) {
        this.card = {
          claim,
          source: sourceById(this.page.analysis, claim.sourceId),
          x: event.clientX,
          y: event.clientY,
        };
        this.render();
      }
    } else if (this.card && this.cardHideTimer === null) {
      const token = {};
      this.cardHideTimer = token;
      this.later(display, CARD_HIDE_DELAY_MS, () => {
        if (this.cardHideTimer !== token) return;
        this.cardHideTimer = null;
        this.card = null;
        this.render();
      });
    }
  }

  private cardHideTimer: object | null = null;

  private onClick(event: MouseEvent): void {
    const display = this.display;
    if (!display || this.picking || event.defaultPrevented || event.button !== 0) return;
    if (event.composedPath().includes(display.host)) return;
    const target = event.target as Element | null;
    if (target?.closest?.('a, button, input, select, textarea, label')) return;
    const selection = this.deps.doc.getSelection();
    if (selection && !selection.isCollapsed) return;
    const claim = this.claimAt(event.clientX, event.clientY);
    if (claim?.sourceId) this.openClaimSource(claim);
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.display) return;
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS') {
      event.preventDefault();
      this.applySidebar(!this.sidebarOpen);
      return;
    }
    if (event.key !== 'Escape' || this.picking || event.defaultPrevented) return;
    if (this.card) {
      this.card = null;
      this.render();
    } else if (this.sidebarOpen) {
      this.applySidebar(false);
    }
  }

  /** The painted claim under the viewport point: caret position first, then the claim's own line boxes. */
  private claimAt(x: number, y: number): Claim | null {
    const display = this.display;
    if (!display || display.claimRanges.size === 0) return null;
    const caret = caretAt(this.deps.doc, x, y);
    if (!caret) return null;
    for (const [claim, range] of display.claimRanges) {
      let inside = false;
      try {
        inside = range.isPointInRange(caret.node, caret.offset);
      } catch {
        inside = false;
      }
      if (inside && rangeContainsPoint(range, x, y)) return claim;
    }
    return null;
  }

  private openClaimSource(claim: Claim): void {
    if (!claim.sourceId) return;
    const index = Math.max(0, claimsOf(this.page.analysis, claim.sourceId).indexOf(claim));
    this.card = null;
    this.focus = { sourceId: claim.sourceId, index };
    this.paint();
    this.applySidebar(true);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Re-analysis when the page rewrites the article

  private observe(): void {
    const display = this.display;
    const root = this.page.article?.root;
    const { doc } = this.deps;
    if (!display || !root) return;
    display.observer?.disconnect();
    const observer = new MutationObserver((records) => {
      // Only queue: the work happens once, after the page has been quiet for a while. Inside the article any
      // change counts; elsewhere only one that took the article out (an SPA replacing its story element) or came
      // with a new address. Our own host and our own changes (taken by `quietly`) never count.
      const relevant = records.some(
        (record) =>
          !display.host.contains(record.target) &&
          (root.contains(record.target) || !root.isConnected || this.urlChanged()),
      );
      if (relevant) this.scheduleReanalyse(display);
    });
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    if (doc.body && !root.contains(doc.body)) observer.observe(doc.body, { childList: true, subtree: true });
    display.observer = observer;
  }

  /** Polls the address (pushState is invisible to content scripts) and listens to popstate; once per display. */
  private watchUrl(display: Display): void {
    const view = this.deps.doc.defaultView;
    if (!view) return;
    const check = (): void => {
      if (this.display === display && this.urlChanged()) this.scheduleReanalyse(display);
    };
    view.addEventListener('popstate', check, { signal: display.abort.signal });
    const poll = view.setInterval(check, URL_POLL_MS);
    display.abort.signal.addEventListener('abort', () => view.clearInterval(poll), { once: true });
  }

  private currentUrl(): string {
    return this.deps.doc.location?.href ?? this.deps.url;
  }

  private urlChanged(): boolean {
    return this.analysedUrl !== '' && this.currentUrl() !== this.analysedUrl;
  }

  /**
   * Every analysis goes through here: counted, made for the address the page shows now, and run in slices. A
   * newer analysis stops the one under way (which then resolves null, as after teardown).
   */
  private async runAnalysis(progress: AnalyzeProgress = {}): Promise<PageAnalysis | null> {
    this.analyses++;
    // The address given at start, unless the page has moved since (a jsdom test's document has none of its own).
    const url = this.currentUrl() === this.firstLocation ? this.deps.url : this.currentUrl();
    this.analysedUrl = this.currentUrl();
    this.analysisAbort?.abort();
    const abort = new AbortController();
    this.analysisAbort = abort;
    const current = (): boolean => !abort.signal.aborted && !this.destroyed;
    this.startedAt = performance.now();
    this.firstPaintAt = 0;
    if (this.display) this.display.host.dataset.analyses = String(this.analyses);
    const done = await this.guardAsync('analyse', () =>
      runInSlices(
        this.deps.analyze(
          this.deps.doc,
          { url, articleRoot: this.articlePath === null ? null : resolvePath(this.deps.doc, this.articlePath) },
          {
            onArticle: (page) => {
              if (current()) progress.onArticle?.(page);
            },
            onBlock: (result) => {
              if (current()) progress.onBlock?.(result);
            },
          },
        ),
        { signal: AbortSignal.any([abort.signal, this.deps.signal]), pause: this.pause },
      ),
    );
    if (!done || !current()) return null;
    // Painting and listing it all is a task of its own.
    await this.pause();
    if (!current()) return null;
    this.analysisMs = done.report.workMs;
    this.longestSliceMs = done.report.longestMs;
    this.slices = done.report.slices;
    this.analysedAt = performance.now();
    return done.value;
  }

  private reanalyseToken: object | null = null;

  private scheduleReanalyse(display: Display): void {
    // Seen: the poll must not queue the same change again and again while the debounce runs.
    this.analysedUrl = this.currentUrl();
    const token = {};
    this.reanalyseToken = token;
    const spacing = this.analysedAt + REANALYSE_COST_FACTOR * this.analysisMs - performance.now();
    this.later(display, REANALYSE_DEBOUNCE_MS + Math.max(0, spacing), () => {
      if (this.reanalyseToken !== token || this.display !== display) return;
      void this.reanalyse(display);
    });
  }

  /** The page changed its article: read it again; what is shown stays until the new reading replaces it. */
  private async reanalyse(display: Display): Promise<void> {
    // The wrap fallback splits the page's text nodes: take its marks off first, so that the engine reads the
    // page's own text. Custom highlights change nothing in the page and stay up while it is read again.
    if (display.mode === 'wrap') {
      this.quietly(display, () => {
        display.undoHighlights?.();
        display.undoHighlights = null;
      });
    }
    const page = await this.runAnalysis();
    if (page && this.display === display) this.take(page);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Plumbing

  private writeHostData(): void {
    const display = this.display;
    if (!display) return;
    const { analysis } = this.page;
    display.host.dataset.claims = String(analysis.claims.length);
    display.host.dataset.numbers = String(analysis.numbers.length);
    display.host.dataset.sources = String(analysis.sources.length);
  }

  private uiState(): OnPageState {
    return {
      analysis: this.page.analysis,
      sidebarOpen: this.sidebarOpen,
      stripVisible: this.stripVisible,
      focus: this.focus,
      strip: this.stripItems(),
      pickedCount: this.pickedElements().length,
      stripNotices: this.stripNotices(),
      picking: this.picking === 'block',
      pickingArticle: this.picking === 'article',
      card: this.card,
      status: this.status,
      reading: this.reading && { done: this.reading.done, total: this.reading.total },
    };
  }

  private render(): void {
    const display = this.display;
    if (!display) return;
    this.guard('on-page', () => render(<OnPageApp state={this.uiState()} actions={this.actions} />, display.mount));
  }

  private update(): void {
    this.render();
  }

  private later(display: Display, ms: number, fn: () => void): void {
    const view = this.deps.doc.defaultView;
    if (!view) return;
    const id = view.setTimeout(() => {
      display.timers.delete(id);
      if (this.display === display) this.guard('timer', fn);
    }, ms);
    display.timers.add(id);
  }

  private guard(feature: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.fail(feature, error);
    }
  }

  private async guardAsync<T>(feature: string, fn: () => Promise<T>): Promise<T | null> {
    try {
      return await fn();
    } catch (error) {
      this.fail(feature, error);
      return null;
    }
  }

  private fail(feature: string, error: unknown): void {
    // After an extension update the old script's browser.* calls throw; it must leave quietly.
    if (String((error as { message?: unknown })?.message ?? error).includes('Extension context invalidated')) {
      this.destroy();
      return;
    }
    (this.deps.log ?? defaultLog)(feature, error);
  }

  private createActions(): OnPageActions {
    return {
      setSidebar: (open) => this.guard('sidebar', () => this.applySidebar(open)),
      setStrip: (visible) => this.setStrip(visible),
      focusSource: (id) => this.guard('sidebar', () => this.focusSource(id)),
      stepFocus: (delta) =>
        this.guard('sidebar', () => {
          if (!this.focus) return;
          const count = claimsOf(this.page.analysis, this.focus.sourceId).length;
          if (count === 0) return;
          this.focusSource(this.focus.sourceId, (this.focus.index + delta + count) % count);
        }),
      showClaim: (claim: Claim) =>
        this.guard('sidebar', () => {
          if (this.focus) {
            const index = claimsOf(this.page.analysis, this.focus.sourceId).indexOf(claim);
            if (index >= 0) this.focus = { ...this.focus, index };
          }
          this.scrollTo(claim.span);
          this.flash(claim.span);
          this.render();
        }),
      showNumber: (number: NumberMention) =>
        this.guard('sidebar', () => {
          this.scrollTo(number.span);
          this.flash(number.span);
        }),
      previewStrip: (target) => this.guard('strip', () => this.previewStrip(target)),
      toggleKind: (kind) =>
        this.guard('strip', () => {
          this.previewStrip(null);
          if (this.hiddenKinds.has(kind)) this.hiddenKinds.delete(kind);
          else this.hiddenKinds.add(kind);
          this.applyStrip();
          this.saveStrip();
          this.render();
        }),
      setAllHidden: (hidden) =>
        this.guard('strip', () => {
          this.previewStrip(null);
          this.hiddenKinds = new Set(hidden ? this.stripItems().map((i) => i.kind) : []);
          if (!hidden) this.pickedSuppressed = true;
          this.applyStrip();
          this.saveStrip();
          this.render();
        }),
      startPicker: () => this.guard('picker', () => this.beginPicker()),
      pickArticle: () => this.guard('pick-article', () => this.beginArticlePicker()),
      useAutomaticArticle: () => this.guard('pick-article', () => this.chooseArticle(null)),
      showPicked: () =>
        this.guard('strip', () => {
          this.pickedSuppressed = !this.pickedSuppressed;
          this.applyStrip();
          this.render();
        }),
      copy: (format) => this.guard('export', () => this.copy(format)),
      openCardSource: () =>
        this.guard('hover-card', () => {
          if (this.card) this.openClaimSource(this.card.claim);
        }),
      closeCard: () => {
        this.card = null;
        this.render();
      },
      keepCard: () => {
        this.cardHideTimer = null;
      },
    };
  }
}

interface PopoverHost {
  showPopover?: () => void;
  matches?: (selector: string) => boolean;
}

/**
 * Puts the host in the top layer (a manual popover), where no ancestor's transform, filter or containment can
 * become the containing block of its fixed children (seeds/hostile/transformed-root-article.html). Without
 * popovers (or if the call throws) the host stays an ordinary fixed child of <html>, as before. A manual popover
 * is never light-dismissed; if the page closes it anyway (hidePopover, or removing and re-adding the host), it is
 * shown again. The popover attribute goes away with the host on hide(), so the page is restored byte for byte.
 */
function liftToTopLayer(host: HTMLElement, signal: AbortSignal): void {
  const h = host as unknown as PopoverHost;
  if (typeof h.showPopover !== 'function') return;
  const show = (): void => {
    if (signal.aborted || !host.isConnected) return;
    try {
      if (typeof h.matches === 'function' && h.matches.call(host, ':popover-open')) return;
      h.showPopover?.call(host);
    } catch {
      // Not shown (the page removed the attribute, or the browser refused): the fixed host still works.
    }
  };
  try {
    host.setAttribute('popover', 'manual');
  } catch {
    return;
  }
  show();
  host.addEventListener(
    'toggle',
    (event) => {
      if ((event as Event & { newState?: string }).newState === 'closed') show();
    },
    { signal },
  );
}

/** A block's first words, for a tooltip ("More from our newsroom …"). */
function firstWords(text: string): string {
  const words = text.split(' ').filter((w) => w !== '');
  return words.length > SAMPLE_WORDS ? `${words.slice(0, SAMPLE_WORDS).join(' ')} …` : words.join(' ');
}

function defaultLog(feature: string, error: unknown): void {
  console.error(`[sourcelight:${feature}]`, error);
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

/** The popup's word for the certainty of the article found; undefined when nothing was read. */
function certaintyOf(analysis: Analysis): PageState['articleCertainty'] {
  const certainty = analysis.article?.certainty;
  if (!certainty) return undefined;
  return certainty.picked ? 'picked' : certainty.level;
}

/** The stand-in for a page that has not been read: no article, nothing found. */
function unreadPage(url: string): PageAnalysis {
  return {
    analysis: {
      url,
      isArticle: false,
      article: null,
      attribution: { available: true, language: null },
      claims: [],
      sources: [],
      numbers: [],
      nonResponses: [],
      clutter: [],
      timings: { totalMs: 0 },
    },
    article: null,
    clutter: [],
  };
}
