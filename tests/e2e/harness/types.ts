// The API a real-browser test sees: one shape for Chromium (playwright-core) and Firefox (puppeteer-core), so
// one test body runs in both. Test files import `test` from ./framework.ts and get an E2EContext.
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

/** The driver's own page object, for what E2EPage does not cover. Prefer E2EPage: it runs in both browsers. */
export type RawPage = { browser: 'chromium'; page: PlaywrightPage } | { browser: 'firefox'; page: PuppeteerPage };

/** A function run inside the page (serialised, so it sees only its argument and page globals). */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface E2EPage {
  readonly browser: BrowserName;
  /** True when this page's browser has Sourcelight installed (see E2EContext.newPage). */
  readonly withExtension: boolean;
  readonly raw: RawPage;
  /** Current URL of the top document. */
  url(): Promise<string>;
  /** Navigates and waits for the load event (the content script runs at document_idle, around then). */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page's main world (never the content script's isolated world). */
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Runs `fn(arg)` in every document this page loads from now on, before any of the page's own scripts. */
  addInitScript<A>(fn: PageFunction<A, void>, arg: A): Promise<void>;
  /** Polls `fn(arg)` in the page until it returns a truthy value, which is returned. */
  waitFor<A, R>(fn: PageFunction<A, R>, arg: A, options?: { timeoutMs?: number }): Promise<R>;
  /** Waits for an element matching `selector` (CSS, light DOM of the top document). */
  waitForSelector(selector: string, options?: { timeoutMs?: number }): Promise<void>;
  click(selector: string): Promise<void>;
  /** Makes this the active tab of its window. */
  bringToFront(): Promise<void>;
  /** Presses a key or chord, e.g. 'Escape', 'Alt+Shift+S' (Playwright key names; both browsers). */
  press(key: string): Promise<void>;
  /** Uncaught errors the browser reported for this tab since it opened. Firefox includes errors thrown by the
   * content script here; Chromium reports only the page's own (see injection.ts for the content script's). */
  pageErrors(): readonly string[];
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. /seeds/front-page.html */
  path: string;
  /** Value of the User-Agent header, to tell the browsers apart. */
  userAgent: string;
  at: number;
}

export interface E2EServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** URL of a file in seeds/, e.g. seed('front-page.html'). */
  seed(file: string): string;
  /** URL of a file in tests/e2e/pages/. */
  page(file: string): string;
  /** Every request received since the server started, oldest first. */
  readonly requests: readonly RecordedRequest[];
}

export interface E2EExtension {
  /** Chromium: the extension id; Firefox: the internal UUID of this install. */
  readonly id: string;
  /** chrome-extension://ID/ or moz-extension://UUID/ (with the trailing slash). */
  readonly baseUrl: string;
  /** Runs `fn(arg)` in an extension context where `chrome`/`browser` APIs exist (Chromium: the service worker;
   * Firefox: an extension page kept open in the background). Useful to find a tab id or read storage. */
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
}

export interface E2EContext {
  readonly browser: BrowserName;
  readonly server: E2EServer;
  readonly extension: E2EExtension;
  /** Opens a new tab. `{ extension: false }` opens it in a second browser of the same kind without Sourcelight,
   * the reference for "the page is exactly as it would be without us". Closed when the test ends. */
  newPage(options?: { extension?: boolean }): Promise<E2EPage>;
  /** The extensions API's tab id of `page` (which must have the extension): brings it to the front and asks
   * `tabs.query({ active: true, lastFocusedWindow: true })`, since without the `tabs` permission a tab's URL is
   * hidden from the extension. For `popup.html?tab=ID`-style tests and messages to the content script. */
  tabId(page: E2EPage): Promise<number>;
  /** Opens an extension page (e.g. 'popup.html', 'options.html?x=1') in a new tab and waits for it to load. */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** Where this test may write files (created on demand): test-results/<browser>/<test slug>/. */
  artifactPath(file: string): string;
  log(message: string): void;
}

export type TestFn = (ctx: E2EContext) => Promise<void>;

export interface TestOptions {
  /** Only in these browsers (default: both). */
  browsers?: readonly BrowserName[];
  /** Per-test time limit, default 30 s. */
  timeoutMs?: number;
}

export interface RegisteredTest {
  name: string;
  file: string;
  fn: TestFn;
  options: TestOptions;
}
