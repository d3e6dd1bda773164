// The on-page coordinator: owns what Sourcelight shows on one page and implements PageController for the popup,
// the launcher and the keyboard shortcut. It does no painting, watching or hiding itself; it runs the analysis
// and coordinates the parts in ./on-page/, which it makes when Sourcelight is shown and destroys when it is not:
//   ui-host.ts       the <sourcelight-ui> element, its shadow root, page styles and timers
//   highlights.ts    the highlight view: claims and numbers painted block by block (or wrapped), hit-testing
//   page-watcher.ts  the read-only page watcher: article changes, address changes, late articles
//   strip.ts         the strip and the picker: clutter hidden, previews, hand-picked blocks, the article choice
//   pointer.ts       pointer and keys: the hover card, clicks on claims, the sidebar shortcut, Esc
//   figures.ts       the figures benchmarks and tests read; features.ts the typed feature ids and their guard
// The sidebar is not a part of its own: it is drawn by components/sidebar from the state here (open, the focused
// source, the status line), and its one change to the page, pushing it aside, is a call to utils/marks/page-push.
// The analysis run stays here too: it is the lifecycle (every phase change follows from one).
// Stages:
//   1. read the reader's settings; if Sourcelight does not run here by itself (run mode "Only when I ask", or
//      the site blocked), stop: the page is not even read until the reader asks (popup's "Run on this page")
//   2. analyse (never changes the page) in slices of a few milliseconds (utils/slices.ts); not an article →
//      nothing at all on the page
//   3. show, as soon as the article is found; each block's claims and numbers are painted as the analysis reads
//      it, and the sidebar fills in when the whole article is read (data-state "reading", then "ready")
//   4. react: UI actions, settings changed in storage (this site's included), the page rewriting its article
//   5. hide/destroy: every part destroyed, every change undone in reverse
import { breakdownJson, breakdownMarkdown, claimsOf, sourceById } from '@/components/sidebar/model';
import { OnPageApp } from '@/components/sidebar/OnPageApp';
import type { OnPageActions, OnPageState } from '@/components/sidebar/types';
import type { BlockResult } from '@/utils/analysis/pipeline';
import type { Steps } from '@/utils/analysis/steps';
import type { Analysis, Claim, NumberKind, NumberMention } from '@/utils/analysis/types';
import { t } from '@/utils/i18n';
import { pushPage } from '@/utils/marks/page-push';
import { resolvePath } from '@/utils/marks/picker';
import type { Undo } from '@/utils/marks/undo';
import { type PageController, type PageState, unreadPageState } from '@/utils/messaging/page-controller';
import type { AnalyzeOptions, AnalyzeProgress } from '@/utils/page/read-page';
import type { PageAnalysis } from '@/utils/page/types';
import type { HighlightSettings, Settings, SiteSettings, SiteSettingsPatch } from '@/utils/settings';
import { pauseForPage, runInSlices } from '@/utils/slices';
import { consoleLog, Guard } from './on-page/features';
import { type FigureReport, Figures } from './on-page/figures';
import { type BlockFound, type HighlightInput, HighlightView } from './on-page/highlights';
import { PageAddress, PageWatcher, watchForLateArticle } from './on-page/page-watcher';
import { PointerAndKeys } from './on-page/pointer';
import { StripAndPicker, type StripChoices, stripChoices } from './on-page/strip';
import { UiHost } from './on-page/ui-host';

export { HOST_TAG } from './on-page/ui-host';

/** Must match --sl-sidebar-width in assets/onpage.css: the page is pushed by exactly the sidebar's width. */
const SIDEBAR_WIDTH_PX = 360;
/** While the article is being read, the open sidebar's progress line is redrawn at most this often. */
const READING_RENDER_MS = 150;

/** The engine, as OnPage runs it. */
export type Analyze = (doc: Document, options: AnalyzeOptions, progress: AnalyzeProgress) => Steps<PageAnalysis>;

