// What main.ts needs from a browser: a driver launched with or without the extension.
import type { BrowserName, E2EExtension, E2EPage } from './types.ts';

export interface BrowserDriver {
  readonly name: BrowserName;
  readonly version: string;
  /** Null when launched without the extension. */
  readonly extension: E2EExtension | null;
  newPage(): Promise<E2EPage>;
  openExtensionPage(path: string): Promise<E2EPage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  executablePath: string;
  /** Unpacked build to install (.output/chrome-mv3 or .output/firefox-mv3), or null for a plain browser. */
  extensionDir: string | null;
  /** The browser's UI language ("ar"), or null for the machine's. */
  uiLanguage?: string | null;
  /** Firefox only: preferences besides the driver's own (scripts/bench-browser.ts: the timers' full precision). */
  firefoxPrefs?: Readonly<Record<string, string | number | boolean>>;
}

/** `openExtensionPage` for a driver: a new tab at `path` under the extension's base URL. */
export function extensionPageOpener(
  extension: E2EExtension | null,
  openPage: () => Promise<E2EPage>,
): (path: string) => Promise<E2EPage> {
  return async (path) => {
    if (extension === null) throw new Error('this browser was launched without the extension');
    const page = await openPage();
    await page.goto(new URL(path, extension.baseUrl).href);
    return page;
  };
}
