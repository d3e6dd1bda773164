// Pointer and keys on the page: hovering a highlighted claim opens its hover card (closed again after a delay,
// so the pointer can travel into the card), clicking one opens its source in the sidebar, Alt+Shift+S toggles
// the sidebar, Esc closes the card, then the sidebar. Listens on the document while Sourcelight is shown.
import { sourceById } from '@/components/sidebar/model';
import type { HoverCardState } from '@/components/sidebar/types';
import type { Claim } from '@/utils/analysis/types';
import type { PageAnalysis } from '@/utils/page/types';
import type { Guard } from './features';
import type { UiHost } from './ui-host';

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
    doc.addEventListener('click', (event) => guard.run('hover-card', () => this.onClick(event)), options);
    doc.addEventListener('keydown', (event) => guard.run('shortcut', () => this.onKey(event)), options);
  }

  private onPointer(event: MouseEvent): void {
    const { host } = this.deps;
    if (host.signal.aborted || this.deps.picking()) return;
    if (event.composedPath().includes(host.element)) return;
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

  private onKey(event: KeyboardEvent): void {
    if (this.deps.host.signal.aborted) return;
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS') {
      event.preventDefault();
      this.deps.setSidebar(!this.deps.sidebarOpen());
      return;
    }
    if (event.key !== 'Escape' || this.deps.picking() || event.defaultPrevented) return;
    if (this.cardNow) {
      this.closeCard();
      this.deps.render();
    } else if (this.deps.sidebarOpen()) {
      this.deps.setSidebar(false);
    }
  }
}