/** What the controller needs from outside; injected so that it runs in unit tests without a browser. */
export interface OnPageDeps {
  doc: Document;
  url: string;
  /** The content script context's signal: aborting it tears everything down. */
  signal: AbortSignal;
  /** The engine as Steps (utils/page/analyze-page.ts `analyzePageSteps`): run here in slices, reporting its progress.
   * The content script hands it over while the engine's module still loads (a promise): the settings are read
   * meanwhile, and a page where Sourcelight does not run by itself never waits for it. */
  analyze: Analyze | Promise<Analyze>;
  /** Gives the page its turn between slices of the analysis; utils/slices.ts `pauseForPage()` by default. */
  pause?: () => Promise<void>;
  loadSettings(): Promise<{ settings: Settings; site: SiteSettings; autoRun: boolean }>;
  /** Calls back when the reader changes the settings or this site's settings (options page, popup, another tab;
   * utils/settings.ts `watchSiteSettings`, which gives the settings as this site uses them); returns the unwatch
   * function. This site's strip and article choices are then read again through `loadSettings`. */
  watchSettings?: (callback: (settings: Settings) => void) => () => void;
  saveSite(patch: SiteSettingsPatch): Promise<unknown>;
  /** The page's state changed by itself (its first reading settled, an analysis ended): the badge and an open
   * popup are told (utils/messaging/content.ts `reportToBackground`). */
  report?: () => void;
  log?: (feature: string, error: unknown) => void;
  /** Also write the figures (on-page/figures.ts) on the host as data attributes: for unit tests in jsdom, where
   * no extension message can ask for them. Never in the extension, where page scripts could read them. */
  figuresOnHost?: boolean;
}

/** While the article is being read: how many of its blocks are done. */
interface Reading {
  done: number;
  total: number;
  renderedAt: number;
}

/** The parts that exist only while Sourcelight is shown; destroyed together by `hide()`. */
interface View {
  host: UiHost;
  highlights: HighlightView;
  watcher: PageWatcher;
  strip: StripAndPicker;
  pointer: PointerAndKeys;
  /** The page pushed aside by the open sidebar. */
  undoPush: Undo | null;
  /** Where the focus was when the sidebar opened, given back when it closes. */
  returnFocus: Element | null;
}

/**
 * Where Sourcelight is on this page: the one value the coordinator follows, instead of flags.
 *   unread     nothing of the page read yet (it runs here on request only, or has not started)
 *   wanted     the reader wants it here (by settings or by asking): being read, shown once the article is found
 *   shown      on the page, its parts made (`view`)
 *   off        read, not shown: the reader turned it off
 *   destroyed  torn down for good (the content script's context ended)
 * `reading` is the analysis under way once it found the article, in any phase it can run in.
 */
type Life =
  | { phase: 'unread' }
  | { phase: 'destroyed' }
  | { phase: 'wanted'; reading: Reading | null }
  | { phase: 'off'; reading: Reading | null }
  | { phase: 'shown'; reading: Reading | null; view: View };
type Phase = Life['phase'];

/** The last analysis's cost, for the figures and for spacing re-analyses. */
interface RunReport {
  startedAt: number;
  firstPaintAt: number;
  endedAt: number;
  workMs: number;
  longestMs: number;
  slices: number;
}

export class OnPage implements PageController {
  private life: Life = { phase: 'unread' };
  /** What the engine found; a blank stand-in until the page has been read. */
  private page: PageAnalysis;
  private highlights: HighlightSettings = { claims: true, numbers: true };
  private numberKinds: Partial<Record<NumberKind, boolean>> = {};
  private colorScheme: Settings['colorScheme'] = 'default';
  private sidebarOpen = false;
  private stripVisible = true;
  private focus: { sourceId: string; index: number } | null = null;
  private status = '';
  /** The last reading stopped on an error part-way (its module did not load, the page broke it): what is shown
   * is what was read before, and the sidebar and the popup say so. */
  private unfinished = false;
  private choices: StripChoices = stripChoices({ stripHidden: [], hiddenBlocks: [] });
  /** Every analysis run on this page. */
  private analyses = 0;
  /** `start()` has not settled yet: the settings are being read, or the first analysis is under way. */
  private settling = false;
  /** The reader said "Run anyway": every reading of this page takes its best body as the article. */
  private forced = false;
  private run: RunReport = { startedAt: 0, firstPaintAt: 0, endedAt: 0, workMs: 0, longestMs: 0, slices: 0 };
  /** Stops the analysis under way (a newer one, or teardown). */
  private analysisAbort: AbortController | null = null;
  /** The view whose panel is not drawn yet, while the article is read: drawn once the first highlights are
   * painted (`drawPanelSoon`). */
  private undrawn: View | null = null;
  private readonly address: PageAddress;
  private readonly figures: Figures;
  private readonly guard: Guard;
  private readonly actions: OnPageActions;
  /** Gives the page its turn between slices of work. */
  private readonly pause: () => Promise<void>;

