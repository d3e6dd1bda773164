// A page the gate let by (entrypoints/content/gated.ts, watch.ts): the popup is answered without loading anything, the
// modules load once when the reader turns Sourcelight on, and the page is looked at again only at a few
// moments: after the start (a story built late), after an address change (an SPA's navigation).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GatedPage } from '@/entrypoints/content/gated';
import {
  LATE_CHECKS_MS,
  NAVIGATION_CHECKS_MS,
  URL_POLL_MS,
  type WatchedView,
  watchForArticle,
} from '@/entrypoints/content/watch';
import { type PageController, type PageState, unreadPageState } from '@/utils/messaging/page-controller';

/** A controller that records what it was asked, standing in for the on-page UI. */
function fakeController(): PageController & { calls: string[] } {
  const calls: string[] = [];
  // Once loaded, the page is read: here, no article (unlike the unread page the gate answers for).
  const state: PageState = { ...unreadPageState(), isArticle: false };
  return {
    calls,
    state: () => state,
    setSidebar: (open) => void calls.push(`sidebar ${open}`),
    setStrip: (visible) => void calls.push(`strip ${visible}`),
    setEnabled: (enabled) => void calls.push(`enabled ${enabled}`),
    runAnyway: () => void calls.push('run anyway'),
    destroy: () => void calls.push('destroy'),
  };
}

describe('GatedPage', () => {
  it('tells the popup the page was not read (so it offers "Run on this page") without loading anything', () => {
    const start = vi.fn(async () => fakeController());
    const gated = new GatedPage(start);
    expect(gated.state()).toMatchObject({ isArticle: true, enabled: false });
    gated.setStrip(true);
    void gated.setEnabled(false);
    void gated.setSidebar(false);
    expect(start).not.toHaveBeenCalled();
    expect(gated.loaded).toBe(false);
  });

  it('loads once when turned on, however often it is asked, and then speaks for the loaded page', async () => {
    const page = fakeController();
    const start = vi.fn(async () => page);
    const gated = new GatedPage(start);
    await Promise.all([gated.setEnabled(true), gated.setSidebar(true), gated.setEnabled(true)]);
    expect(start).toHaveBeenCalledTimes(1);
    expect(page.calls).toEqual(['enabled true', 'sidebar true', 'enabled true']);
    expect(gated.state().isArticle).toBe(false);
    gated.setStrip(false);
    gated.destroy();
    expect(page.calls.slice(-2)).toEqual(['strip false', 'destroy']);
  });
});

/** A window stand-in on the test's fake clock; `go` changes the address as history.pushState does. */
function fakeView(options: { navigation?: boolean } = {}) {
  const events = new EventTarget();
  const navigation = options.navigation ? new EventTarget() : undefined;
  const document = { URL: 'https://example.test/' };
  /** The view's timers not yet run or cleared, and its listeners' event types. */
  const pending = new Set<number>();
  const listened: string[] = [];
  const view: WatchedView = {
    setTimeout: (handler, ms) => {
      const id = setTimeout(() => {
        pending.delete(id);
        handler();
      }, ms) as unknown as number;
      pending.add(id);
      return id;
    },
    clearTimeout: (id) => {
      pending.delete(id);
      clearTimeout(id);
    },
    setInterval: (handler, ms) => setInterval(handler, ms) as unknown as number,
    clearInterval: (id) => clearInterval(id),
    addEventListener: (type, listener) => {
      listened.push(type);
      events.addEventListener(type, listener);
    },
    removeEventListener: (type, listener) => {
      listened.splice(listened.indexOf(type), 1);
      events.removeEventListener(type, listener);
    },
    document,
    ...(navigation ? { navigation } : {}),
  };
  return {
    view,
    pending,
    listened,
    go(href: string, how: 'push' | 'popstate' = 'push') {
      document.URL = href;
      if (how === 'popstate') events.dispatchEvent(new Event('popstate'));
      else navigation?.dispatchEvent(new Event('currententrychange'));
    },
  };
}

const last = (delays: readonly number[]) => delays[delays.length - 1] as number;

