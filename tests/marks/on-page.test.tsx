// The whole on-page controller in jsdom, where the CSS Custom Highlight API is missing, so every highlight is
// the <sl-mark> fallback: the hardest case for "turning Sourcelight off gives back the page byte for byte".
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnPage, type OnPageDeps } from '../../entrypoints/content/on-page';
import { HIDDEN_ATTR } from '../../utils/marks/strip';
import { MARK_TAG } from '../../utils/marks/wrap';
import { analyzePage, analyzePageSteps } from '../../utils/page/analyze-page';
import {
  defaultSettings,
  emptySiteSettings,
  runsAutomatically,
  type Settings,
  type SiteSettings,
} from '../../utils/settings';

// Paths from the project root (Vitest's working directory): import.meta.url is not a file: URL under jsdom.
const SEED = readFileSync('seeds/daily8-wire-story.html', 'utf8');
const FRONT_PAGE = readFileSync('seeds/front-page.html', 'utf8');

function load(html: string): string {
  document.open();
  document.write(html);
  document.close();
  return document.documentElement.outerHTML;
}

function start(site: Partial<SiteSettings> = {}) {
  const abort = new AbortController();
  const saveSite = vi.fn(async () => undefined);
  const log = vi.fn();
  // Storage in the test: `changeSettings` is a change of the settings made elsewhere (the popup's switch).
  let follow: (settings: Settings) => void = () => undefined;
  const changeSettings = (settings: Settings): void => follow(settings);
  const onPage = makeOnPage({
    signal: abort.signal,
    loadSettings: async () => ({
      settings: defaultSettings(),
      site: { ...emptySiteSettings(), ...site },
      autoRun: true,
    }),
    watchSettings: (callback) => {
      follow = callback;
      return () => {
        follow = () => undefined;
      };
    },
    saveSite,
    log,
  });
  return { onPage, abort, saveSite, log, changeSettings };
}

/** The slices of the analysis pause for a microtask here: no timers, so fake timers need not be advanced. */
const nextMicrotask = async (): Promise<void> => undefined;

/** An OnPage on the test's document with `deps` over these: the seed's address, slices without timers, the
 * engine itself, the default settings (it runs by itself), nothing stored. */
function makeOnPage(deps: Partial<OnPageDeps>): OnPage {
  return new OnPage({
    doc: document,
    url: 'https://www.daily8.example/news/is',
    signal: new AbortController().signal,
    figuresOnHost: true,
    pause: nextMicrotask,
    analyze: analyzePageSteps,
    loadSettings: async () => ({ settings: defaultSettings(), site: emptySiteSettings(), autoRun: true }),
    saveSite: async () => undefined,
    ...deps,
  });
}

const host = () => document.querySelector('sourcelight-ui') as HTMLElement | null;
const ui = () => host()?.shadowRoot ?? null;
const uiButton = (label: string) =>
  Array.from(ui()?.querySelectorAll('button') ?? []).find((b) => (b.textContent ?? '').includes(label)) as
    | HTMLButtonElement
    | undefined;

afterEach(() => {
  host()?.remove();
});

