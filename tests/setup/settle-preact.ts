// Preact's hooks run effects after the next paint: a requestAnimationFrame raced by a 35 ms timer
// (RAF_TIMEOUT in preact/hooks). When a test file ends within 35 ms of a render, that timer fired after jsdom's
// window was closed and threw "cancelAnimationFrame is not defined" as an unhandled error, which fails the run.
// Each file waits for it before its environment goes.
import { afterAll } from 'vitest';

/** Longer than Preact's fallback timer (35 ms), with room for a timer that fires late on a busy machine. */
const SETTLE_MS = 200;

afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
});
