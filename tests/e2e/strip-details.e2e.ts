// The smaller points of issue 14.8, in both browsers, on an article written for this test (its text column at
// the left, a free right rail, as on many news pages): hiding related stories hides their "Related Articles"
// heading too; the running block picker looks on, not struck through like a hidden kind; a source with one
// claim offers no Previous/Next; the closed strip's tab covers no article text; other stories and comments printed
// with no wrapper of their own (all siblings of the story's paragraphs) hide whole and count once each.
import assert from 'node:assert/strict';
import { poll, settle } from '../../tools/browser/poll.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { clickUi, HOST, isShown, READY, uiTexts } from './onpage-probes.ts';
import { resetSettings } from './popup-probes.ts';

const UI_TIMEOUT_MS = 20_000;
const RELATED_HEADING = 'Related Articles';
/** A source quoted once ("the ferry operator") and one quoted three times (the harbour master). */
const ONE_CLAIM_SOURCE = 'Lena Moss';
const PARAGRAPHS = [
  'The harbour board voted on Monday to dredge the eastern channel before the summer, after two ferries ran aground there in March.',
  '"The channel has silted faster than anyone expected," the harbour master, Piet Alders, said at the meeting.',
  'Alders said the work would take about six weeks and cost 1.2 million, shared between the board and the town.',
  'Fishing crews who use the eastern berths will be moved to the west quay while the dredgers work, Alders said.',
  'The ferry operator, Lena Moss, said the company would keep its timetable and add a bus link for passengers.',
  'A public meeting on the plan is due later this month in the town hall, and the board will publish the survey before then.',
  'Residents near the quay have asked for limits on night work, and the board said it would answer them at the meeting.',
  'The last dredging of the channel was in 2009, when the work took longer than planned because of storms in the autumn.',
];

/** More of the story, with no one quoted: the text column runs past the bottom of the window. */
const BACKGROUND = [
  'The eastern channel was cut in the 1880s for coal boats, and its banks were last rebuilt after the flood of 1953.',
  "Its depth at low tide has fallen from four metres to under three in ten years, according to the board's own survey.",
  'The dredged sand will be pumped to the beach north of the harbour, where the spring storms took much of it away.',
  'Work on the west quay, where the fishing boats will moor, began last week with new fenders and brighter lights.',
  'The ferry to the islands carries about 400,000 passengers a year, most of them in the summer months.',
  'The town council will discuss the cost of the bus link at its next meeting, together with parking at the quay.',
];