describe('OnPage on the seed article (wrap fallback)', () => {
  it('shows, is used, and once off leaves documentElement.outerHTML identical', async () => {
    const before = load(SEED);
    const { onPage, log, changeSettings } = start();
    await onPage.start();
    const h = host();
    expect(h?.dataset.state).toBe('ready');
    expect(h?.dataset.highlightMode).toBe('wrap');
    expect(Number(h?.dataset.claims)).toBeGreaterThan(0);
    expect(Number(h?.dataset.paintedClaims)).toBe(Number(h?.dataset.claims));
    expect(document.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);

    // Sidebar (pushes the page), a focused source, next claim, the strip hiding everything.
    onPage.setSidebar(true);
    expect(ui()?.querySelector('.sl-sidebar')).not.toBeNull();
    ui()?.querySelector<HTMLButtonElement>('.sl-source')?.click();
    uiButton('Next')?.click();
    uiButton('Hide all')?.click();
    expect(document.querySelectorAll(`[${HIDDEN_ATTR}]`).length).toBeGreaterThanOrEqual(5);
    expect(onPage.state().counts.clutterHidden).toBeGreaterThanOrEqual(5);
    // The highlight switches follow storage (the popup writes it): numbers off, then on again.
    const numbers = Number(h?.dataset.paintedNumbers);
    expect(numbers).toBeGreaterThan(0);
    changeSettings({ ...defaultSettings(), highlights: { claims: true, numbers: false } });
    expect(onPage.state().highlights.numbers).toBe(false);
    expect(Number(h?.dataset.paintedNumbers)).toBe(0);
    changeSettings(defaultSettings());
    expect(Number(h?.dataset.paintedNumbers)).toBe(numbers);

    onPage.setEnabled(false);
    expect(host()).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(log).not.toHaveBeenCalled();

    // And on again, then torn down by the context (an extension update).
    await onPage.setEnabled(true);
    expect(host()?.dataset.state).toBe('ready');
    onPage.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('re-applies the saved strip choices and hand-hidden blocks for the site', async () => {
    load(SEED);
    const { onPage } = start({ stripHidden: ['related'], hiddenBlocks: ['#__next > header', 'nav > > bad'] });
    await onPage.start();
    const hidden = Array.from(document.querySelectorAll(`[${HIDDEN_ATTR}]`));
    expect(hidden.some((e) => e.tagName === 'HEADER')).toBe(true);
    expect(hidden.map((e) => e.textContent ?? '').join(' ')).toContain('Port strike in Vellmark enters third week');
    expect(hidden.map((e) => e.textContent ?? '').join(' ')).not.toContain('Fishing towns from Senegal to Ghana');
    expect(onPage.state().counts.clutterHidden).toBe(hidden.length);
    onPage.destroy();
  });

  it('follows settings changed elsewhere (highlights off, high-contrast colours) and still restores exactly', async () => {
    const before = load(SEED);
    let notify: ((settings: ReturnType<typeof defaultSettings>) => void) | null = null;
    const abort = new AbortController();
    const onPage = makeOnPage({
      signal: abort.signal,
      loadSettings: async () => ({ settings: defaultSettings(), site: emptySiteSettings(), autoRun: true }),
      watchSettings: (callback) => {
        notify = callback;
        return () => {
          notify = null;
        };
      },
    });
    await onPage.start();
    const changed = defaultSettings();
    changed.highlights.claims = false;
    changed.colorScheme = 'high-contrast';
    (notify as ((s: typeof changed) => void) | null)?.(changed);
    expect(host()?.dataset.paintedClaims).toBe('0');
    expect(onPage.state().highlights.claims).toBe(false);
    abort.abort();
    expect(notify).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it("follows this site's settings changed elsewhere (options page): hidden kinds come and go, and restores exactly", async () => {
    const before = load(SEED);
    let notify: ((settings: ReturnType<typeof defaultSettings>) => void) | null = null;
    let site: SiteSettings = emptySiteSettings();
    const abort = new AbortController();
    const onPage = makeOnPage({
      signal: abort.signal,
      loadSettings: async () => ({ settings: defaultSettings(), site, autoRun: true }),
      watchSettings: (callback) => {
        notify = callback;
        return () => {
          notify = null;
        };
      },
    });
    await onPage.start();
    expect(document.querySelectorAll(`[${HIDDEN_ATTR}]`).length).toBe(0);
    const storageChanged = async (next: SiteSettings): Promise<void> => {
      site = next;
      (notify as ((s: Settings) => void) | null)?.(defaultSettings());
      await vi.waitFor(() => expect(onPage.state().counts.clutterHidden > 0).toBe(next.stripHidden.length > 0));
    };
    await storageChanged({ ...emptySiteSettings(), stripHidden: ['related'] });
    expect(onPage.state().counts.clutterHidden).toBeGreaterThan(0);
    expect(uiButton('Related')?.getAttribute('aria-pressed')).toBe('true');
    await storageChanged(emptySiteSettings());
    expect(document.querySelectorAll(`[${HIDDEN_ATTR}]`).length).toBe(0);
    abort.abort();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('a strip toggle saves the choice for the site', async () => {
    load(SEED);
    const { onPage, saveSite } = start();
    await onPage.start();
    uiButton('Related')?.click();
    expect(saveSite).toHaveBeenLastCalledWith({ stripHidden: ['related'], hiddenBlocks: [] });
    uiButton('Related')?.click();
    expect(saveSite).toHaveBeenLastCalledWith({ stripHidden: [], hiddenBlocks: [] });
    onPage.destroy();
  });

  it('Alt+Shift+S toggles the sidebar and Esc closes it', async () => {
    load(SEED);
    const { onPage } = start();
    await onPage.start();
    const press = (init: KeyboardEventInit) =>
      document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    press({ key: 'S', code: 'KeyS', altKey: true, shiftKey: true });
    expect(onPage.state().sidebarOpen).toBe(true);
    press({ key: 'Escape', code: 'Escape' });
    expect(onPage.state().sidebarOpen).toBe(false);
    onPage.destroy();
  });

  it('aborting the context signal tears everything down', async () => {
    const before = load(SEED);
    const { onPage, abort } = start({ stripHidden: ['related', 'promo'] });
    await onPage.start();
    onPage.setSidebar(true);
    abort.abort();
    expect(onPage.isDestroyed).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('re-analyses once, debounced, when the page rewrites the article text', async () => {
    vi.useFakeTimers();
    try {
      load(SEED);
      const { onPage } = start();
      await onPage.start();
      const analyze = vi.fn(analyzePageSteps);
      (onPage as unknown as { deps: { analyze: typeof analyzePageSteps } }).deps.analyze = analyze;
      const paragraph = Array.from(document.querySelectorAll('p')).find((p) =>
        (p.textContent ?? '').includes('Fishing towns from Senegal'),
      );
      paragraph?.append(' Officials said more.');
      paragraph?.append(' And more.');
      await vi.advanceTimersByTimeAsync(100);
      expect(analyze).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1000);
      expect(analyze).toHaveBeenCalledOnce();
      expect(host()?.dataset.state).toBe('ready');
      onPage.destroy();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('OnPage on a page that is not an article', () => {
  it('adds nothing at all, also after watching for a late story', async () => {
    vi.useFakeTimers();
    try {
      const before = load(FRONT_PAGE);
      const { onPage } = start();
      const started = onPage.start();
      await vi.advanceTimersByTimeAsync(10_000);
      await started;
      expect(onPage.state().isArticle).toBe(false);
      onPage.setSidebar(true);
      await onPage.setEnabled(true);
      expect(host()).toBeNull();
      expect(document.documentElement.outerHTML).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows up when a script adds the story after load', async () => {
    vi.useFakeTimers();
    try {
      load(SEED);
      const main = document.querySelector('main') as Element;
      const parent = main.parentNode as Node;
      const next = main.nextSibling;
      main.remove();
      const { onPage } = start();
      const started = onPage.start();
      await vi.advanceTimersByTimeAsync(1000);
      expect(host()).toBeNull();
      parent.insertBefore(main, next);
      await vi.advanceTimersByTimeAsync(1000);
      await started;
      expect(onPage.state().isArticle).toBe(true);
      expect(host()?.dataset.state).toBe('ready');
      onPage.destroy();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('OnPage when Sourcelight does not run here by itself', () => {
  // What the content script computes from the settings (entrypoints/content/script.ts): both must leave the page
  // unread, with no analysis and no observer, until the reader asks through the popup's "Run on this page".
  const cases: ReadonlyArray<{ name: string; settings: Settings; site: SiteSettings }> = [
    {
      name: 'run mode "Only when I ask"',
      settings: { ...defaultSettings(), mode: 'on-request' },
      site: emptySiteSettings(),
    },
    { name: 'the site blocked', settings: defaultSettings(), site: { ...emptySiteSettings(), enabled: false } },
  ];
  for (const c of cases) {
    it(`${c.name}: reads nothing of the page until asked, then runs`, async () => {
      vi.useFakeTimers();
      try {
        const before = load(SEED);
        const analyze = vi.fn(analyzePageSteps);
        const log = vi.fn();
        const autoRun = runsAutomatically(c.settings, c.site);
        expect(autoRun).toBe(false);
        const onPage = makeOnPage({
          analyze,
          loadSettings: async () => ({ settings: c.settings, site: c.site, autoRun }),
          log,
        });
        const started = onPage.start();
        // Scripts adding a story after load do not make it look either.
        document.body.append(
          Object.assign(document.createElement('p'), { textContent: 'Officials said so. '.repeat(60) }),
        );
        await vi.advanceTimersByTimeAsync(10_000);
        await started;
        expect(analyze).not.toHaveBeenCalled();
        expect(host()).toBeNull();
        // The popup offers "Run on this page": an article that is off, counted as nothing yet.
        expect(onPage.state()).toMatchObject({ isArticle: true, enabled: false, counts: { claims: 0 } });
        document.body.lastElementChild?.remove();
        expect(document.documentElement.outerHTML).toBe(before);

        await onPage.setEnabled(true);
        expect(analyze).toHaveBeenCalledOnce();
        expect(host()?.dataset.state).toBe('ready');
        expect(onPage.state().enabled).toBe(true);
        expect(onPage.state().counts.claims).toBeGreaterThan(0);
        onPage.setEnabled(false);
        expect(document.documentElement.outerHTML).toBe(before);
        await onPage.setEnabled(true);
        expect(analyze).toHaveBeenCalledOnce();
        onPage.destroy();
        expect(log).not.toHaveBeenCalled();
      } finally {
        vi.useRealTimers();
      }
    });
  }

  it('asked on a page that is not an article: reads it once, then says so and adds nothing', async () => {
    const before = load(FRONT_PAGE);
    const analyze = vi.fn(analyzePageSteps);
    const onPage = makeOnPage({
      url: 'https://front.example/',
      analyze,
      loadSettings: async () => ({ settings: defaultSettings(), site: emptySiteSettings(), autoRun: false }),
    });
    await onPage.start();
    expect(analyze).not.toHaveBeenCalled();
    await onPage.setEnabled(true);
    expect(analyze).toHaveBeenCalledOnce();
    expect(onPage.state()).toMatchObject({ isArticle: false, enabled: false });
    expect(host()).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
    onPage.destroy();
  });

  it('runs by itself where it should: the page is analysed once, after the settings are read', async () => {
    load(SEED);
    const order: string[] = [];
    const onPage = makeOnPage({
      analyze: (doc, options, progress) => {
        order.push('analyze');
        return analyzePageSteps(doc, options, progress);
      },
      loadSettings: async () => {
        order.push('settings');
        return { settings: defaultSettings(), site: emptySiteSettings(), autoRun: true };
      },
    });
    expect(order).toEqual([]);
    await onPage.start();
    expect(order).toEqual(['settings', 'analyze']);
    expect(host()?.dataset.state).toBe('ready');
    onPage.destroy();
  });

  it('reads the settings while the engine still loads, and reads the page once the engine is in', async () => {
    load(SEED);
    const order: string[] = [];
    let engineIn: (analyze: typeof analyzePageSteps) => void = () => undefined;
    const onPage = makeOnPage({
      analyze: new Promise((resolve) => {
        engineIn = resolve;
      }),
      loadSettings: async () => {
        order.push('settings');
        return { settings: defaultSettings(), site: emptySiteSettings(), autoRun: true };
      },
    });
    const started = onPage.start();
    await vi.waitFor(() => expect(order).toEqual(['settings']));
    expect(host()).toBeNull();
    expect(onPage.state().reading).toBe(true);
    engineIn((doc, options, progress) => {
      order.push('analyze');
      return analyzePageSteps(doc, options, progress);
    });
    await started;
    expect(order).toEqual(['settings', 'analyze']);
    expect(host()?.dataset.state).toBe('ready');
    expect(Number(host()?.dataset.paintedClaims)).toBeGreaterThan(0);
    onPage.destroy();
  });

  it('hands the first highlights to the page before it looks for the clutter, unless the reader hides some here', async () => {
    load(SEED);
    const kind = analyzePage(document).clutter[0]?.kind;
    expect(kind).toBeDefined();
    for (const site of [emptySiteSettings(), { ...emptySiteSettings(), stripHidden: kind ? [kind] : [] }]) {
      load(SEED);
      /** At each block read that has something to highlight: the clutter found and hidden on the page by then.
       * (Painting block by block needs the CSS Custom Highlight API, which jsdom lacks: tests/e2e checks it.) */
      const seen: Array<{ clutter: number; hidden: number }> = [];
      const onPage: OnPage = makeOnPage({
        analyze: (doc, options, progress) =>
          analyzePageSteps(doc, options, {
            ...progress,
            onBlock: (result) => {
              progress.onBlock?.(result);
              if (result.claims.length + result.numbers.length === 0) return;
              const { counts } = onPage.state();
              seen.push({ clutter: counts.clutter, hidden: counts.clutterHidden });
            },
          }),
        loadSettings: async () => ({ settings: defaultSettings(), site, autoRun: true }),
      });
      await onPage.start();
      const [first] = seen;
      if (site.stripHidden.length === 0) {
        expect(first).toMatchObject({ clutter: 0, hidden: 0 });
      } else {
        expect(first?.clutter).toBeGreaterThan(0);
        expect(first?.hidden).toBeGreaterThan(0);
      }
      // Once the whole article is read, the clutter is listed either way.
      expect(host()?.dataset.state).toBe('ready');
      expect(onPage.state().counts.clutter).toBeGreaterThan(0);
      onPage.destroy();
    }
  });

  it('paints the first highlights before it draws the panel, and draws it however the reading ends', async () => {
    for (const ending of ['read', 'failed'] as const) {
      load(SEED);
      /** At each of the first blocks' numbers: whether the panel (its launcher) was drawn by then, and whether
       * the UI's own rules were in its shadow root (parsing them is no part of the first highlights either). */
      const drawn: boolean[] = [];
      const styled: boolean[] = [];
      const uiRules = (): string => ui()?.querySelector('style')?.textContent ?? '';
      const onPage = makeOnPage({
        analyze: function* (doc, options, progress) {
          const page = yield* analyzePageSteps(doc, options, {
            ...progress,
            onNumbers: (block, numbers) => {
              progress.onNumbers?.(block, numbers);
              drawn.push(ui()?.querySelector('.sl-launcher') != null);
              styled.push(uiRules() !== '');
            },
          });
          if (ending === 'failed') throw new Error('the claim rules did not load');
          return page;
        },
        log: () => undefined,
      });
      await onPage.start();
      // Slices pause for a microtask here: had the panel been queued when the article was shown, it would have been
      // drawn before the first blocks' numbers were painted.
      expect(drawn.length).toBeGreaterThan(3);
      expect(drawn.slice(0, 3)).toEqual([false, false, false]);
      expect(styled.slice(0, 3)).toEqual([false, false, false]);
      await nextMicrotask();
      expect(ui()?.querySelector('.sl-launcher')).not.toBeNull();
      expect(uiRules()).toContain('.sl-cat-government');
      onPage.destroy();
    }
  });

  it('a reading that fails part-way ends there, marked unfinished, until a reading succeeds', async () => {
    load(SEED);
    let fail = true;
    const log = vi.fn();
    const onPage = makeOnPage({
      analyze: function* (doc, options, progress) {
        const page = yield* analyzePageSteps(doc, options, progress);
        // The claim rules' module did not load, say: the article is shown and its first numbers painted.
        if (fail) throw new Error('the claim rules did not load');
        return page;
      },
      log,
    });
    await onPage.start();
    expect(log).toHaveBeenCalledWith('analyse', expect.any(Error));
    expect(host()?.dataset.state).toBe('unfinished');
    // The popup is told the reading is over (not "reading…" for ever) and unfinished; so is the sidebar.
    expect(onPage.state()).toMatchObject({ reading: false, unfinished: true, enabled: true });
    await onPage.setSidebar(true);
    expect(ui()?.querySelector('[data-sl-status="unfinished"]')).not.toBeNull();
    expect(ui()?.querySelector('.sl-reading:not([data-sl-status])')).toBeNull();
    // Off and on again (the popup's switch) reads the page again; a reading that ends well clears it.
    fail = false;
    await onPage.setEnabled(false);
    await onPage.setEnabled(true);
    expect(host()?.dataset.state).toBe('ready');
    expect(onPage.state().unfinished).toBeUndefined();
    await onPage.setSidebar(true);
    expect(ui()?.querySelector('[data-sl-status="unfinished"]')).toBeNull();
    onPage.destroy();
  });

  it('where it runs only when asked, never waits for the engine: the page stays unread and untouched', async () => {
    const before = load(SEED);
    const onPage = makeOnPage({
      // An engine that never arrives: start() settles from the settings alone.
      analyze: new Promise(() => undefined),
      loadSettings: async () => ({ settings: defaultSettings(), site: emptySiteSettings(), autoRun: false }),
    });
    await onPage.start();
    expect(onPage.state()).toMatchObject({ enabled: false, reading: false });
    expect(host()).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
    onPage.destroy();
  });
});

describe('"Not the article? Pick it" on a page with two stories (wrap fallback)', () => {
  /** The engine takes the longer bridge story; the reader wants the ferry story, whose source is Ann Lee. */
  const TWO_STORIES = `<!doctype html><html><head><title>Two stories</title></head><body>
    <div class="feature"><div id="bridge">${[
      'The council voted on Tuesday to close the old bridge, citing a survey that found cracks in two of its piers.',
      'Engineers said the repairs would take at least eight months, and that a temporary crossing would open in May.',
      'Residents on both banks, who rely on the bridge to reach the station, said they had not been consulted.',
      'The repairs will cost 4 million euros, the mayor said, and the council will pay for them from its reserves.',
      'A spokesperson for the rail operator said extra buses would run between the two stations during the works.',
    ]
      .map((line) => `<p>${line} ${line}</p>`)
      .join('')}</div></div>
    <div class="lead"><div class="wrap"><section id="ferry">${[
      'The island ferry will sail again on Friday after a storm damaged the landing stage last week, Ann Lee said.',
      'Crews worked through the weekend, replacing 2 pontoons and a gangway that had been torn loose by the waves.',
      'Islanders said the closure had left shops short of fresh food, and that a water taxi was not enough for them.',
    ]
      .map((line) => `<p>${line} ${line}</p>`)
      .join('')}</section></div></div>
  </body></html>`;

  const marksIn = (id: string) => document.getElementById(id)?.querySelectorAll(MARK_TAG).length ?? 0;

  async function pickByClick(target: Element): Promise<void> {
    // jsdom has no layout: elementFromPoint is stubbed to the element under the pointer.
    const original = document.elementFromPoint;
    document.elementFromPoint = () => target;
    try {
      document.dispatchEvent(new MouseEvent('mousemove', { clientX: 5, clientY: 5, bubbles: true }));
      document.dispatchEvent(new MouseEvent('click', { clientX: 5, clientY: 5, bubbles: true, button: 0 }));
    } finally {
      document.elementFromPoint = original;
    }
  }

  it('picks the article by clicking it, keeps it for the site, takes it back, and restores the page exactly', async () => {
    const before = load(TWO_STORIES);
    const { onPage, saveSite, log } = start();
    await onPage.start();
    await onPage.setSidebar(true);
    expect(marksIn('bridge')).toBeGreaterThan(0);
    expect(marksIn('ferry')).toBe(0);

    uiButton('Not the article? Pick it')?.click();
    expect(ui()?.textContent).toContain('Click the article, or pick it with the keys');
    const analyses = Number(host()?.dataset.analyses);
    await pickByClick(document.getElementById('ferry') as Element);
    await vi.waitFor(() => expect(Number(host()?.dataset.analyses)).toBe(analyses + 1));
    // Read again, then painted and listed: the sidebar says whose article it shows.
    await vi.waitFor(() => expect(ui()?.textContent).toContain('You picked the article on this site.'));
    expect(saveSite).toHaveBeenCalledWith({ articlePath: '#ferry' });
    expect(marksIn('ferry')).toBeGreaterThan(0);
    expect(marksIn('bridge')).toBe(0);
    expect(ui()?.textContent).toContain('Ann Lee');
    expect(onPage.state().articleCertainty).toBe('picked');

    uiButton("Use Sourcelight's choice")?.click();
    await vi.waitFor(() => expect(Number(host()?.dataset.analyses)).toBe(analyses + 2));
    await vi.waitFor(() => expect(ui()?.textContent).not.toContain('You picked the article on this site.'));
    expect(marksIn('bridge')).toBeGreaterThan(0);
    expect(marksIn('ferry')).toBe(0);
    expect(saveSite).toHaveBeenLastCalledWith({ articlePath: null });
    expect(onPage.state().articleCertainty).not.toBe('picked');

    onPage.setEnabled(false);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(log).not.toHaveBeenCalled();
  });

  it("applies the site's saved pick on a later page, and ignores one that finds no article text", async () => {
    load(TWO_STORIES);
    const saved = start({ articlePath: 'body > div:nth-of-type(2) > div > section' });
    await saved.onPage.start();
    expect(marksIn('ferry')).toBeGreaterThan(0);
    expect(marksIn('bridge')).toBe(0);
    expect(saved.onPage.state().articleCertainty).toBe('picked');
    saved.onPage.destroy();

    load(TWO_STORIES.replace('<section id="ferry">', '<section id="ferry"><nav><a href="/">Home</a></nav>'));
    const stale = start({ articlePath: 'body > div:nth-of-type(2) > div > section > nav' });
    await stale.onPage.start();
    expect(marksIn('bridge')).toBeGreaterThan(0);
    expect(stale.onPage.state().articleCertainty).not.toBe('picked');
    stale.onPage.destroy();
  });

  it('Esc cancels the pick: nothing saved, nothing read again', async () => {
    load(TWO_STORIES);
    const { onPage, saveSite } = start();
    await onPage.start();
    await onPage.setSidebar(true);
    const analyses = host()?.dataset.analyses;
    uiButton('Not the article? Pick it')?.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(ui()?.textContent).not.toContain('Click the article, or pick it with the keys');
    expect(saveSite).not.toHaveBeenCalled();
    expect(host()?.dataset.analyses).toBe(analyses);
    expect(marksIn('bridge')).toBeGreaterThan(0);
    onPage.destroy();
  });
});
