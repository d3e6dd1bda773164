// What the popup knows and does, without the markup: which tab it is for, what that tab's page says, and the
// toggles: a setting (the highlight switches, the site switch) is written to storage, which the open page
// follows (utils/settings.ts `watchSiteSettings`); what is not a setting (sidebar, strip, "Run on this page")
// is sent to the page. Kept apart from Popup.tsx so the
// unit tests can drive it with WXT's fake browser.
import { browser } from 'wxt/browser';
import type { ContentProtocol } from '@/utils/messaging/protocol';
import { reachTab, type TabView, watchTab } from '@/utils/messaging/tab';
import { sendToTab } from '@/utils/messaging/transport';
import {
  getSettings,
  getSiteSettings,
  type HighlightSettings,
  runsAutomatically,
  type Settings,
  type SiteSettings,
  siteKey,
  updateSiteSettings,
} from '@/utils/settings';

export interface PopupTarget {
  tabId: number | undefined;
  url: string | undefined;
  status: string | undefined;
}

export interface PopupData {
  target: PopupTarget;
  view: TabView;
  /** The site's key for per-site settings; null on pages that have no site (browser pages). */
  host: string | null;
  settings: Settings;
  site: SiteSettings;
}

/** Query parameter that points the popup at a tab, for tests that open popup.html in a tab of its own. */
export const TAB_PARAM = 'tab';

/** The tab the popup is about: `?tab=ID` when given, else the active tab of the popup's window. */
export async function findTarget(search: string): Promise<PopupTarget> {
  const param = new URLSearchParams(search).get(TAB_PARAM);
  try {
    const tab =
      param !== null && /^\d+$/.test(param)
        ? await browser.tabs.get(Number(param))
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return { tabId: tab?.id, url: tab?.url, status: tab?.status };
  } catch {
    return { tabId: undefined, url: undefined, status: undefined };
  }
}

/** The per-site key of a page's address; null for pages that are not on a site. */
function hostOf(url: string | undefined): string | null {
  return url && /^https?:/.test(url) ? siteKey(url) : null;
}

export async function loadPopup(target: PopupTarget): Promise<PopupData> {
  const [view, settings] = await Promise.all([
    reachTab({ id: target.tabId, url: target.url, status: target.status }),
    getSettings(),
  ]);
  // The tab's address when the browser shows it to us, else the one the page itself reported.
  const host = hostOf(target.url) ?? (view.kind === 'page' ? hostOf(view.state.url) : null);
  const site = host ? await getSiteSettings(host) : { stripHidden: [], hiddenBlocks: [] };
  return { target, view, host, settings, site };
}

/**
 * Calls back when the target's page reports a change by itself (its reading ended, it turned into an article):
 * a popup opened while the page was being read then asks again (`refreshView`). Returns the stop function.
 */
export function watchPage(target: PopupTarget, onReport: () => void): () => void {
  if (target.tabId === undefined) return () => undefined;
  return watchTab(target.tabId, onReport);
}

/** Asks the page again after it reported a change; what it says replaces the popup's view of it. */
export async function refreshView(data: PopupData): Promise<PopupData> {
  if (data.target.tabId === undefined) return data;
  const result = await sendToTab(data.target.tabId, 'getState', null);
  return result.ok ? { ...data, view: { kind: 'page', state: result.value } } : data;
}

/** Whether the "on this site" switch is on: the site's own choice, or what the run mode does by itself. */
export function siteSwitchOn(data: PopupData): boolean {
  return runsAutomatically(data.settings, data.site);
}

type PageChange = Exclude<keyof ContentProtocol, 'getState' | 'figures'>;

async function changePage<K extends PageChange>(
  data: PopupData,
  name: K,
  request: ContentProtocol[K]['request'],
): Promise<PopupData> {
  if (data.target.tabId === undefined) return data;
  const result = await sendToTab(data.target.tabId, name, request);
  // The page went away under the popup (navigated, closed, extension updated): say so instead of pretending.
  const view: TabView = result.ok
    ? { kind: 'page', state: result.value }
    : { kind: 'unavailable', reason: 'unreachable' };
  return { ...data, view };
}

