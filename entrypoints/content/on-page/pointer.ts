// Pointer and keys on the page: hovering a highlighted claim opens its hover card (closed again after a delay,
// so the pointer can travel into the card), clicking one opens its source in the sidebar, Alt+Shift+S toggles
// the sidebar, Esc closes the card, then the sidebar. A claim reached by keyboard (from the sidebar) takes the
// focus itself: a ring drawn around it in our shadow root, which is what has the focus, with the same card;
// Esc gives the focus back to where it came from. Listens on the document while Sourcelight is shown.
import { sourceById } from '@/components/sidebar/model';
import type { ClaimRing, HoverCardState } from '@/components/sidebar/types';
import type { Claim } from '@/utils/analysis/types';
import { spanToRange } from '@/utils/marks/ranges';
import type { PageAnalysis } from '@/utils/page/types';
import type { Guard } from './features';
import type { FocusSpot, UiHost } from './ui-host';

/** Leaving a claim hides its card after this delay, so the pointer can travel into the card. */
const CARD_HIDE_DELAY_MS = 300;
/** Page elements whose clicks are theirs: a claim inside a link is not opened when the link is clicked. */
const INTERACTIVE = 'a, button, input, select, textarea, label';

export interface PointerDeps {
  doc: Document;
  host: UiHost;
  guard: Guard;
  page(): PageAnalysis;
  /** The highlighted claim under a viewport point (the highlight view's hit-testing). */
  claimAt(x: number, y: number): Claim | null;
  /** A picker is under way: it has the pointer and the keys. */
  picking(): boolean;
  sidebarOpen(): boolean;
  setSidebar(open: boolean): void;
  /** The reader clicked a claim: its source is opened in the sidebar. */
  openSource(claim: Claim): void;
  render(): void;
}

export class PointerAndKeys {
  /** The hover card shown now. */
  private cardNow: HoverCardState | null = null;
  /** The card's pending hide; another one (or none) means it was called off. */
  private cardHide: object | null = null;
  /** Where the focus was before a claim took it from the keyboard (given back on Esc). */
  private returnTo: FocusSpot | null = null;

  constructor(private readonly deps: PointerDeps) {
    this.listen();
  }

  get card(): HoverCardState | null {
    return this.cardNow;
  }

  closeCard(): void {
    this.cardNow = null;
    this.cardHide = null;
  }

  /**
   * The reader closed the card (Esc, its close button): a card of a claim reached by keyboard gives the focus
   * back to where it was before (the sidebar's button that went there). Not when the reader moved the focus
   * elsewhere (`giveFocusBack` false): the card just closes.
   */
  dismissCard(giveFocusBack = true): void {
    if (!this.cardNow) return;
    const keyboard = this.cardNow?.ring != null;
    const back = this.returnTo;
    this.returnTo = null;
    this.closeCard();
    // Drawing takes the ring away, and with it the focus (its focusout comes back here, with nothing to do).
    this.deps.render();
    if (keyboard && giveFocusBack) this.deps.host.giveFocusBack(back);
  }

  /**
   * A claim reached by keyboard (the sidebar's claim list, Previous/Next, the arrow keys on a focused claim): it
   * takes the focus, drawn as a ring around it, and shows the same card as the pointer would. Stepping on keeps
   * the place the focus came from. A claim with several sources is shown as `sourceId`'s (the focused source's).
   */
  focusClaim(claim: Claim, sourceId = claim.sourceId): void {
    const { host } = this.deps;
    if (host.signal.aborted) return;
    if (!this.cardNow?.ring) this.returnTo = host.focusSpot();
    this.cardHide = null;
    this.cardNow = this.keyboardCard(claim, sourceId);
    this.deps.render();
    host.shadow.querySelector<HTMLElement>('.sl-claim-ring')?.focus({ preventScroll: true });
  }

  /** The pointer went into the card: it stays. */
  keepCard(): void {
    this.cardHide = null;
  }

  destroy(): void {
    // The listeners hang on the host's signal, aborted with it.
    this.closeCard();
  }