describe('watchForArticle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('looks again at a few moments after the start, and stops when the page can hold an article', () => {
    const { view } = fakeView();
    let article = false;
    const check = vi.fn(() => article);
    const onArticle = vi.fn();
    watchForArticle({ view, check, onArticle, signal: new AbortController().signal });
    vi.advanceTimersByTime((LATE_CHECKS_MS[0] as number) + 1);
    expect(check).toHaveBeenCalledTimes(1);
    expect(onArticle).not.toHaveBeenCalled();
    article = true; // the page's scripts built the story
    vi.advanceTimersByTime(last(LATE_CHECKS_MS));
    expect(onArticle).toHaveBeenCalledTimes(1);
    const checks = check.mock.calls.length;
    vi.advanceTimersByTime(60_000);
    expect(check).toHaveBeenCalledTimes(checks);
  });

  it('does nothing more after the late checks on a page that stays as it is', () => {
    const { view } = fakeView({ navigation: true });
    const check = vi.fn(() => false);
    watchForArticle({ view, check, onArticle: vi.fn(), signal: new AbortController().signal });
    vi.advanceTimersByTime(60_000);
    expect(check).toHaveBeenCalledTimes(LATE_CHECKS_MS.length);
  });

  it('holds one timer at a time, and listens to the Navigation API alone where there is one', () => {
    const { view, go, pending, listened } = fakeView({ navigation: true });
    const check = vi.fn(() => false);
    watchForArticle({ view, check, onArticle: vi.fn(), signal: new AbortController().signal });
    expect(listened).toEqual([]);
    let most = pending.size;
    for (let ms = 0; ms < last(LATE_CHECKS_MS) + 1; ms += 50) {
      if (ms === 1_000) go('https://example.test/story/2');
      vi.advanceTimersByTime(50);
      most = Math.max(most, pending.size);
    }
    expect(most).toBe(1);
    // The series after the address change ran to its end as well: the first look and each one after it.
    vi.advanceTimersByTime(60_000);
    expect(pending.size).toBe(0);
  });

  it.each([
    { name: 'the Navigation API reports a pushState', navigation: true, how: 'push' as const, wait: 0 },
    { name: 'a popstate', navigation: false, how: 'popstate' as const, wait: 0 },
    { name: 'no Navigation API: the address is polled', navigation: false, how: 'push' as const, wait: URL_POLL_MS },
  ])('an address change looks again: $name', ({ navigation, how, wait }) => {
    const { view, go } = fakeView({ navigation });
    let article = false;
    const check = vi.fn(() => article);
    const onArticle = vi.fn();
    watchForArticle({ view, check, onArticle, signal: new AbortController().signal });
    vi.advanceTimersByTime(last(LATE_CHECKS_MS) + 1);
    article = true;
    go('https://example.test/story/1', how);
    vi.advanceTimersByTime(wait + (NAVIGATION_CHECKS_MS[0] as number) + 1);
    expect(onArticle).toHaveBeenCalledTimes(1);
  });

  it('stops looking when the content script is stopped', () => {
    const { view, go } = fakeView();
    const abort = new AbortController();
    const check = vi.fn(() => true);
    const onArticle = vi.fn();
    watchForArticle({ view, check, onArticle, signal: abort.signal });
    abort.abort();
    go('https://example.test/story/2');
    vi.advanceTimersByTime(60_000);
    expect(check).not.toHaveBeenCalled();
    expect(onArticle).not.toHaveBeenCalled();
  });

  it('runs without a signal (a gated page has no context yet) until its stop function is called', () => {
    const { view, go } = fakeView();
    const check = vi.fn(() => false);
    const stop = watchForArticle({ view, check, onArticle: vi.fn() });
    vi.advanceTimersByTime(LATE_CHECKS_MS[0] + 1);
    expect(check).toHaveBeenCalledTimes(1);
    stop();
    go('https://example.test/story/3');
    vi.advanceTimersByTime(60_000);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it.each([
    { name: 'the Navigation API', navigation: true },
    { name: 'the events and the poll', navigation: false },
  ])('leaves nothing behind once stopped: $name', ({ navigation }) => {
    const { view, go, pending, listened } = fakeView({ navigation });
    const check = vi.fn(() => false);
    const stop = watchForArticle({ view, check, onArticle: vi.fn() });
    expect(listened).toEqual(navigation ? [] : ['popstate', 'hashchange']);
    stop();
    expect(listened).toEqual([]);
    expect(pending.size).toBe(0);
    go('https://example.test/story/4', navigation ? 'push' : 'popstate');
    vi.advanceTimersByTime(60_000);
    expect(check).not.toHaveBeenCalled();
    // The poll was cleared with the rest: no timer of the watch is left on the fake clock.
    expect(vi.getTimerCount()).toBe(0);
  });
});
