// The popup's way to a tab's content script: says plainly when a page is one where extensions cannot run,
// injects the content script into tabs that were open before Sourcelight was installed or updated, and
// otherwise hands back the page's state.
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { TabPageState } from './protocol';
import { observe, sendToTab } from './transport';
import { INSTANCE_KEY, wakePage } from './wake';

/** Why Sourcelight is not on a page. `no-access`: the browser does not even tell us the page's address (a
 * browser page, or a site the reader withheld from Sourcelight) and the content script cannot be started. */
export type UnavailableReason = 'browser-page' | 'store' | 'pdf' | 'file' | 'no-access' | 'unreachable';

export type TabView = { kind: 'page'; state: TabPageState } | { kind: 'unavailable'; reason: UnavailableReason };

/** Schemes where a content script can run at all (file: only when the reader allowed it). */
const WEB_SCHEMES = new Set(['http:', 'https:']);

/** Pages of the add-on stores, where both browsers refuse to run other extensions' scripts. */
const STORE_PAGES: ReadonlyArray<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** A URL that names a PDF: both browsers show it in their own viewer, where page scripts cannot reach. */
const PDF_PATH = /\.pdf$/i;

/** Whether a page can have Sourcelight, from its URL alone; null when only trying will tell. */
export function unavailableReason(url: string | undefined): UnavailableReason | null {
  if (url === undefined || url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (parsed.protocol === 'file:') return PDF_PATH.test(parsed.pathname) ? 'pdf' : null;
  if (!WEB_SCHEMES.has(parsed.protocol)) return 'browser-page';
  const host = parsed.hostname.toLowerCase();
  if (STORE_PAGES.some((store) => store.host === host && (!store.path || parsed.pathname.startsWith(store.path)))) {
    return 'store';
  }
  if (PDF_PATH.test(parsed.pathname)) return 'pdf';
  return null;
}

/** The content script's built file (scripts/content-script.ts builds it, so WXT's list of paths lacks it). */
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js' as ScriptPublicPath;
/** How long to wait for a content script to answer: a loading page runs it at document_idle, and analysis of
 * a long article takes a moment. */
const ANSWER_TIMEOUT_MS = 4000;
const ANSWER_POLL_MS = 150;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function askState(tabId: number): ReturnType<typeof sendToTab<'getState'>> {
  return sendToTab(tabId, 'getState', null);
}

/**
 * Asks a page the gate let by to answer messages (utils/messaging/wake.ts): true when one was there. False where
 * no content script runs, and where the page cannot be scripted (still loading, or not Sourcelight's to touch).
 */
async function wake(tabId: number): Promise<boolean> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: wakePage,
      args: [INSTANCE_KEY],
    });
    return frame?.result === true;
  } catch {
    return false;
  }
}

/** Asks until the page answers; a page the gate let by is woken on the way (its content script may start late). */
async function pollState(tabId: number, timeoutMs: number): Promise<TabPageState | null> {
  const deadline = Date.now() + timeoutMs;
  let woken = false;
  for (;;) {
    const result = await askState(tabId);
    if (result.ok) return result.value;
    if (Date.now() >= deadline) return null;
    if (!woken) {
      woken = await wake(tabId);
      if (woken) continue;
    }
    await sleep(ANSWER_POLL_MS);
  }
}

async function inject(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return true;
  } catch (error) {
    console.debug('[sourcelight:messaging] could not inject the content script:', error);
    return false;
  }
}

/** What the popup should show for a tab. Never throws. */
export async function reachTab(tab: { id?: number; url?: string; status?: string }): Promise<TabView> {
  const known = unavailableReason(tab.url);
  if (known) return { kind: 'unavailable', reason: known };
  if (tab.id === undefined) return { kind: 'unavailable', reason: 'unreachable' };

  const first = await askState(tab.id);
  if (first.ok) return { kind: 'page', state: first.value };
  if (first.reason === 'failed') return { kind: 'unavailable', reason: 'unreachable' };

  // A page the gate let by answers once woken; a page still loading has not run its content script yet: wait for
  // it before injecting a second copy.
  if (tab.status === 'loading' || (await wake(tab.id))) {
    const state = await pollState(tab.id, ANSWER_TIMEOUT_MS);
    if (state) return { kind: 'page', state };
  }
  // Tabs opened before install or update have no content script: inject it (activeTab allows this when the
  // popup was opened from the toolbar; host permissions allow it for http and https pages).
  if (!(await inject(tab.id))) {
    if (tab.url === undefined || tab.url === '') return { kind: 'unavailable', reason: 'no-access' };
    return { kind: 'unavailable', reason: tab.url.startsWith('file:') ? 'file' : 'unreachable' };
  }
  const state = await pollState(tab.id, ANSWER_TIMEOUT_MS);
  return state ? { kind: 'page', state } : { kind: 'unavailable', reason: 'unreachable' };
}

/**
 * Calls back whenever the tab's top frame reports its page (an analysis ended, the page changed: the reports the
 * background turns into the badge), so that a popup opened while the page was being read can ask again.
 * Returns the function that stops watching.
 */
export function watchTab(tabId: number, onReport: () => void): () => void {
  return observe('background', 'reportPage', (_report, sender) => {
    if (sender.tab?.id === tabId && (sender.frameId === undefined || sender.frameId === 0)) onReport();
  });
}
