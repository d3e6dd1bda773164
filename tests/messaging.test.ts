// The typed message layer: what is declared is delivered and answered with its typed reply; what is not ours
// is left alone; a receiver that is gone or fails becomes a Result, never an exception.
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageReport, registerContentMessages } from '../utils/messaging/content';
import type { PageController, PageState } from '../utils/messaging/page-controller';
import type { PageReport, Result, TabPageState } from '../utils/messaging/protocol';
import { reachTab, unavailableReason } from '../utils/messaging/tab';
import { listen, sendToBackground, sendToTab } from '../utils/messaging/transport';
import { INSTANCE_KEY, wakePage } from '../utils/messaging/wake';
import { pageState } from './components/popup-test-utils';

/** A PageController that keeps its state in memory, as the content script's would on a page. */
function fakeController(initial: PageState = pageState()): PageController & { destroyed: boolean } {
  let state = structuredClone(initial);
  return {
    destroyed: false,
    state: () => structuredClone(state),
    setSidebar(open) {
      state = { ...state, sidebarOpen: open };
    },
    setStrip(visible) {
      state = { ...state, stripVisible: visible };
    },
    setEnabled(enabled) {
      state = { ...state, enabled };
    },
    runAnyway() {
      state = { ...state, isArticle: true, enabled: true };
    },
    destroy() {
      this.destroyed = true;
    },
  };
}

