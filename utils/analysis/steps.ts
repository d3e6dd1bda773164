// Work that can stop and go on: a generator that yields wherever it may be paused. The engine is written this way
// so that the content script can run it in slices between the page's own tasks (utils/slices.ts) and no task of
// Sourcelight's blocks the page for long; `complete` runs the same work to the end at once (Node, tests).

/** Work that yields (nothing) where it may be paused, and returns its result at the end. */
export type Steps<T> = Generator<void, T, undefined>;

/** Loops over many small things (DOM nodes, text units) yield once every this many. */
export const STEP_EVERY = 64;

/** Runs the work to the end without pausing. */
export function complete<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