  /** Reads nothing of the page: `start()` decides from the settings whether to, `setEnabled(true)` does. */
  constructor(private readonly deps: OnPageDeps) {
    this.page = unreadPage(deps.url);
    this.address = new PageAddress(deps.doc, deps.url);
    this.figures = new Figures(deps.figuresOnHost === true);
    this.pause = deps.pause ?? pauseForPage();
    this.guard = new Guard(deps.log ?? consoleLog, () => this.destroy());
    deps.signal.addEventListener('abort', () => this.destroy(), { once: true });
    this.actions = this.createActions();
  }

  /**
   * Reads the settings, then, only if Sourcelight runs on this page by itself, analyses the page and shows
   * Sourcelight on it. Otherwise the page is left unread until the reader asks (`setEnabled(true)`).
   */
  async start(): Promise<void> {
    if (this.phase() === 'destroyed') return;
    // A popup that asks meanwhile is told the page is being read, and asks again when `settled` reports.
    this.settling = true;
    const settled = (): void => {
      if (!this.settling) return;
      this.settling = false;
      this.deps.report?.();
    };
    const prefs = await this.guard.runAsync('settings', () => this.deps.loadSettings());
    if (this.phase() === 'destroyed' || !prefs) return settled();
    this.figures.set({ settingsAt: performance.now() });
    this.highlights = { ...prefs.settings.highlights };
    this.numberKinds = { ...prefs.settings.numberKinds };
    this.colorScheme = prefs.settings.colorScheme;
    this.sidebarOpen = prefs.settings.sidebarAutoOpen;
    this.choices = stripChoices(prefs.site);
    this.watchStorage();
    if (!prefs.autoRun || this.phase() !== 'unread') return settled();
    this.life = { phase: 'wanted', reading: null };
    await this.analyse();
    settled();
    if (!this.page.analysis.isArticle && this.phase() !== 'destroyed') {
      await watchForLateArticle(this.deps.doc, this.deps.signal, async () => {
        await this.analyse();
        return this.page.analysis.isArticle;
      });
    }
    if (this.phase() === 'wanted' && this.page.analysis.isArticle) this.guard.run('on-page', () => this.show());
  }

  /** The phase now (read through a call: it changes while an analysis is awaited). */
  private phase(): Phase {
    return this.life.phase;
  }

  // ------------------------------------------------------------------------------------------------------------
  // PageController

