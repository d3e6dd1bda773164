// The <sourcelight-ui> element on the page: its shadow root, where the sidebar, strip, launcher and hover card
// are drawn, the page-wide styles (strip, highlight colours), and the timers of everything shown. Made when
// Sourcelight is shown, gone whole (element, styles, timers, listeners on its signal) with `destroy()`.
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import onPageCss from '@/assets/onpage.css?raw';
import { highlightCss } from '@/utils/marks/highlight';
import { addPageStyle, addShadowStyle, shadowRootOf } from '@/utils/marks/page-style';
import { STRIP_CSS } from '@/utils/marks/strip';
import type { Undo } from '@/utils/marks/undo';
import type { Settings } from '@/utils/settings';
import { highlightStyles, paletteCss } from '../palette';
import type { Feature, Guard } from './features';

export const HOST_TAG = 'sourcelight-ui';

/**
 * Where the focus was before a part of Sourcelight's UI took it (the sidebar, a claim reached by keyboard, the
 * picker), given back when that part closes: the element itself, or, when Sourcelight drew that element again
 * meanwhile, ours with the same `data-sl-focus` key ("Not the article? Pick it" is drawn anew after its picker).
 */
export interface FocusSpot {
  element: Element | null;
  key: string | null;
}

export class UiHost {
  readonly element: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Aborted by `destroy()` or by the content script's signal: every listener of what is shown hangs on it. */
  readonly signal: AbortSignal;
  private readonly mount: HTMLElement;
  /** The UI's own rules, filled in when it is first drawn. */
  private readonly style: HTMLStyleElement;
  private drawn = false;
  private readonly abort = new AbortController();
  private readonly timers = new Set<number>();
  private readonly undoStrip: Undo;
  /** The highlight rules alone, swapped when the reader picks another colour scheme. */
  private undoHighlightStyle: Undo;
  private colorScheme: Settings['colorScheme'];
  /** The page's open shadow roots that hold what we mark or hide, with the undo of the rules we put in each. */
  private readonly shadowStyles = new Map<ShadowRoot, { strip: Undo; highlights: Undo }>();

  constructor(
    private readonly doc: Document,
    scriptSignal: AbortSignal,
    colorScheme: Settings['colorScheme'],
    private readonly guard: Guard,
  ) {
    this.signal = AbortSignal.any([scriptSignal, this.abort.signal]);
    this.colorScheme = colorScheme;
    const host = doc.createElement(HOST_TAG);
    this.element = host;
    this.shadow = host.attachShadow({ mode: 'open' });
    this.style = doc.createElement('style');
    this.mount = doc.createElement('div');
    this.shadow.append(this.style, this.mount);
    doc.documentElement.append(host);
    this.undoStrip = addPageStyle(doc, STRIP_CSS, host, 'strip');
    this.undoHighlightStyle = this.addHighlightStyle();
  }

  /** The reader picked another colour scheme: the highlight rules are swapped. */
  setColorScheme(scheme: Settings['colorScheme']): void {
    this.colorScheme = scheme;
    this.undoHighlightStyle();
    this.undoHighlightStyle = this.addHighlightStyle();
    for (const [root, undo] of this.shadowStyles) {
      undo.highlights();
      undo.highlights = addShadowStyle(root, this.highlightRules(), 'highlights');
    }
  }

  /**
   * The page's own open shadow roots that `nodes` sit in get the strip's and the highlights' rules too (the
   * document's rules stop at a shadow root): an article inside a web component is marked and its clutter hidden
   * like any other. Each root once; `destroy()` takes them out again.
   */
  reachShadowRoots(nodes: Iterable<Node>): void {
    if (this.signal.aborted) return;
    for (const node of nodes) {
      const root = shadowRootOf(node);
      if (!root || root === this.shadow || this.shadowStyles.has(root)) continue;
      this.shadowStyles.set(root, {
        strip: addShadowStyle(root, STRIP_CSS, 'strip'),
        highlights: addShadowStyle(root, this.highlightRules(), 'highlights'),
      });
    }
  }

