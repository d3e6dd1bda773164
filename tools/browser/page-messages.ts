// Sourcelight's messages from the extension's side, for the real-browser suite and the benchmarks alike: a
// content-protocol request sent to every tab (as the popup does), and the page's figures asked that way (they
// are never on the page, where its scripts could read them).
import { INSTANCE_KEY } from '../../utils/messaging/wake';
import { sleep } from './poll.ts';
import type { E2EExtension, E2EPage } from './types.ts';

/**
 * Sourcelight's figures for `page` (entrypoints/content/on-page/figures.ts: counts, timings, what is painted),
 * asked through the extension's messages: they are never on the page, where its scripts could read them. Null
 * when no content script of a tab at the page's address answers.
 */
export async function readFigures(
  ctx: { readonly extension: E2EExtension },
  page: E2EPage,
): Promise<Record<string, string> | null> {
  const url = await page.url();
  // A woken page answers once its start module has loaded (entrypoints/content/start-module.ts): asked again
  // until then, as the popup does (utils/messaging/tab.ts).
  const deadline = (await wakeEveryTab(ctx)) > 0 ? Date.now() + WOKEN_ANSWER_MS : 0;
  for (;;) {
    const replies = await messageEveryTab(ctx, 'figures', null);
    for (const reply of replies as Array<{ ok?: boolean; value?: { url: string; figures: Record<string, string> } }>) {
      if (reply?.ok && reply.value?.url === url) return reply.value.figures;
    }
    if (Date.now() >= deadline) return null;
    await sleep(ASK_AGAIN_MS);
  }
}

/** How long a page woken to be asked has to answer, and how often it is asked meanwhile. */
const WOKEN_ANSWER_MS = 5_000;
const ASK_AGAIN_MS = 50;

/** Sends a content-script message to every tab's top frame; the replies of those that answered. */
export function messageEveryTab(
  ctx: { readonly extension: E2EExtension },
  name: string,
  data: unknown,
): Promise<unknown[]> {
  return ctx.extension.evaluate(
    async ({ name, data }: { name: string; data: unknown }) => {
      type Tabs = {
        query(q: object): Promise<Array<{ id?: number }>>;
        sendMessage(id: number, message: unknown, options: object): Promise<unknown>;
      };
      const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
      const api = (g.browser ?? g.chrome)?.tabs;
      if (!api) throw new Error('no tabs API');
      const answers: unknown[] = [];
      for (const tab of await api.query({})) {
        if (tab.id === undefined) continue;
        try {
          const reply = await api.sendMessage(tab.id, { sourcelight: 'content', name, data }, { frameId: 0 });
          if (reply !== undefined) answers.push(reply);
        } catch {
          // No content script in that tab (an extension page, about:blank).
        }
      }
      return answers;
    },
    { name, data },
  );
}

/**
 * Wakes the pages the gate let by in every tab's top frame, as the popup does (utils/messaging/wake.ts): until
 * then they answer no message. Returns how many there were.
 */
export function wakeEveryTab(ctx: { readonly extension: E2EExtension }): Promise<number> {
  return ctx.extension.evaluate(async (key: string) => {
    type Extension = {
      tabs: { query(q: object): Promise<Array<{ id?: number }>> };
      scripting: { executeScript(details: object): Promise<Array<{ result?: unknown }>> };
    };
    const g = globalThis as unknown as { browser?: Extension; chrome?: Extension };
    const api = g.browser ?? g.chrome;
    if (!api) throw new Error('no extension API');
    let woken = 0;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const [frame] = await api.scripting.executeScript({
          target: { tabId: tab.id, frameIds: [0] },
          // wakePage's work, written out: the browser sends this function as source, without its module.
          func: (instanceKey: string) => {
            const instance = (globalThis as Record<string, unknown>)[instanceKey] as
              | { isDestroyed?: boolean; answerMessages?: () => void }
              | undefined;
            if (!instance || instance.isDestroyed || typeof instance.answerMessages !== 'function') return false;
            instance.answerMessages();
            return true;
          },
          args: [key],
        });
        if (frame?.result === true) woken++;
      } catch {
        // Not scriptable (an extension page, about:blank).
      }
    }
    return woken;
  }, INSTANCE_KEY);
}
