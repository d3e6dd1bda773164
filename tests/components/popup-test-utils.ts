// Helpers for the popup and options component tests: the English messages through the fake browser's i18n,
// and a page (PageController) living in the test, reached the way the popup reaches a tab.

import { render } from 'preact';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import messages from '../../public/_locales/en/messages.json';
import { registerContentMessages } from '../../utils/messaging/content';
import type { PageController, PageState } from '../../utils/messaging/page-controller';
import { watchSiteSettings } from '../../utils/settings';
import { type MessagesFile, messageOf } from '../setup/messages';

/** browser.i18n.getMessage as the browsers do it for the English messages file (placeholders, $$). */
export function englishMessage(key: string, substitutions: string | string[] = []): string {
  return messageOf(messages as MessagesFile, key, substitutions);
}

export function useEnglishMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    key === '@@bidi_dir' ? 'ltr' : englishMessage(key, subs)) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
}

export function pageState(overrides: Partial<PageState> = {}): PageState {
  return {
    isArticle: true,
    enabled: true,
    title: 'Officials say the bridge will reopen',
    publisher: 'The Daily Test',
    attribution: { available: true, language: 'en' },
    counts: { claims: 7, sources: 4, named: 3, anonymous: 1, numbers: 12, clutter: 5, clutterHidden: 2 },
    highlights: { claims: true, numbers: true },
    sidebarOpen: false,
    stripVisible: true,
    ...overrides,
  };
}

/** The site of the pages the popup tests open (`targetTab`), without "www.". */
export const PAGE_SITE = 'news.example';

/**
 * A page in the test: its controller answers the popup's messages as the content script would, and its
 * highlights follow the settings of its site in storage, as the content script's do (entrypoints/content/
 * index.ts passes `watchSiteSettings`): storage is the only route for a setting. `calls` lists the messages.
 */
export function fakePage(initial: PageState = pageState(), site = PAGE_SITE): PageController & { calls: string[] } {
  let state = structuredClone(initial);
  const calls: string[] = [];
  watchSiteSettings(site, (settings) => {
    state = { ...state, highlights: { ...settings.highlights } };
  });
  const controller = {
    calls,
    state: () => structuredClone(state),
    setSidebar(open: boolean) {
      calls.push(`setSidebar ${open}`);
      state = { ...state, sidebarOpen: open };
    },
    setStrip(visible: boolean) {
      calls.push(`setStrip ${visible}`);
      state = { ...state, stripVisible: visible };
    },
    setEnabled(enabled: boolean) {
      calls.push(`setEnabled ${enabled}`);
      state = { ...state, enabled };
    },
    runAnyway() {
      calls.push('runAnyway');
      state = { ...state, isArticle: true, enabled: true };
    },
    destroy() {
      calls.push('destroy');
    },
  };
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((_tabId: number, message: unknown) =>
    fakeBrowser.runtime.sendMessage(message)) as typeof fakeBrowser.tabs.sendMessage);
  registerContentMessages(controller, new ContentScriptContext('test'));
  return controller;
}

/** The tab the popup is opened for. */
export function targetTab(url: string, id = 7): void {
  const tab = {
    id,
    url,
    status: 'complete',
    index: 0,
    pinned: false,
    highlighted: false,
    windowId: 1,
    active: true,
    incognito: false,
    discarded: false,
    autoDiscardable: true,
    groupId: -1,
    frozen: false,
    selected: true,
  };
  // tabs.get is overloaded (callback or promise); the popup uses the promise form.
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((() => Promise.resolve(tab)) as never);
}

/** Longer than preact/hooks' fallback for requestAnimationFrame (35 ms): its timer must not outlive jsdom. */
const HOOKS_FRAME_MS = 60;

/** A fresh element in the test document to render a page's UI into. */
export function mountRoot(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

/** Unmounts the UI, removes its element and the mocks, and lets preact/hooks' pending frame run out. */
export async function unmountRoot(root: HTMLElement): Promise<void> {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
  await new Promise((resolve) => setTimeout(resolve, HOOKS_FRAME_MS));
}