function articleHtml(): string {
  const cards = ['Swimming pool to reopen after its new roof is fitted', 'Market square to get new benches and trees']
    .map((title, i) => `<div class="card"><h3><a href="/story/${i}">${title}</a></h3><p>A short line.</p></div>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour board to dredge the eastern channel</title><meta property="og:type" content="article">
<style>body{margin:0;font:18px/1.5 serif}main{width:640px;margin:0 0 0 12px}</style></head>
<body><main><h1>Harbour board to dredge the eastern channel</h1><p class="byline">By Ada Lind</p>
<div class="story">${[...PARAGRAPHS, ...BACKGROUND].map((p) => `<p>${p}</p>`).join('')}</div>
<section class="more"><h2>${RELATED_HEADING}</h2><div class="grid">${cards}</div></section>
</main></body></html>`;
}

async function openArticle(ctx: E2EContext): Promise<E2EPage> {
  const page = await ctx.newPage();
  await page.goto(ctx.server.generated('strip-details.html', articleHtml()));
  try {
    await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  } catch (error) {
    const state = await page.evaluate(
      (host: string) => document.querySelector(host)?.getAttribute('data-state') ?? 'no host',
      HOST,
    );
    ctx.log(`state: ${state}; errors: ${JSON.stringify(await page.pageErrors())}`);
    throw error;
  }
  return page;
}

/** The computed text-decoration line of the strip chips, by where they sit and whether they are pressed. */
function chipDecorations(page: E2EPage): Promise<Array<{ text: string; where: string; decoration: string }>> {
  return page.evaluate((host: string) => {
    const root = document.querySelector(host)?.shadowRoot;
    return Array.from(root?.querySelectorAll<HTMLElement>('.sl-chip[aria-pressed="true"]') ?? []).map((chip) => ({
      text: (chip.textContent ?? '').replace(/\s+/g, ' ').trim(),
      where: chip.closest('.sl-strip-actions') ? 'actions' : 'kinds',
      decoration: getComputedStyle(chip).textDecorationLine,
    }));
  }, HOST);
}

test('strip details: related stories hide with their heading; the running picker is not struck through', async (ctx) => {
  await resetSettings(ctx);
  try {
    const page = await openArticle(ctx);
    await page.waitFor(
      (host: string) => document.querySelector(host)?.shadowRoot?.querySelector('.sl-strip') != null,
      HOST,
      { timeoutMs: UI_TIMEOUT_MS },
    );
    assert.equal(await isShown(page, RELATED_HEADING), true, 'the heading is shown at first');
    assert.ok(await clickUi(page, 'Related'), 'the Related chip');
    await poll(async () => (await isShown(page, 'Swimming pool to reopen')) === false, UI_TIMEOUT_MS, 'cards hidden');
    assert.equal(await isShown(page, RELATED_HEADING), false, 'the heading goes with its cards');
    for (const text of PARAGRAPHS) assert.equal(await isShown(page, text), true, `article text stays: ${text}`);

    assert.ok(await clickUi(page, 'Hide a block'), 'the picker chip');
    await poll(async () => (await chipDecorations(page)).some((c) => c.where === 'actions'), UI_TIMEOUT_MS, 'picker');
    const chips = await chipDecorations(page);
    ctx.log(chips.map((c) => `${c.where} "${c.text}": ${c.decoration}`).join('; '));
    const picker = chips.find((c) => c.where === 'actions');
    assert.ok(picker && !picker.decoration.includes('line-through'), 'the running picker is not struck through');
    const hiddenKind = chips.find((c) => c.where === 'kinds');
    assert.ok(hiddenKind?.decoration.includes('line-through'), 'a hidden kind still is');
    await page.press('Escape');
    await clickUi(page, 'Show all');
    await poll(async () => (await isShown(page, RELATED_HEADING)) === true, UI_TIMEOUT_MS, 'heading shown again');
  } finally {
    await resetSettings(ctx);
  }
});

test('strip details: a source with one claim has no Previous/Next; the closed strip tab covers no text', async (ctx) => {
  await resetSettings(ctx);
  try {
    const page = await openArticle(ctx);
    assert.ok(await clickUi(page, 'source'), 'the launcher');
    await page.waitFor(
      (host: string) => document.querySelector(host)?.shadowRoot?.querySelector('.sl-sidebar') != null,
      HOST,
      { timeoutMs: UI_TIMEOUT_MS },
    );
    assert.ok(await clickUi(page, ONE_CLAIM_SOURCE), `the source ${ONE_CLAIM_SOURCE}`);
    await page.waitFor(
      (host: string) => document.querySelector(host)?.shadowRoot?.querySelector('.sl-focus') != null,
      HOST,
      { timeoutMs: UI_TIMEOUT_MS },
    );
    const buttons = await uiTexts(page, '.sl-focus button');
    ctx.log(`one-claim source: ${buttons.join(' | ')}`);
    assert.ok(!buttons.includes('Previous') && !buttons.includes('Next'), `no stepping: ${buttons.join(', ')}`);
    // A source with several claims still steps.
    assert.ok(await clickUi(page, 'Show all'), 'back to all sources');
    assert.ok(await clickUi(page, 'Piet Alders'), 'the source with several claims');
    await poll(async () => (await uiTexts(page, '.sl-focus button')).includes('Next'), UI_TIMEOUT_MS, 'Next');

    // Close the sidebar and the strip; scroll so that article text fills the bottom of the window.
    await page.press('Escape');
    await clickUi(page, 'Close the strip');
    await page.waitFor(
      (host: string) => document.querySelector(host)?.shadowRoot?.querySelector('.sl-strip-tab') != null,
      HOST,
      { timeoutMs: UI_TIMEOUT_MS },
    );
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 4), null);
    await settle(200);
    const overlap = await page.evaluate((host: string) => {
      const tab = document.querySelector(host)?.shadowRoot?.querySelector('.sl-strip-tab')?.getBoundingClientRect();
      if (!tab) return { tab: null, covered: [] as string[] };
      const covered: string[] = [];
      for (const p of document.querySelectorAll('.story p')) {
        const range = document.createRange();
        range.selectNodeContents(p);
        for (const line of range.getClientRects()) {
          const crosses =
            line.left < tab.right && tab.left < line.right && line.top < tab.bottom && tab.top < line.bottom;
          if (crosses) covered.push((p.textContent ?? '').slice(0, 40));
        }
      }
      return { tab: [tab.left, tab.top, tab.width, tab.height].map(Math.round), covered };
    }, HOST);
    ctx.log(`tab at ${JSON.stringify(overlap.tab)}; covers ${overlap.covered.length} lines`);
    assert.ok(overlap.tab, 'the closed strip tab is shown');
    assert.deepEqual(overlap.covered, [], 'the tab covers no article text');
  } finally {
    await resetSettings(ctx);
  }
});