  private listen(): void {
    const { doc, host, guard } = this.deps;
    const options = { signal: host.signal };
    let frame = 0;
    let last: MouseEvent | null = null;
    doc.addEventListener(
      'mousemove',
      (event) => {
        last = event;
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (last) guard.run('hover-card', () => this.onPointer(last as MouseEvent));
        });
      },
      { ...options, passive: true },
    );
    host.signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
    // A claim that has the focus moves with the page (a smooth scroll to it is still under way, or the reader
    // scrolls): its ring and card follow, once a frame.
    let ringFrame = 0;
    doc.defaultView?.addEventListener(
      'scroll',
      () => {
        if (ringFrame || !this.cardNow?.ring) return;
        ringFrame = requestAnimationFrame(() => {
          ringFrame = 0;
          guard.run('hover-card', () => {
            const card = this.cardNow;
            if (!card?.ring || host.signal.aborted) return;
            this.cardNow = this.keyboardCard(card.claim, card.source?.id ?? card.claim.sourceId);
            this.deps.render();
          });
        });
      },
      { ...options, passive: true },
    );
    host.signal.addEventListener('abort', () => cancelAnimationFrame(ringFrame), { once: true });
    doc.addEventListener('click', (event) => guard.run('hover-card', () => this.onClick(event)), options);
    doc.addEventListener('keydown', (event) => guard.run('shortcut', () => this.onKey(event)), options);
  }

  private onPointer(event: MouseEvent): void {
    const { host } = this.deps;
    if (host.signal.aborted || this.deps.picking()) return;
    if (event.composedPath().includes(host.element)) return;
    // A claim reached by keyboard keeps its card while the pointer wanders.
    if (this.cardNow?.ring) return;
    const claim = this.deps.claimAt(event.clientX, event.clientY);
    if (claim) {
      this.cardHide = null;
      if (this.cardNow?.claim !== claim) {
        this.cardNow = {
          claim,
          source: sourceById(this.deps.page().analysis, claim.sourceId),
          x: event.clientX,
          y: event.clientY,
        };
        this.deps.render();
      }
    } else if (this.cardNow && this.cardHide === null) {
      const token = {};
      this.cardHide = token;
      host.later('hover-card', CARD_HIDE_DELAY_MS, () => {
        if (this.cardHide !== token) return;
        this.cardHide = null;
        this.cardNow = null;
        this.deps.render();
      });
    }
  }

  private onClick(event: MouseEvent): void {
    const { host } = this.deps;
    if (host.signal.aborted || this.deps.picking() || event.defaultPrevented || event.button !== 0) return;
    if (event.composedPath().includes(host.element)) return;
    const target = event.target as Element | null;
    if (target?.closest?.(INTERACTIVE)) return;
    const selection = this.deps.doc.getSelection();
    if (selection && !selection.isCollapsed) return;
    const claim = this.deps.claimAt(event.clientX, event.clientY);
    if (claim?.sourceId) this.deps.openSource(claim);
  }

  /** The card of a claim reached by keyboard: the ring around the claim's text as it is on screen now. */
  private keyboardCard(claim: Claim, sourceId: string | null): HoverCardState {
    const page = this.deps.page();
    const range = spanToRange(this.deps.doc, page.article?.blocks ?? [], claim.span);
    // jsdom has no layout: the ring is then drawn at the corner.
    const rect = range && typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
    const ring: ClaimRing = {
      left: rect?.left ?? 0,
      top: rect?.top ?? 0,
      width: rect?.width ?? 0,
      height: rect?.height ?? 0,
    };
    return {
      claim,
      source: sourceById(page.analysis, sourceId),
      x: ring.left,
      y: ring.top + ring.height,
      ring,
    };
  }

  private onKey(event: KeyboardEvent): void {
    if (this.deps.host.signal.aborted) return;
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS') {
      event.preventDefault();
      this.deps.setSidebar(!this.deps.sidebarOpen());
      return;
    }
    if (event.key !== 'Escape' || this.deps.picking() || event.defaultPrevented) return;
    if (this.cardNow) {
      this.dismissCard();
    } else if (this.deps.sidebarOpen()) {
      this.deps.setSidebar(false);
    }
  }
}
