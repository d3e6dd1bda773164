// Runs work written as Steps (utils/analysis/steps.ts) on the page's main thread in slices: a few milliseconds
// of work, then the page gets its turn (input, rendering, its own scripts), then the next slice. A long article
// is read without any task of Sourcelight's blocking the page (tests/e2e/responsive.e2e.ts).
import type { Steps } from './analysis/steps';

/** Work this long, then let the page run: far under the 50 ms that makes a task "long" for the browser. */
export const SLICE_BUDGET_MS = 8;

export interface SliceOptions {
  budgetMs?: number;
  /** Aborting it stops the work at the next pause. */
  signal?: AbortSignal;
  /** Gives the page its turn; `pauseForPage()` by default. */
  pause?: () => Promise<void>;
}

export interface SliceReport {
  slices: number;
  /** The longest slice, in milliseconds. */
  longestMs: number;
  /** All slices together: the work itself, without the pauses. */
  workMs: number;
}

/** Runs `steps` to the end in slices; null when the signal aborted it first (the work is dropped). */
export async function runInSlices<T>(
  steps: Steps<T>,
  options: SliceOptions = {},
): Promise<{ value: T; report: SliceReport } | null> {
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const pause = options.pause ?? pauseForPage();
  const report: SliceReport = { slices: 0, longestMs: 0, workMs: 0 };
  for (;;) {
    // Every slice is a task of its own, the first one too (not a tail of whatever task started the work).
    await pause();
    if (options.signal?.aborted) {
      steps.return(undefined as T);
      return null;
    }
    const start = performance.now();
    let step = steps.next();
    while (!step.done && !step.value && performance.now() - start < budget) step = steps.next();
    const spent = performance.now() - start;
    report.slices++;
    report.workMs += spent;
    report.longestMs = Math.max(report.longestMs, spent);
    if (step.done) return { value: step.value, report };
    // The work waits on something still to come (utils/analysis/steps.ts `settled`): the slice ends here, and the
    // next one starts once it is there. The wait is not work.
    if (step.value) await step.value;
  }
}

interface Scheduler {
  postTask?: (callback: () => void, options?: { priority?: string }) => Promise<void>;
}

/**
 * Gives the page its turn: the next slice is queued as an ordinary task, behind whatever the page has queued
 * (its timers, messages, input) rather than ahead of it. `scheduler.postTask()` at the default priority where
 * the browser has it (no 4 ms clamp); else setTimeout. Not `scheduler.yield()`: its continuations go before the
 * page's own tasks, and a long analysis starved the page's timers (tests/e2e/responsive.e2e.ts). A page the
 * reader does not see (a background tab) gets a message task instead of the timer, which the browser throttles.
 */
export function pauseForPage(): () => Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const postTask = scheduler?.postTask;
  if (scheduler && typeof postTask === 'function') {
    return () => postTask.call(scheduler, () => undefined, { priority: 'user-visible' });
  }
  return () =>
    new Promise<void>((resolve) => {
      if (globalThis.document?.visibilityState === 'hidden') nextMessageTask(resolve);
      else setTimeout(resolve, 0);
    });
}

/**
 * Runs `then` in a task of its own through a message channel. For a page in a background tab: there the browser
 * holds timers back to about one a second (Firefox), and a long article read a slice per second would take
 * minutes, while nobody is looking at the page to be kept responsive.
 */
function nextMessageTask(then: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    then();
  };
  channel.port2.postMessage(null);
}