/** Two other stories printed in full with no wrapper of their own, then two comments likewise. */
const OTHER_STORIES = [
  {
    title: 'Swimming pool to reopen after its new roof is fitted',
    paragraphs: [
      'The town pool will reopen on the first of the month after a year of work on its roof, which leaked so badly in the winter storms that the deep end had to be closed twice.',
      'The new roof lets in more daylight and should cut the heating bill by a third, the leisure department said, and the changing rooms were repainted while the pool was shut.',
      'Swimming clubs will get their old lane times back, and lessons for children resume the week after the opening, with places offered first to those who were on the list before.',
    ],
  },
  {
    title: 'Market square to get new benches and trees this spring',
    paragraphs: [
      'Twelve lime trees and twenty benches will go into the market square in April, after traders voted for the plan at a meeting in the town hall last week.',
      'The stalls will move to the side streets for three weeks while the paving is lifted, and the Saturday market will run as usual on the quay during the work.',
      'The council said the trees were chosen because they cope with dry summers, and that the benches were made by a workshop in the next valley from oak felled in the park.',
    ],
  },
];
const COMMENTS = [
  ['tidewatcher', '3 hours ago', 'About time, the channel has been a problem since the ferries got bigger.'],
  ['Marta K.', 'yesterday', 'Will the bus link run on Sundays as well, or only on weekdays?'],
];

function flatAggregatorHtml(): string {
  const others = OTHER_STORIES.map(
    (story, i) =>
      `<h4><a href="/story/${i}">${story.title}</a></h4><p>Valley Courier · ${i + 2} hours ago</p>` +
      story.paragraphs.map((p) => `<p>${p}</p>`).join(''),
  ).join('');
  const comments = COMMENTS.map(([name, time, text]) => `<p><b>${name}</b> ${time}</p><p>${text}</p>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour board to dredge the eastern channel</title><meta property="og:type" content="article">
</head><body><main><h1>Harbour board to dredge the eastern channel</h1><p class="byline">By Ada Lind</p>
<div class="story">${[...PARAGRAPHS, ...BACKGROUND].map((p) => `<p>${p}</p>`).join('')}
<h3>More stories</h3>${others}<h3>Comments</h3>${comments}</div></main></body></html>`;
}

test('strip details: stories and comments printed with no wrapper hide whole, each counted once', async (ctx) => {
  await resetSettings(ctx);
  try {
    const page = await ctx.newPage();
    await page.goto(ctx.server.generated('strip-flat.html', flatAggregatorHtml()));
    await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
    await page.waitFor(
      (host: string) => document.querySelector(host)?.shadowRoot?.querySelector('.sl-strip') != null,
      HOST,
      { timeoutMs: UI_TIMEOUT_MS },
    );
    const chips = await uiTexts(page, '.sl-strip .sl-chip');
    ctx.log(`chips: ${chips.join(' | ')}`);
    assert.ok(
      chips.some((c) => c.endsWith('Related 2')),
      `two related stories: ${chips.join(', ')}`,
    );
    assert.ok(
      chips.some((c) => c.endsWith('Comments 2')),
      `two comments: ${chips.join(', ')}`,
    );
    const otherText = OTHER_STORIES.flatMap((story) => [story.title, ...story.paragraphs]);
    for (const text of otherText) assert.equal(await isShown(page, text), true, `shown at first: ${text}`);

    assert.ok(await clickUi(page, 'Related'), 'the Related chip');
    assert.ok(await clickUi(page, 'Comments'), 'the Comments chip');
    const last = COMMENTS[COMMENTS.length - 1]?.[2] ?? '';
    await poll(async () => (await isShown(page, last)) === false, UI_TIMEOUT_MS, 'comments hidden');
    for (const text of otherText) assert.equal(await isShown(page, text), false, `hidden: ${text}`);
    for (const [name, , text] of COMMENTS) {
      assert.equal(await isShown(page, text ?? ''), false, `comment hidden: ${text}`);
      assert.equal(await isShown(page, name ?? ''), false, `its name and time hidden: ${name}`);
    }
    assert.equal(await isShown(page, 'More stories'), false, 'the label goes with its stories');
    for (const text of [...PARAGRAPHS, ...BACKGROUND]) {
      assert.equal(await isShown(page, text), true, `article text stays: ${text}`);
    }

    await clickUi(page, 'Show all');
    await poll(async () => (await isShown(page, last)) === true, UI_TIMEOUT_MS, 'shown again');
    for (const text of otherText) assert.equal(await isShown(page, text), true, `shown again: ${text}`);
    const marked = await page.evaluate(() => document.querySelectorAll('[data-sl-hidden]').length, null);
    assert.equal(marked, 0, 'no element keeps the strip attribute');
  } finally {
    await resetSettings(ctx);
  }
});
