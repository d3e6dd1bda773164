// Waiting helpers shared by both drivers: polling from Node survives navigations, which in-page waits do not.
import type { E2EPage, PageFunction } from './types.ts';

export const POLL_INTERVAL_MS = 50;
export const DEFAULT_WAIT_MS = 10_000;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Calls `probe` until it returns a truthy value; rethrows its last error (or a timeout) when time runs out. */
export async function pollUntil<R>(probe: () => Promise<R>, timeoutMs: number, what: string): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      lastError = null;
    } catch (error) {
      // A probe may fail while a navigation swaps the document; try again until the deadline.
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await sleep(POLL_INTERVAL_MS);
  }
}

/** Splits 'Alt+Shift+S' into modifiers and the key. */
export function splitChord(chord: string): { modifiers: string[]; key: string } {
  const parts = chord.split('+');
  const key = parts.pop() ?? chord;
  return { modifiers: parts, key: key === '' ? '+' : key };
}

/** Test-facing names: poll a Node-side condition; wait a fixed time for work that leaves no trace. */
export const poll = (probe: () => Promise<boolean>, timeoutMs: number, what: string) =>
  pollUntil(probe, timeoutMs, what);
export const settle = sleep;

type Evaluate = <A, R>(fn: PageFunction<A, R>, arg: A) => Promise<R>;

/** E2EPage's waits, the same in both drivers: built on the driver's own `evaluate`. */
export function pageWaits(evaluate: Evaluate): Pick<E2EPage, 'waitFor' | 'waitForSelector'> {
  return {
    waitFor: (fn, arg, opts) => pollUntil(() => evaluate(fn, arg), opts?.timeoutMs ?? DEFAULT_WAIT_MS, 'a condition'),
    async waitForSelector(selector, opts) {
      await pollUntil(
        () => evaluate((s: string) => document.querySelector(s) !== null, selector),
        opts?.timeoutMs ?? DEFAULT_WAIT_MS,
        `selector ${selector}`,
      );
    },
  };
}