  state(): PageState {
    // A page not read yet (on request) is told as the gate's pages are: an article that is off.
    const reading = this.settling || readingOf(this.life) !== null;
    if (this.life.phase === 'unread') return { ...unreadPageState(this.highlights), reading };
    const { analysis } = this.page;
    const named = analysis.sources.filter((s) => s.named).length;
    const view = this.view();
    const enabled = view !== null;
    return {
      isArticle: analysis.isArticle,
      enabled,
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
        clutterHidden: view?.strip.hiddenCount ?? 0,
      },
      highlights: { ...this.highlights },
      sidebarOpen: enabled && this.sidebarOpen,
      stripVisible: enabled && this.stripVisible,
      articleCertainty: certaintyOf(analysis),
      reading,
      ...(this.unfinished ? { unfinished: true } : {}),
    };
  }

  async setSidebar(open: boolean): Promise<void> {
    if (open && this.life.phase !== 'shown') await this.setEnabled(true);
    this.guard.run('sidebar', () => this.applySidebar(open));
  }

  setStrip(visible: boolean): void {
    this.stripVisible = visible;
    this.render();
  }

  async setEnabled(enabled: boolean): Promise<void> {
    const { life } = this;
    if (life.phase === 'destroyed') return;
    if (!enabled) {
      if (life.phase === 'shown') this.hide();
      // A page never read stays unread (the popup still offers to run here); otherwise it stays off.
      if (this.life.phase !== 'unread') this.life = { phase: 'off', reading: readingOf(this.life) };
      return;
    }
    if (life.phase === 'shown') return;
    this.life = { phase: 'wanted', reading: readingOf(life) };
    // The reader asked (popup, sidebar shortcut): read the page now; it shows as soon as the article is found. A
    // reading that failed part-way is tried again.
    if (life.phase === 'unread' || this.unfinished) await this.analyse();
    // Shown meanwhile (the article was found), not an article, or the reader changed their mind meanwhile.
    if (this.phase() !== 'wanted' || !this.page.analysis.isArticle) return;
    this.guard.run('on-page', () => this.show());
  }

  async runAnyway(): Promise<void> {
    const { life } = this;
    if (life.phase === 'destroyed' || life.phase === 'shown') return;
    this.forced = true;
    this.life = { phase: 'wanted', reading: readingOf(life) };
    await this.analyse();
    if (this.phase() !== 'wanted' || !this.page.analysis.isArticle) return;
    this.guard.run('on-page', () => this.show());
  }

  destroy(): void {
    if (this.life.phase === 'destroyed') return;
    this.analysisAbort?.abort();
    this.hide();
    this.life = { phase: 'destroyed' };
  }

  get isDestroyed(): boolean {
    return this.life.phase === 'destroyed';
  }

  /** The figures benchmarks and tests read (figures.ts), for the `figures` message. */
  figureReport(): FigureReport {
    return this.figures.report();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Analysis

  /**
   * Reads the page (never changes it), in slices. As soon as the article is found, Sourcelight is shown (if the
   * reader wants it here) and each block's claims and numbers are painted as it is read; when the whole article
   * is read, everything is painted and listed at once.
   */
  private async analyse(): Promise<void> {
    const page = await this.runAnalysis({
      onArticle: (partial) => this.guard.run('on-page', () => this.beginReading(partial)),
      onNumbers: (block, numbers) => this.guard.run('highlights', () => this.paintFound(block, { numbers })),
      onBlock: (result) => this.guard.run('highlights', () => this.paintBlock(result)),
    });
    if (page) this.take(page);
    if (page && !this.settling) this.deps.report?.();
  }

  /**
   * Every analysis goes through here: counted, made for the address the page shows now, and run in slices. A
   * newer analysis stops the one under way (which then resolves null, as after teardown).
   */
  private async runAnalysis(progress: AnalyzeProgress = {}): Promise<PageAnalysis | null> {
    try {
      return await this.analysisRun(progress);
    } finally {
      // A reading that painted nothing (no article any more, stopped, or failed) still draws the panel it showed.
      this.drawPanelSoon();
    }
  }

  private async analysisRun(progress: AnalyzeProgress): Promise<PageAnalysis | null> {
    this.analyses++;
    const url = this.address.forAnalysis();
    this.address.seen();
    this.analysisAbort?.abort();
    const abort = new AbortController();
    this.analysisAbort = abort;
    const current = (): boolean => !abort.signal.aborted && this.phase() !== 'destroyed';
    // Only the first analysis of a page can find the engine still loading.
    const analyze = await this.guard.runAsync('analyse', async () => this.deps.analyze);
    if (!analyze || !current()) return null;
    this.unfinished = false;
    this.run = { ...this.run, startedAt: performance.now(), firstPaintAt: 0 };
    if (this.view()) this.figures.set({ analyses: this.analyses });
    const { articlePath, hiddenKinds, pickedPaths } = this.choices;
    const done = await this.guard.runAsync('analyse', () =>
      runInSlices(
        analyze(
          this.deps.doc,
          {
            url,
            articleRoot: articlePath === null ? null : resolvePath(this.deps.doc, articlePath),
            pickSaved: articlePath !== null,
            force: this.forced,
            // What the reader hides on this site is hidden as soon as Sourcelight is shown (the strip needs the
            // clutter, and the article's text to spare); otherwise the first highlights do not wait for it.
            clutterFirst: hiddenKinds.size > 0 || pickedPaths.length > 0,
          },
          {
            onArticle: (page) => {
              if (current()) progress.onArticle?.(page);
            },
            onBlock: (result) => {
              if (current()) progress.onBlock?.(result);
            },
            onNumbers: (block, numbers) => {
              if (current()) progress.onNumbers?.(block, numbers);
            },
          },
        ),
        { signal: AbortSignal.any([abort.signal, this.deps.signal]), pause: this.pause },
      ),
    );
    if (!current()) return null;
    if (!done) {
      // Not stopped, so it failed (the guard logged why).
      this.readingFailed();
      return null;
    }
    // Painting and listing it all is a task of its own.
    await this.pause();
    if (!current()) return null;
    const { workMs, longestMs, slices } = done.report;
    this.run = { ...this.run, endedAt: performance.now(), workMs, longestMs, slices };
    return done.value;
  }

  /** The reading failed part-way: it is over, and what was read before stays shown, marked unfinished. */
  private readingFailed(): void {
    const { life } = this;
    if (life.phase === 'unread' || life.phase === 'destroyed') return;
    this.unfinished = true;
    life.reading = null;
    const view = this.view();
    if (view) {
      this.setUiState(view.host, 'unfinished');
      this.render();
    }
    if (!this.settling) this.deps.report?.();
  }

  /** The article is found, its text not read yet: show Sourcelight now if it is wanted here. */
  private beginReading(partial: PageAnalysis): void {
    this.figures.set({ articleAt: performance.now() });
    this.page = partial;
    const { life } = this;
    if (life.phase === 'unread' || life.phase === 'destroyed') return;
    life.reading = { done: 0, total: partial.article?.blocks.length ?? 0, renderedAt: 0 };
    if (life.phase === 'wanted') this.show();
    else this.render();
  }

  /** One block read: its claims painted now (its numbers were, `paintFound`), the progress line redrawn now and
   * then. */
  private paintBlock(result: BlockResult): void {
    const reading = readingOf(this.life);
    if (reading) reading.done = result.block + 1;
    if (!this.view()) return;
    this.paintFound(result.block, { claims: result.claims });
    if (reading && this.sidebarOpen && performance.now() - reading.renderedAt > READING_RENDER_MS) {
      reading.renderedAt = performance.now();
      this.render();
    }
  }

  /** What was found in a block painted now (numbers come before the block's claims); the first paint noted. */
  private paintFound(block: number, found: BlockFound): void {
    const painted = this.view()?.highlights.paintBlock(block, found) ?? false;
    if (painted && this.run.firstPaintAt === 0) {
      this.run.firstPaintAt = performance.now();
      this.figures.set({ firstPaintAt: this.run.firstPaintAt });
      this.drawPanelSoon();
    }
  }

  /**
   * The panel of a view shown while the article is read is drawn in a task of its own (on a fresh page that drawing
   * compiles Preact and the panel's code, too much to add to the task that made the host), queued once the first
   * highlights are painted: they do not wait for it (issue 15).
   */
  private drawPanelSoon(): void {
    const view = this.undrawn;
    if (!view) return;
    this.undrawn = null;
    void this.pause().then(() => {
      if (this.view() === view) this.render();
    });
  }

  /** A finished analysis replaces the shown one: painted and listed whole, or, no article any more, all gone. */
  private take(page: PageAnalysis): void {
    this.page = page;
    const { life } = this;
    if (life.phase === 'unread' || life.phase === 'destroyed') return;
    life.reading = null;
    if (!page.analysis.isArticle) {
      // Still wanted: a story that scripts add later (watchForLateArticle) is shown when it is found.
      if (life.phase === 'shown') {
        this.hide();
        this.life = { phase: 'wanted', reading: null };
      }
      return;
    }
    this.guard.run('on-page', () => this.refresh());
  }

  /** The page changed its article (or the reader picked another): read it again; what is shown stays until the
   * new reading replaces it. */
  private async reanalyse(): Promise<void> {
    const view = this.view();
    if (!view) return;
    view.highlights.beforeReanalysis();
    const page = await this.runAnalysis();
    if (page && this.view() === view) {
      this.take(page);
      this.deps.report?.();
    }
  }

  // ------------------------------------------------------------------------------------------------------------
  // Settings: storage is their only route; the page follows every change

  /** The site's settings this page is writing now (the strip's and the picker's saves). */
  private savesInFlight = 0;

  private watchStorage(): void {
    const { deps } = this;
    const unwatch = deps.watchSettings?.((settings) => {
      this.guard.run('settings', () => this.applySettings(settings));
      void this.guard.runAsync('settings', async () => {
        const prefs = await deps.loadSettings();
        // The page's own strip and pick saves come back here, each in turn: while one is still being written,
        // an earlier one read back would undo the reader's last click for a moment. The page already holds
        // what it is writing; changes made elsewhere are read with the next call.
        if (this.phase() !== 'destroyed' && this.savesInFlight === 0) this.applySite(prefs.site);
      });
    });
    if (unwatch) deps.signal.addEventListener('abort', unwatch, { once: true });
  }

  /** The reader changed the settings elsewhere: follow the highlight choices and colours at once. */
  private applySettings(settings: Settings): void {
    const before = JSON.stringify([this.highlights, this.numberKinds, this.colorScheme]);
    this.highlights = { ...settings.highlights };
    this.numberKinds = { ...settings.numberKinds };
    const view = this.view();
    if (view && settings.colorScheme !== this.colorScheme) view.host.setColorScheme(settings.colorScheme);
    this.colorScheme = settings.colorScheme;
    // A change of a site's settings calls back too, with the same settings: nothing to paint again then.
    if (JSON.stringify([this.highlights, this.numberKinds, this.colorScheme]) !== before) view?.highlights.paint();
  }

  /**
   * This site's settings changed (the options page, or this page's own strip saving them): hidden kinds and
   * hand-hidden blocks are applied again; another article choice is read again. The strip's own saves come back
   * here too and change nothing, since they match what the strip already holds.
   */
  private applySite(site: SiteSettings): void {
    const { choices } = this;
    const articlePath = site.articlePath ?? null;
    choices.hiddenKinds = new Set(site.stripHidden);
    choices.pickedPaths = [...site.hiddenBlocks];
    const view = this.view();
    if (!view) {
      choices.articlePath = articlePath;
      return;
    }
    view.strip.apply();
    // While the reader's own pick is read, the strip holds the choice (its save comes back here meanwhile).
    if (articlePath !== choices.articlePath && !view.strip.choosingArticle) {
      choices.articlePath = articlePath;
      void this.reanalyse();
    }
    this.render();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Show and hide

  private view(): View | null {
    return this.life.phase === 'shown' ? this.life.view : null;
  }

  private show(): void {
    const { life } = this;
    if (life.phase !== 'wanted' && life.phase !== 'off') return;
    const { doc } = this.deps;
    const host = new UiHost(doc, this.deps.signal, this.colorScheme, this.guard);
    let watcher: PageWatcher | null = null;
    const quietly = (change: () => void): void => (watcher ? watcher.quietly(change) : change());
    const highlights = new HighlightView(doc, host, () => this.highlightInput(), this.figures, this.guard, quietly);
    watcher = new PageWatcher(
      doc,
      host,
      this.address,
      () => ({ endedAt: this.run.endedAt, workMs: this.run.workMs }),
      () => void this.reanalyse(),
    );
    const render = (): void => this.render();
    const strip = new StripAndPicker({
      doc,
      host,
      guard: this.guard,
      choices: this.choices,
      page: () => this.page,
      saveSite: (patch) => {
        this.savesInFlight++;
        return this.deps.saveSite(patch).finally(() => {
          this.savesInFlight--;
        });
      },
      setStatus: (text) => {
        this.status = text;
      },
      render,
      readAgain: () => this.reanalyse(),
    });
    const pointer = new PointerAndKeys({
      doc,
      host,
      guard: this.guard,
      page: () => this.page,
      claimAt: (x, y) => highlights.claimAt(x, y),
      picking: () => strip.picking !== null,
      sidebarOpen: () => this.sidebarOpen,
      setSidebar: (open) => this.applySidebar(open),
      openSource: (claim) => this.openClaimSource(claim),
      render,
    });
    const view: View = { host, highlights, watcher, strip, pointer, undoPush: null, returnFocus: null };
    this.life = { phase: 'shown', reading: life.reading, view };
    this.figures.attach(host.element);
    this.guard.run('highlights', () => highlights.paint());
    this.guard.run('strip', () => strip.apply());
    this.guard.run('sidebar', () => {
      if (this.sidebarOpen) view.undoPush = pushPage(doc, SIDEBAR_WIDTH_PX, host.element);
    });
    this.guard.run('reanalyse', () => view.watcher.watch(this.page.article?.root ?? null));
    this.writeCounts();
    this.figures.set({ analyses: this.analyses, startedAt: this.run.startedAt });
    if (life.reading) {
      this.setUiState(host, 'reading');
      this.undrawn = view;
    } else {
      this.render();
      this.markReady(host);
    }
  }

  /** A new analysis is in: paint it whole, apply the strip, watch the new article, list it. */
  private refresh(): void {
    const view = this.view();
    if (!view) return;
    if (this.focus && !sourceById(this.page.analysis, this.focus.sourceId)) this.focus = null;
    view.pointer.closeCard();
    view.strip.preview(null);
    view.highlights.paint();
    view.strip.apply();
    view.watcher.watch(this.page.article?.root ?? null);
    this.writeCounts();
    this.render();
    this.markReady(view.host);
  }

  private hide(): void {
    const view = this.view();
    if (!view) return;
    this.life = { phase: 'off', reading: readingOf(this.life) };
    view.watcher.destroy();
    view.pointer.destroy();
    view.strip.destroy();
    view.highlights.destroy();
    this.guard.run('sidebar', () => view.undoPush?.());
    this.figures.attach(null);
    view.host.destroy();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Figures and UI state on the host

  /** Everything is painted and listed: the figures scripts/bench-browser.ts and the e2e tests read. */
  private markReady(host: UiHost): void {
    const { run } = this;
    this.figures.set({
      analyses: this.analyses,
      startedAt: run.startedAt,
      ...(run.firstPaintAt > 0 ? { firstPaintAt: run.firstPaintAt } : {}),
      analysisMs: run.workMs,
      longestSliceMs: run.longestMs,
      slices: run.slices,
      shownAt: performance.now(),
    });
    this.setUiState(host, 'ready');
  }

  /**
   * The UI's state on its host: "reading", "ready", or "unfinished" (the reading failed part-way). Not a figure:
   * it says nothing a page script cannot see in the host's open shadow root anyway (a progress line, or the sources
   * listed), and tests wait on it.
   */
  private setUiState(host: UiHost, state: 'reading' | 'ready' | 'unfinished'): void {
    host.element.dataset.state = state;
  }

  private writeCounts(): void {
    const { analysis } = this.page;
    this.figures.set({
      claims: analysis.claims.length,
      numbers: analysis.numbers.length,
      sources: analysis.sources.length,
    });
  }

  // ------------------------------------------------------------------------------------------------------------
  // The UI in the shadow root

  private highlightInput(): HighlightInput {
    return {
      page: this.page,
      highlights: this.highlights,
      numberKinds: this.numberKinds,
      focus: this.focus,
      analysis: this.analyses,
    };
  }

  private uiState(view: View): OnPageState {
    const { strip } = view;
    const reading = readingOf(this.life);
    return {
      analysis: this.page.analysis,
      sidebarOpen: this.sidebarOpen,
      stripVisible: this.stripVisible,
      focus: this.focus,
      strip: strip.items(),
      pickedCount: strip.pickedCount(),
      stripNotices: strip.notices(),
      picking: strip.picking === 'block',
      pickingArticle: strip.picking === 'article',
      card: view.pointer.card,
      status: this.status,
      reading: reading && { done: reading.done, total: reading.total },
      unfinished: this.unfinished,
    };
  }

  private render(): void {
    const view = this.view();
    if (!view) return;
    this.guard.run('on-page', () => view.host.render(<OnPageApp state={this.uiState(view)} actions={this.actions} />));
  }

  private applySidebar(open: boolean): void {
    const view = this.view();
    this.sidebarOpen = open;
    if (!view) return;
    const { doc } = this.deps;
    if (open && !view.undoPush) {
      view.returnFocus = doc.activeElement;
      view.undoPush = pushPage(doc, SIDEBAR_WIDTH_PX, view.host.element);
    }
    if (!open && view.undoPush) {
      view.undoPush();
      view.undoPush = null;
      if (this.focus) {
        this.focus = null;
        view.highlights.paint();
      }
    }
    this.render();
    if (!open) {
      const back = view.returnFocus;
      view.returnFocus = null;
      if (back && back !== view.host.element && back.isConnected && 'focus' in back) (back as HTMLElement).focus();
      else view.host.shadow.querySelector<HTMLElement>('.sl-launcher')?.focus();
    }
  }

  private focusSource(sourceId: string | null, index = 0): void {
    const view = this.view();
    this.focus = sourceId ? { sourceId, index } : null;
    view?.highlights.paint();
    const claim = sourceId ? claimsOf(this.page.analysis, sourceId)[index] : undefined;
    if (claim) view?.highlights.scrollTo(claim.span);
    this.render();
  }

  /** Previous/Next in the sidebar: the focused source's claim before or after the current one takes the focus. */
  private stepFocus(delta: 1 | -1): void {
    if (!this.focus) return;
    const claims = claimsOf(this.page.analysis, this.focus.sourceId);
    if (claims.length === 0) return;
    const index = (this.focus.index + delta + claims.length) % claims.length;
    this.focusSource(this.focus.sourceId, index);
    const claim = claims[index];
    if (claim) this.view()?.pointer.focusClaim(claim, this.focus.sourceId);
  }

  /** The arrow keys on a claim that has the focus: the focused source's claims in turn, or every claim's. */
  private stepClaim(delta: 1 | -1): void {
    const view = this.view();
    const card = view?.pointer.card;
    if (!view || !card) return;
    // A claim credited to two sources is listed under both: stepping follows the source the sidebar shows.
    if (this.focus && claimsOf(this.page.analysis, this.focus.sourceId).includes(card.claim)) {
      this.stepFocus(delta);
      return;
    }
    const { claims } = this.page.analysis;
    const at = claims.indexOf(card.claim);
    const next = claims[(at + delta + claims.length) % claims.length];
    if (!next || at < 0) return;
    view.highlights.scrollTo(next.span);
    view.pointer.focusClaim(next);
  }

  private openClaimSource(claim: Claim): void {
    if (!claim.sourceId) return;
    const index = Math.max(0, claimsOf(this.page.analysis, claim.sourceId).indexOf(claim));
    this.view()?.pointer.closeCard();
    this.focus = { sourceId: claim.sourceId, index };
    this.view()?.highlights.paint();
    this.applySidebar(true);
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

  private createActions(): OnPageActions {
    const { guard } = this;
    const strip = (fn: (strip: StripAndPicker) => void): void => {
      const view = this.view();
      if (view) fn(view.strip);
    };
    const showSpan = (span: NumberMention['span']): void => {
      const view = this.view();
      view?.highlights.scrollTo(span);
      view?.highlights.flash(span);
    };
    return {
      setSidebar: (open) => guard.run('sidebar', () => this.applySidebar(open)),
      setStrip: (visible) => this.setStrip(visible),
      focusSource: (id) => guard.run('sidebar', () => this.focusSource(id)),
      stepFocus: (delta) => guard.run('sidebar', () => this.stepFocus(delta)),
      showClaim: (claim: Claim) =>
        guard.run('sidebar', () => {
          if (this.focus) {
            const index = claimsOf(this.page.analysis, this.focus.sourceId).indexOf(claim);
            if (index >= 0) this.focus = { ...this.focus, index };
          }
          showSpan(claim.span);
          this.render();
          const listed = this.focus && claimsOf(this.page.analysis, this.focus.sourceId).includes(claim);
          this.view()?.pointer.focusClaim(claim, listed ? this.focus?.sourceId : claim.sourceId);
        }),
      stepClaim: (delta) => guard.run('hover-card', () => this.stepClaim(delta)),
      showNumber: (number: NumberMention) => guard.run('sidebar', () => showSpan(number.span)),
      previewStrip: (target) => guard.run('strip', () => strip((s) => s.preview(target))),
      toggleKind: (kind) => guard.run('strip', () => strip((s) => s.toggleKind(kind))),
      setAllHidden: (hidden) => guard.run('strip', () => strip((s) => s.setAllHidden(hidden))),
      startPicker: () => guard.run('picker', () => strip((s) => s.beginBlockPicker())),
      pickArticle: () => guard.run('pick-article', () => strip((s) => s.beginArticlePicker())),
      useAutomaticArticle: () => guard.run('pick-article', () => strip((s) => s.chooseArticle(null))),
      showPicked: () => guard.run('strip', () => strip((s) => s.showPicked())),
      copy: (format) => guard.run('export', () => this.copy(format)),
      openCardSource: () =>
        guard.run('hover-card', () => {
          const card = this.view()?.pointer.card;
          if (card) this.openClaimSource(card.claim);
        }),
      closeCard: (giveFocusBack = true) =>
        guard.run('hover-card', () => this.view()?.pointer.dismissCard(giveFocusBack)),
      keepCard: () => this.view()?.pointer.keepCard(),
    };
  }
}

/** The analysis under way in a phase that can have one. */
function readingOf(life: Life): Reading | null {
  return life.phase === 'unread' || life.phase === 'destroyed' ? null : life.reading;
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
