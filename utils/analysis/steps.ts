// Work that can stop and go on: a generator that yields wherever it may be paused. The engine is written this way
// so that the content script can run it in slices between the page's own tasks (utils/slices.ts) and no task of
// Sourcelight's blocks the page for long; `complete` runs the same work to the end at once (Node, tests).

/**
 * What Steps yield: nothing (a place where the work may be paused), or a promise the work waits on before it can
 * go on (code still loading: utils/page/read-page.ts). Only `settled` yields a promise.
 */
export type Pause = undefined | PromiseLike<unknown>;

/** Work that yields where it may be paused, and returns its result at the end. */
export type Steps<T> = Generator<Pause, T, undefined>;

/** Loops over many small things (DOM nodes, text units) yield once every this many. */
export const STEP_EVERY = 64;

/** Runs the work to the end without pausing. Work that waits on a promise (`settled`) cannot be run so. */
export function complete<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value) {
      steps.return(undefined as T);
      throw new Error('this work waits on something still to come: run it with runInSlices (utils/slices.ts)');
    }
  }
}

/**
 * The value, or what the promise gives once it is settled: until then the work yields the promise (runInSlices
 * waits on it between slices; nothing runs meanwhile). A rejected promise throws here.
 */
export function* settled<T>(value: T | PromiseLike<T>): Steps<T> {
  if (!isThenable(value)) return value;
  let outcome: { value: T } | { error: unknown } | undefined;
  const waiting = Promise.resolve(value).then(
    (result) => {
      outcome = { value: result };
    },
    (error: unknown) => {
      outcome = { error };
    },
  );
  while (outcome === undefined) yield waiting;
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