/** WXT's fake browser has no tabs.sendMessage: deliver to this context's runtime listeners, as a tab would. */
function routeTabMessagesHere(): void {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((_tabId: number, message: unknown) =>
    fakeBrowser.runtime.sendMessage(message)) as typeof fakeBrowser.tabs.sendMessage);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('transport', () => {
  it('delivers a declared request and returns its typed reply', async () => {
    const received: PageReport[] = [];
    listen('background', {
      reportPage: (report) => {
        received.push(report);
        return null;
      },
    });
    const result = await sendToBackground('reportPage', { isArticle: true, enabled: true, claims: 3 });
    expect(result).toEqual({ ok: true, value: null });
    expect(received).toEqual([{ isArticle: true, enabled: true, claims: 3 }]);
  });

  it('says "unreachable" when nobody listens, instead of throwing', async () => {
    const result = await sendToBackground('reportPage', { isArticle: false, enabled: true, claims: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('unreachable');
  });

  it('turns a handler error into a "failed" result with its message', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    listen('background', {
      reportPage: () => {
        throw new Error('badge exploded');
      },
    });
    const result = await sendToBackground('reportPage', { isArticle: true, enabled: true, claims: 1 });
    expect(result).toEqual({ ok: false, reason: 'failed', message: 'badge exploded' });
  });

  it('leaves messages for another destination, of another shape or with unknown names alone', async () => {
    const handler = vi.fn(() => null);
    listen('background', { reportPage: handler });
    for (const message of [
      { sourcelight: 'content', name: 'reportPage', data: {} },
      { sourcelight: 'background', name: 'toString', data: null },
      { sourcelight: 'background', name: 'deleteEverything', data: null },
      { type: 'reportPage' },
      'reportPage',
    ]) {
      // The fake browser answers undefined when no listener claims a message.
      expect(await fakeBrowser.runtime.sendMessage(message)).toBeUndefined();
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('stops listening when told to', async () => {
    const stop = listen('background', { reportPage: () => null });
    stop();
    const result = await sendToBackground('reportPage', { isArticle: true, enabled: true, claims: 1 });
    expect(result.ok).toBe(false);
  });

  it('types requests and replies from the protocol maps', () => {
    expectTypeOf(sendToTab<'getState'>).returns.resolves.toEqualTypeOf<Result<TabPageState>>();
    expectTypeOf(sendToTab<'setSidebar'>)
      .parameter(2)
      .toEqualTypeOf<{ open: boolean }>();
    expectTypeOf(sendToBackground<'reportPage'>).returns.resolves.toEqualTypeOf<Result<null>>();
    if (Math.random() > 2) {
      // Never runs: these lines are checked by tsc only.
      // @ts-expect-error -- an undeclared request name
      void sendToTab(1, 'deleteEverything', null);
      // @ts-expect-error -- a payload of the wrong shape
      void sendToTab(1, 'setSidebar', { visible: true });
      // @ts-expect-error -- a handler whose reply does not match the protocol
      listen('background', { reportPage: () => 'done' });
      // @ts-expect-error -- a handler map missing a declared request
      listen('content', { getState: () => pageState() });
    }
  });
});

/** The background's end, noting every page report it receives. */
function collectReports(): PageReport[] {
  const reports: PageReport[] = [];
  listen('background', {
    reportPage: (report) => {
      reports.push(report);
      return null;
    },
  });
  return reports;
}

describe('content script end', () => {
  it('answers the popup through the PageController and reports to the background', async () => {
    routeTabMessagesHere();
    const reports = collectReports();
    const controller = fakeController();
    const ctx = new ContentScriptContext('test');
    registerContentMessages(controller, ctx);

    const state = await sendToTab(1, 'getState', null);
    // The reply carries the page's own address: the popup cannot always read it from the tab.
    expect(state).toEqual({ ok: true, value: { ...pageState(), url: location.href } });

    // Settings (the highlight switches) have no message: the page follows storage (tests/components/popup).
    const strip = await sendToTab(1, 'setStrip', { visible: false });
    expect(strip.ok && strip.value.stripVisible).toBe(false);
    expect(controller.state().stripVisible).toBe(false);

    const sidebar = await sendToTab(1, 'setSidebar', { open: true });
    expect(sidebar.ok && sidebar.value.sidebarOpen).toBe(true);

    const disabled = await sendToTab(1, 'setEnabled', { enabled: false });
    expect(disabled.ok && disabled.value.enabled).toBe(false);

    await vi.waitFor(() => expect(reports.at(-1)).toEqual({ isArticle: true, enabled: false, claims: 0 }));
    expect(reports[0]).toEqual({ isArticle: true, enabled: true, claims: 7 });
    ctx.abort();
  });

  it('is there before the page controller: messages wait for it, and fail plainly if it never comes', async () => {
    routeTabMessagesHere();
    let resolve: (c: PageController) => void = () => undefined;
    const coming = new Promise<PageController>((r) => {
      resolve = r;
    });
    const ctx = new ContentScriptContext('test');
    registerContentMessages(coming, ctx);
    const early = sendToTab(1, 'getState', null);
    const sidebar = sendToTab(1, 'setSidebar', { open: true });
    const controller = fakeController();
    resolve(controller);
    expect(await early).toEqual({ ok: true, value: { ...pageState(), url: location.href } });
    expect(await sidebar).toMatchObject({ ok: true, value: { sidebarOpen: true } });
    ctx.abort();

    routeTabMessagesHere();
    const failing = new ContentScriptContext('test');
    registerContentMessages(Promise.reject(new Error('the modules did not load')), failing);
    const result = await sendToTab(1, 'getState', null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('the modules did not load');
    failing.abort();
  });

  it('reports again when the page comes back from the back/forward cache, not on a plain load', async () => {
    routeTabMessagesHere();
    const reports = collectReports();
    const ctx = new ContentScriptContext('test');
    registerContentMessages(fakeController(), ctx);
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    const transition = (type: string, persisted: boolean): Event =>
      Object.assign(new Event(type), { persisted }) as Event & { persisted: boolean };
    window.dispatchEvent(transition('pageshow', false));
    window.dispatchEvent(transition('pagehide', false));
    window.dispatchEvent(transition('pageshow', false));
    await new Promise((r) => setTimeout(r, 20));
    expect(reports).toHaveLength(1);
    window.dispatchEvent(transition('pagehide', true));
    window.dispatchEvent(transition('pageshow', true));
    await vi.waitFor(() => expect(reports).toHaveLength(2));
    ctx.abort();
  });

  it('on a page the gate let by, answers the popup but tells the background nothing until the page changes', async () => {
    routeTabMessagesHere();
    const reports = collectReports();
    const ctx = new ContentScriptContext('test');
    const messages = registerContentMessages(fakeController(), ctx, {
      reportNow: false,
      ownFigures: () => ({ scriptMs: '0.50' }),
    });
    expect((await sendToTab(1, 'getState', null)).ok).toBe(true);
    const figures = await sendToTab(1, 'figures', null);
    // The content script's own figures come with the page's.
    expect(figures.ok && figures.value.figures.scriptMs).toBe('0.50');
    await new Promise((r) => setTimeout(r, 20));
    expect(reports).toHaveLength(0);
    messages.reportToBackground();
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    ctx.abort();
  });

  it('goes quiet when the extension context is invalidated (update, uninstall)', async () => {
    routeTabMessagesHere();
    const ctx = new ContentScriptContext('test');
    registerContentMessages(fakeController(), ctx);
    ctx.abort();
    const result = await sendToTab(1, 'getState', null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('unreachable');
  });

  it('reports no claims for a page that is not an article or is switched off', () => {
    expect(pageReport(pageState({ isArticle: false })).claims).toBe(0);
    expect(pageReport(pageState({ enabled: false })).claims).toBe(0);
    expect(pageReport(pageState()).claims).toBe(7);
  });
});

describe('reaching a tab from the popup', () => {
  const cases: Array<[string | undefined, ReturnType<typeof unavailableReason>]> = [
    ['https://www.bbc.com/news/world-123', null],
    ['http://127.0.0.1:8080/seeds/a.html', null],
    ['chrome://newtab/', 'browser-page'],
    ['chrome://extensions', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store'],
    ['https://chrome.google.com/webstore/category/extensions', 'store'],
    ['https://chrome.google.com/search', null],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.com/report.PDF', 'pdf'],
    ['file:///home/me/paper.pdf', 'pdf'],
    ['file:///home/me/article.html', null],
    [undefined, null],
  ];
  for (const [url, reason] of cases) {
    it(`knows ${url ?? 'an unknown URL'} is ${reason ?? 'worth trying'}`, () => {
      expect(unavailableReason(url)).toBe(reason);
    });
  }

  it('says a browser page cannot be read without asking it', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    expect(await reachTab({ id: 3, url: 'chrome://settings' })).toEqual({
      kind: 'unavailable',
      reason: 'browser-page',
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('injects the content script into a tab opened before install, then reads it', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))) as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (details: object) => {
      // No content script there: nothing to wake.
      if (!('files' in details)) return [{ frameId: 0, result: false }];
      registerContentMessages(fakeController(), new ContentScriptContext('test'));
      routeTabMessagesHere();
      return [];
    }) as never);
    const view = await reachTab({ id: 5, url: 'https://example.com/news', status: 'complete' });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ['/content-scripts/content.js'] });
    expect(view).toEqual({ kind: 'page', state: { ...pageState(), url: location.href } });
  });

  it('wakes a page the gate let by rather than injecting a second content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))) as never);
    // The gated page's stand-in as the content script leaves it on its world's global (entrypoints/content).
    const gated = {
      isDestroyed: false,
      answerMessages: vi.fn(() => {
        registerContentMessages(fakeController(), new ContentScriptContext('test'));
        routeTabMessagesHere();
      }),
    };
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (details: {
      func?: (key: string) => unknown;
      args?: [string];
    }) => {
      const global = globalThis as Record<string, unknown>;
      global[INSTANCE_KEY] = gated;
      try {
        // Run as the browser runs it: the function with its arguments, in the content script's world.
        return [{ frameId: 0, result: details.func?.(...(details.args ?? [''])) }];
      } finally {
        delete global[INSTANCE_KEY];
      }
    }) as never);
    const view = await reachTab({ id: 5, url: 'https://example.com/mail', status: 'complete' });
    expect(gated.answerMessages).toHaveBeenCalledOnce();
    expect(inject).not.toHaveBeenCalledWith(expect.objectContaining({ files: expect.anything() }));
    expect(view).toEqual({ kind: 'page', state: { ...pageState(), url: location.href } });
  });

  it('wakes only a gated page that is still there', () => {
    const global = globalThis as Record<string, unknown>;
    const answerMessages = vi.fn();
    try {
      expect(wakePage(INSTANCE_KEY)).toBe(false);
      global[INSTANCE_KEY] = { isDestroyed: true, answerMessages };
      expect(wakePage(INSTANCE_KEY)).toBe(false);
      // A running page (its OnPage) answers already and has nothing to wake.
      global[INSTANCE_KEY] = { isDestroyed: false };
      expect(wakePage(INSTANCE_KEY)).toBe(false);
      global[INSTANCE_KEY] = { isDestroyed: false, answerMessages };
      expect(wakePage(INSTANCE_KEY)).toBe(true);
      expect(answerMessages).toHaveBeenCalledOnce();
    } finally {
      delete global[INSTANCE_KEY];
    }
  });

  it('says a file page needs file access when injection is refused', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() =>
      Promise.reject(new Error('Could not establish connection.'))) as never);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((() =>
      Promise.reject(new Error('Cannot access contents of url "file:///x.html".'))) as never);
    expect(await reachTab({ id: 5, url: 'file:///x.html', status: 'complete' })).toEqual({
      kind: 'unavailable',
      reason: 'file',
    });
  });
});
