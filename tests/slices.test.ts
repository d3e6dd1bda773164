// The engine runs in slices (utils/slices.ts over the Steps of utils/page/analyze-page.ts): the slicing keeps each slice
// near its budget, pauses before every slice, stops when aborted, and gives the same analysis as running it
// whole; the progress it reports comes in page order.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { complete, type Steps } from '../utils/analysis/steps';
import { analyzePage, analyzePageSteps } from '../utils/page/analyze-page';
import { pauseForPage, runInSlices } from '../utils/slices';

const SEED = readFileSync('seeds/daily8-islamic-state.html', 'utf8');

/**
 * A clock that only the work moves: each step of `busy` takes exactly its `ms` on it, so what the slices
 * measure does not depend on how busy the machine is.
 */
let clock = 0;
afterEach(() => vi.restoreAllMocks());
function useVirtualClock(): void {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
}

/** `count` steps of `ms` each on the virtual clock, returning the count; `done` on finish. */
function* busy(count: number, ms: number, log: { finished: boolean } = { finished: false }): Steps<number> {
  try {
    for (let i = 0; i < count; i++) {
      clock += ms;
      yield;
    }
    return count;
  } finally {
    log.finished = true;
  }
}

const microtask = async (): Promise<void> => undefined;

function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

describe('runInSlices', () => {
  it('runs the work to the end in slices near the budget, pausing before each', async () => {
    useVirtualClock();
    const pause = vi.fn(microtask);
    const result = await runInSlices(busy(40, 1), { budgetMs: 4, pause });
    expect(result?.value).toBe(40);
    const report = result?.report;
    expect(report?.slices).toBeGreaterThanOrEqual(5);
    expect(pause).toHaveBeenCalledTimes(report?.slices ?? -1);
    // A slice ends at the first step that reaches the budget: 4 steps of 1 ms, in 10 slices, and an 11th
    // that finds the work done.
    expect(report?.slices).toBe(11);
    expect(report?.longestMs).toBe(4);
    expect(report?.workMs).toBe(40);
  });

  it('stops at the next pause when aborted, and lets the work clean up', async () => {
    useVirtualClock();
    const abort = new AbortController();
    const log = { finished: false };
    let pauses = 0;
    const pause = async (): Promise<void> => {
      if (++pauses === 3) abort.abort();
    };
    expect(await runInSlices(busy(100, 1, log), { budgetMs: 2, pause, signal: abort.signal })).toBeNull();
    expect(log.finished).toBe(true);
  });
});

describe('pauseForPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('queues an ordinary task with scheduler.postTask where the browser has it', async () => {
    const postTask = vi.fn((callback: () => void) => Promise.resolve().then(callback));
    vi.stubGlobal('scheduler', { postTask, yield: vi.fn() });
    await pauseForPage()();
    expect(postTask).toHaveBeenCalledWith(expect.any(Function), { priority: 'user-visible' });
  });

  it('falls back to a timer', async () => {
    vi.stubGlobal('scheduler', undefined);
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    await pauseForPage()();
    expect(setTimeoutSpy).toHaveBeenCalled();
    setTimeoutSpy.mockRestore();
  });

  it('on a page in a background tab, no timer (the browser throttles them there): a message task', async () => {
    vi.stubGlobal('scheduler', undefined);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    await pauseForPage()();
    expect(setTimeoutSpy).not.toHaveBeenCalled();
  });
});

describe('analyzePageSteps', () => {
  it('gives the same analysis in slices as at once, pausing often, with progress in page order', async () => {
    const whole = analyzePage(load(SEED), { url: 'https://daily8.example/a' }).analysis;
    const events: string[] = [];
    const blocksSeen: number[] = [];
    const sliced = await runInSlices(
      analyzePageSteps(
        load(SEED),
        { url: 'https://daily8.example/a' },
        {
          onArticle: (page) => {
            events.push(`article:${page.analysis.claims.length}`);
          },
          onBlock: (result) => {
            blocksSeen.push(result.block);
            for (const claim of result.claims) expect(claim.span.block).toBe(result.block);
            for (const number of result.numbers) expect(number.span.block).toBe(result.block);
          },
        },
      ),
      { budgetMs: 1, pause: microtask },
    );
    const { timings: _a, ...expected } = whole;
    const { timings: _b, ...actual } = sliced?.value.analysis ?? whole;
    expect(actual).toEqual(expected);
    expect(events).toEqual(['article:0']);
    expect(blocksSeen).toEqual(Array.from({ length: whole.article ? blocksSeen.length : 0 }, (_, i) => i));
    expect(blocksSeen.length).toBeGreaterThan(20);
    // Every block's progress together is the whole analysis.
    expect(sliced?.report.slices).toBeGreaterThan(20);
  });

  it('reads the text before it looks for the clutter, unless asked to look for the clutter first', () => {
    const url = 'https://daily8.example/a';
    const whole = analyzePage(load(SEED), { url }).analysis;
    expect(whole.clutter.length).toBeGreaterThan(0);
    for (const clutterFirst of [false, true]) {
      const clutterWhenShown: number[] = [];
      const found = complete(
        analyzePageSteps(
          load(SEED),
          { url, clutterFirst },
          { onArticle: (page) => clutterWhenShown.push(page.clutter.length) },
        ),
      ).analysis;
      // The first highlights do not wait for the clutter; a reader who hides some gets it hidden from the start.
      expect(clutterWhenShown).toEqual([clutterFirst ? whole.clutter.length : 0]);
      const { timings: _a, ...expected } = whole;
      const { timings: _b, ...actual } = found;
      expect(actual).toEqual(expected);
    }
  });

  it('runs to the same end with `complete`', () => {
    const doc = load(SEED);
    const { timings: _a, ...viaSteps } = complete(analyzePageSteps(doc)).analysis;
    const { timings: _b, ...direct } = analyzePage(doc).analysis;
    expect(viaSteps).toEqual(direct);
  });
});
