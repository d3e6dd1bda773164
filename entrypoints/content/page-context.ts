// The content script's life on the page, WXT's ContentScriptContext in the few parts Sourcelight uses, created
// only when Sourcelight starts on the page (the gate passes, the popup wakes it, an SPA turns into an article):
// WXT's own reads the extension's id when its module is evaluated and when it is created, which set up the
// extension API in the content script's world on every page (./browser-api.ts).
//
// Ended when the extension is updated or reloaded: the extension's id is gone from the old script's world
// (looked at whenever `isInvalid` is asked), or a newer copy of the script started on the page. The newer copy
// says so with WXT's own event, so that a copy built with WXT's context (an older Sourcelight) stops too.
import { browser } from './browser-api';

/** WXT's content script name (its entrypoint, entrypoints/content): in the event the copies send each other. */
const SCRIPT_NAME = 'content';

/** The event a newly started copy sends on the document (WXT's `wxt:content-script-started`, same detail). */
function startedEventType(): string {
  return `${browser.runtime?.id}:content:wxt:content-script-started`;
}

interface StartedDetail {
  contentScriptName?: string;
  messageId?: string;
}

export class PageContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);

  constructor() {
    const type = startedEventType();
    document.dispatchEvent(
      new CustomEvent<StartedDetail>(type, { detail: { contentScriptName: SCRIPT_NAME, messageId: this.id } }),
    );
    const newer = (event: Event): void => {
      const detail = (event as CustomEvent<StartedDetail | undefined>).detail;
      if (detail?.contentScriptName === SCRIPT_NAME && detail.messageId !== this.id) this.invalidate();
    };
    document.addEventListener(type, newer, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the extension was updated or reloaded (its API is gone from this world) or a newer copy runs. */
  get isInvalid(): boolean {
    if (!this.signal.aborted && browser.runtime?.id === undefined) this.invalidate();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  addEventListener<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    handler: (event: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  private invalidate(): void {
    this.controller.abort('Content script context invalidated');
  }
}
