// The engine runs in slices (utils/slices.ts over the Steps of utils/page/analyze-page.ts): the slicing keeps each slice
// near its budget, pauses before every slice, stops when aborted, waits between slices on what the work waits for
// (the claim rules' module, utils/page/read-page.ts), and gives the same analysis as running it whole; the progress
// it reports comes in page order, the first blocks' numbers before the claim rules are there.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NUMBERS_AHEAD_BLOCKS } from '../utils/analysis/block-numbers';
import * as pipeline from '../utils/analysis/pipeline';
import { complete, type Steps, settled } from '../utils/analysis/steps';
import { analyzePage, analyzePageSteps } from '../utils/page/analyze-page';
import { readPageSteps, type TextEngine } from '../utils/page/read-page';
import { pauseForPage, runInSlices } from '../utils/slices';

const SEED = readFileSync('seeds/daily8-wire-story.html', 'utf8');

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

/** `before` steps of 1 ms, then what `value` gives once settled (the work waits on it), then `after` steps. */
function* waiting<T>(value: T | Promise<T>, before: number, after: number, log: string[]): Steps<T> {
  yield* busy(before, 1);
  log.push('waits');
  const got = yield* settled(value);
  log.push('goes on');
  yield* busy(after, 1);
  return got;
}

describe('work that waits on something still to come (settled)', () => {
  it('ends the slice and goes on once it is there; the wait is not work', async () => {
    useVirtualClock();
    const log: string[] = [];
    let arrive: (value: string) => void = () => undefined;
    const later = new Promise<string>((resolve) => {
      arrive = resolve;
    });
    let pauses = 0;
    const pause = async (): Promise<void> => {
      pauses++;
      log.push(`pause ${pauses}`);
    };
    const run = runInSlices(waiting(later, 3, 3, log), { budgetMs: 100, pause });
    // Let the first slice run up to the wait: nothing more runs, however often the microtasks turn.
    for (let i = 0; i < 20; i++) await microtask();
    expect(log).toEqual(['pause 1', 'waits']);
    clock += 500; // time passes while it waits
    arrive('there');
    const result = await run;
    expect(result?.value).toBe('there');
    expect(log).toEqual(['pause 1', 'waits', 'pause 2', 'goes on']);
    expect(result?.report.slices).toBe(2);
    expect(result?.report.workMs).toBe(6);
  });

  it('stops when aborted while it waits', async () => {
    const abort = new AbortController();
    const log: string[] = [];
    let arrive: (value: number) => void = () => undefined;
    const later = new Promise<number>((resolve) => {
      arrive = resolve;
    });
    const run = runInSlices(waiting(later, 1, 1, log), { pause: microtask, signal: abort.signal });
    for (let i = 0; i < 20; i++) await microtask();
    abort.abort();
    arrive(1);
    expect(await run).toBeNull();
    expect(log).toEqual(['waits']);
  });

  it('throws in the work where what it waits on fails', async () => {
    const failed = Promise.reject(new Error('module not loaded'));
    await expect(runInSlices(waiting(failed, 1, 1, []), { pause: microtask })).rejects.toThrow('module not loaded');
  });

  it('does not wait on a value that is there: `complete` runs it, and refuses work that waits', () => {
    expect(complete(waiting('now', 2, 2, []))).toBe('now');
    const log: string[] = [];
    expect(() => complete(waiting(new Promise<string>(() => undefined), 1, 1, log))).toThrow(/runInSlices/);
    expect(log).toEqual(['waits']);
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

  it("finds the article and reports the first blocks' numbers before it asks for the claim rules", async () => {
    const url = 'https://daily8.example/a';
    const whole = analyzePage(load(SEED), { url }).analysis;
    const events: string[] = [];
    // The claim rules are asked for when they are needed, and come in a task of their own (a module loading).
    const claimRules = (): Promise<TextEngine> => {
      events.push('claim rules asked for');
      return new Promise<TextEngine>((resolve) =>
        setTimeout(() => {
          events.push('claim rules there');
          resolve(pipeline);
        }, 0),
      );
    };
    const sliced = await runInSlices(
      readPageSteps(
        load(SEED),
        { url },
        {
          onArticle: () => events.push('article'),
          onNumbers: (block) => events.push(`numbers ${block}`),
          onBlock: (result) => events.push(`block ${result.block}`),
        },
        claimRules,
      ),
      { budgetMs: 1000, pause: microtask },
    );
    const blocks = whole.article ? (sliced?.value.article?.blocks.length ?? 0) : 0;
    expect(blocks).toBeGreaterThan(NUMBERS_AHEAD_BLOCKS);
    const ahead = Array.from({ length: NUMBERS_AHEAD_BLOCKS }, (_, b) => `numbers ${b}`);
    const first = ['article', ...ahead, 'claim rules asked for', 'claim rules there'];
    expect(events.slice(0, first.length)).toEqual(first);
    // Then every block in order: the first ones' numbers are not found again, the later ones' come before the block.
    const expected = Array.from({ length: blocks }, (_, b) =>
      b < NUMBERS_AHEAD_BLOCKS ? [`block ${b}`] : [`numbers ${b}`, `block ${b}`],
    ).flat();
    expect(events.slice(first.length)).toEqual(expected);
    const { timings: _a, ...expectedAnalysis } = whole;
    const { timings: _b, ...actual } = sliced?.value.analysis ?? whole;
    expect(actual).toEqual(expectedAnalysis);
  });

  it('on an article in a language the claim rules are not written for, never asks for them', async () => {
    const arabic = readFileSync('seeds/daily8-arabic.html', 'utf8');
    const whole = analyzePage(load(arabic)).analysis;
    expect(whole.isArticle).toBe(true);
    expect(whole.attribution.available).toBe(false);
    expect(whole.numbers.length).toBeGreaterThan(0);
    const blocks: number[] = [];
    const sliced = await runInSlices(
      readPageSteps(load(arabic), {}, { onBlock: (result) => blocks.push(result.block) }, () => {
        throw new Error('the claim rules were asked for');
      }),
      { budgetMs: 1, pause: microtask },
    );
    const { timings: _a, ...expected } = whole;
    const { timings: _b, ...actual } = sliced?.value.analysis ?? whole;
    expect(actual).toEqual(expected);
    expect(blocks).toEqual(Array.from({ length: sliced?.value.article?.blocks.length ?? -1 }, (_, b) => b));
  });
});
