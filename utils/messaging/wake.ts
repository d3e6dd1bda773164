// How the popup reaches a page the cheap gate let by (entrypoints/content/gated.ts). Such a page registers no
// message listener: every page the reader opens would pay for one (both browsers set up their messaging API in
// the content script's world on first use), for the rare time the popup asks. The popup first runs `wakePage` in
// the content script's world (scripting.executeScript), which asks the page to start answering messages.

/** The content script's instance on its world's own global (never the page's): the page's OnPage, or the
 * stand-in of a page the gate let by. A second injection into the same world finds it there. */
export const INSTANCE_KEY = '__sourcelightOnPage';

/** What a page the gate let by offers on the global, under INSTANCE_KEY. */
export interface Wakeable {
  readonly isDestroyed: boolean;
  /** Starts answering the popup's messages (once; later calls do nothing). */
  answerMessages(): void;
}

/**
 * Run in the content script's world through scripting.executeScript, which sends it as source: it uses nothing
 * but its argument (INSTANCE_KEY). True when a page the gate let by was there and now answers messages.
 */
export function wakePage(key: string): boolean {
  const instance = (globalThis as Record<string, unknown>)[key] as Partial<Wakeable> | undefined;
  if (!instance || instance.isDestroyed || typeof instance.answerMessages !== 'function') return false;
  instance.answerMessages();
  return true;
}