/**
 * What a highlight switch changes: the site's pages ("on this site", stored with the site), which the open page
 * follows through storage. Never the defaults everywhere: those are the options page's. A page with no site (a
 * file the reader opened) has nowhere to store a switch, so it has none: it follows the defaults (issue 13:
 * storage is the only route for settings).
 */
export function hasHighlightSwitches(data: PopupData): data is PopupData & { host: string } {
  return data.host !== null;
}

/** The popup's view of the page with a highlight switch as just stored: the page follows storage by itself,
 * so the popup shows the stored choice at once instead of waiting for the page. */
function withHighlight(view: TabView, which: keyof HighlightSettings, on: boolean): TabView {
  if (view.kind !== 'page') return view;
  return { ...view, state: { ...view.state, highlights: { ...view.state.highlights, [which]: on } } };
}

/** What the site's pages use for this switch when the reader has not set it for the site: the default. */
export function highlightDefault(data: PopupData, which: keyof HighlightSettings): boolean {
  return data.settings.highlights[which];
}

/** Whether the site has its own setting for this switch (shown as differing from the default everywhere). */
export function highlightOverridden(data: PopupData, which: keyof HighlightSettings): boolean {
  return data.site.highlights?.[which] !== undefined;
}

export async function setHighlight(data: PopupData, which: keyof HighlightSettings, on: boolean): Promise<PopupData> {
  if (!hasHighlightSwitches(data)) return data;
  // Stored with the site, and only where it differs from the default: set back to the default, the site
  // follows the default again (and a later change of the default).
  const site = await updateSiteSettings(data.host, {
    highlights: { [which]: on === highlightDefault(data, which) ? null : on },
  });
  return { ...data, view: withHighlight(data.view, which, on), site };
}

/** Makes the site follow the default everywhere for a switch again (the open page follows storage). */
export async function resetHighlight(data: PopupData, which: keyof HighlightSettings): Promise<PopupData> {
  if (!hasHighlightSwitches(data)) return data;
  const site = await updateSiteSettings(data.host, { highlights: { [which]: null } });
  return { ...data, view: withHighlight(data.view, which, highlightDefault(data, which)), site };
}

export function setSidebar(data: PopupData, open: boolean): Promise<PopupData> {
  return changePage(data, 'setSidebar', { open });
}

export function setStrip(data: PopupData, visible: boolean): Promise<PopupData> {
  return changePage(data, 'setStrip', { visible });
}

/** Runs Sourcelight on this page once, without changing what happens on the site's other pages. */
export function runOnPage(data: PopupData): Promise<PopupData> {
  return changePage(data, 'setEnabled', { enabled: true });
}

/**
 * Turns Sourcelight on or off for the whole site and on the open page. Only a choice that differs from what
 * the run mode would do is stored, so the site list holds the reader's exceptions and nothing else.
 */
export async function setSiteEnabled(data: PopupData, on: boolean): Promise<PopupData> {
  if (!data.host) return data;
  const byMode = runsAutomatically(data.settings, { ...data.site, enabled: undefined });
  const site = await updateSiteSettings(data.host, { enabled: on === byMode ? null : on });
  const next = await changePage(data, 'setEnabled', { enabled: on });
  return { ...next, site };
}

/** "Run anyway" on a page judged not an article: Sourcelight reads its best body as the article and shows. */
export function runAnyway(data: PopupData): Promise<PopupData> {
  return changePage(data, 'runAnyway', null);
}

/** The keyboard shortcut that opens the popup, as the browser shows it; null when none is set. */
export async function popupShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    const command = commands.find((c) => c.name === '_execute_action');
    return command?.shortcut ? command.shortcut : null;
  } catch {
    return null;
  }
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}