  /**
   * Draws the on-page UI into the shadow root. The first time, its rules (15 kB of CSS to parse) and its lift to
   * the top layer come with it: the host is made when the article is shown, and the highlights painted next need
   * neither (the rules they need are the page's, above), so neither is paid before the first highlights.
   */
  render(app: ComponentChild): void {
    if (!this.drawn && !this.signal.aborted) {
      this.drawn = true;
      this.style.textContent = `${onPageCss}\n${paletteCss()}`;
      liftToTopLayer(this.element, this.abort.signal);
    }
    render(app, this.mount);
  }

  /** Runs `fn` after `ms`, under `feature`'s guard, unless Sourcelight is hidden first. */
  later(feature: Feature, ms: number, fn: () => void): void {
    const view = this.doc.defaultView;
    if (!view || this.signal.aborted) return;
    const id = view.setTimeout(() => {
      this.timers.delete(id);
      if (!this.signal.aborted) this.guard.run(feature, fn);
    }, ms);
    this.timers.add(id);
  }

  /** Where the focus is now: a page element, or one of ours in the shadow root (null: the page's body). */
  focusSpot(): FocusSpot {
    const active = this.doc.activeElement;
    if (active === this.element) {
      const inner = this.shadow.activeElement;
      return { element: inner, key: inner?.getAttribute('data-sl-focus') ?? null };
    }
    return { element: active && active !== this.doc.body ? active : null, key: null };
  }

  /** Gives the focus back to `spot`; when it is gone, to ours drawn with the same key, else to the launcher or
   * the sidebar's heading. */
  giveFocusBack(spot: FocusSpot | null): void {
    const keyed = spot?.key ? this.shadow.querySelector(`[data-sl-focus="${spot.key}"]`) : null;
    const target =
      (spot?.element?.isConnected ? spot.element : null) ??
      keyed ??
      this.shadow.querySelector('.sl-launcher, #sl-sidebar-title');
    if (target && 'focus' in target) (target as HTMLElement).focus({ preventScroll: true });
  }

  contains(node: Node): boolean {
    return this.element.contains(node);
  }

  destroy(): void {
    this.abort.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.guard.run('on-page', () => render(null, this.mount));
    this.guard.run('on-page', () => this.undoHighlightStyle());
    this.guard.run('on-page', () => this.undoStrip());
    for (const undo of this.shadowStyles.values()) {
      this.guard.run('on-page', () => undo.highlights());
      this.guard.run('on-page', () => undo.strip());
    }
    this.shadowStyles.clear();
    this.element.remove();
  }

  private addHighlightStyle(): Undo {
    return addPageStyle(this.doc, this.highlightRules(), this.element, 'highlights');
  }

  private highlightRules(): string {
    return highlightCss(highlightStyles(this.colorScheme));
  }
}

interface PopoverHost {
  showPopover?: () => void;
  matches?: (selector: string) => boolean;
}

/**
 * Puts the host in the top layer (a manual popover), where no ancestor's transform, filter or containment can
 * become the containing block of its fixed children (seeds/hostile/transformed-root-article.html). Without
 * popovers (or if the call throws) the host stays an ordinary fixed child of <html>, as before. A manual popover
 * is never light-dismissed; if the page closes it anyway (hidePopover, or removing and re-adding the host), it is
 * shown again. The popover attribute goes away with the host on hide(), so the page is restored byte for byte.
 */
function liftToTopLayer(host: HTMLElement, signal: AbortSignal): void {
  const h = host as unknown as PopoverHost;
  if (typeof h.showPopover !== 'function') return;
  const show = (): void => {
    if (signal.aborted || !host.isConnected) return;
    try {
      if (typeof h.matches === 'function' && h.matches.call(host, ':popover-open')) return;
      h.showPopover?.call(host);
    } catch {
      // Not shown (the page removed the attribute, or the browser refused): the fixed host still works.
    }
  };
  try {
    host.setAttribute('popover', 'manual');
  } catch {
    return;
  }
  show();
  host.addEventListener(
    'toggle',
    (event) => {
      if ((event as Event & { newState?: string }).newState === 'closed') show();
    },
    { signal },
  );
}
