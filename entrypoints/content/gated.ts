// A page the cheap gate (utils/page/gate.ts) found no article on, once the popup has asked about it or the watch
// (./watch.ts) found an article on it: GatedPage answers the popup for it and loads the engine and the UI at
// the first need (in the start module, ./start-module.ts; the content script itself holds only the watch).
import {
  type PageController,
  type PageFigures,
  type PageState,
  unreadPageState,
} from '@/utils/messaging/page-controller';

/**
 * Stands in for the page's controller until the modules are loaded: answers the popup as a page not read
 * (`unreadPageState`), and loads them (once) when the reader turns Sourcelight on or the page may have become
 * an article.
 */
export class GatedPage implements PageController {
  private page: PageController | null = null;
  private loading: Promise<PageController> | null = null;
  private destroyed = false;

  /** `start` loads the modules and starts the on-page UI; called once, at the first need. */
  constructor(private readonly start: () => Promise<PageController>) {}

  /** Loads the modules and starts the on-page UI (once); resolves with it. */
  load(): Promise<PageController> {
    this.loading ??= this.start().then((page) => {
      this.page = page;
      return page;
    });
    return this.loading;
  }

  /** Whether the modules were asked for (the gate or the popup let the page through). */
  get loaded(): boolean {
    return this.loading !== null;
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  state(): PageState {
    return this.page?.state() ?? unreadPageState();
  }

  async setSidebar(open: boolean): Promise<void> {
    if (!open && !this.page) return;
    await (await this.load()).setSidebar(open);
  }

  setStrip(visible: boolean): void {
    this.page?.setStrip(visible);
  }

  async setEnabled(enabled: boolean): Promise<void> {
    if (!enabled && !this.page) return;
    await (await this.load()).setEnabled(enabled);
  }

  async runAnyway(): Promise<void> {
    await (await this.load()).runAnyway();
  }

  destroy(): void {
    this.destroyed = true;
    this.page?.destroy();
  }

  figureReport(): PageFigures {
    return this.page?.figureReport?.() ?? {};
  }
}
