import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoApp, useBrowser } from './support/browser';
import { FIXTURES_PATH, LARGE_COUNT } from './support/config';
import { overlaps, visibleLabelBoxes } from './support/labels';
import { plotOf, shownRange } from './support/timeline';

/**
 * A generated dataset of 4,000 events (written by the global setup): read as it arrives, drawn
 * with at most 30 lanes of labelled marks, the rest as counts that zoom in when pressed.
 */

const LARGE = `?data=${FIXTURES_PATH}/large.json`;

/** Counts the workers the page starts, before any of its scripts run. */
async function countWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Base = window.Worker;
    const w = window as unknown as { workersStarted: number };
    w.workersStarted = 0;
    window.Worker = class extends Base {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        w.workersStarted++;
      }
    };
  });
}

const workersStarted = (page: Page) =>
  page.evaluate(() => (window as unknown as { workersStarted: number }).workersStarted);

/** The "N more events, <period>: zoom in to see them" buttons in the plot, with N. */
async function countButtons(page: Page): Promise<{ name: string; count: number }[]> {
  const names = await plotOf(page)
    .getByRole('button', { name: /more events, .+: zoom in to see them$/ })
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return names.map((name) => ({ name, count: Number(/^(\d+) more events/.exec(name)?.[1]) }));
}

/** The count buttons, once the strip that holds them is drawn (its code loads when first needed). */
async function drawnCountButtons(page: Page): Promise<{ name: string; count: number }[]> {
  await plotOf(page)
    .getByRole('button', { name: /more events, .+: zoom in to see them$/ })
    .first()
    .waitFor();
  return countButtons(page);
}

const sum = (xs: readonly { count: number }[]) => xs.reduce((total, x) => total + x.count, 0);

describe('a dataset of 4,000 events', () => {
  const browser = useBrowser();

  it('is drawn, its quotes checked in a worker: every event is a named mark or in a count, and no labels overlap', async () => {
    const { page } = await browser.open();
    await countWorkers(page);
    await gotoApp(page, LARGE);
    // Read on the page as it arrives; once drawn, one worker checks its quotes.
    await expect.poll(() => workersStarted(page), { message: 'workers started for a 2 MB file' }).toBe(1);
    const range = await shownRange(page);
    expect(range.total).toBe(LARGE_COUNT);
    const counts = await drawnCountButtons(page);
    expect(counts.length, 'count buttons at the fit view').toBeGreaterThan(0);
    // At the fit view every event is in view, so the named marks and the counts add up to all of them.
    expect(range.inView + sum(counts)).toBe(LARGE_COUNT);
    const boxes = await visibleLabelBoxes(page);
    expect(boxes.length).toBe(range.inView);
    expect(overlaps(boxes)).toEqual([]);

    // The bundled article is parsed on the page: a worker would cost more than it saves.
    await gotoApp(page);
    expect(await workersStarted(page), 'workers started for the article').toBe(0);
  });

  it('splits a count as you zoom into it: pressing one shows its period, with more of its events named', async () => {
    const { page } = await browser.open();
    await gotoApp(page, LARGE);
    const fit = await shownRange(page);
    const counts = await drawnCountButtons(page);
    const largest = counts.reduce((a, b) => (b.count > a.count ? b : a));
    await plotOf(page).getByRole('button', { name: largest.name, exact: true }).click();
    await expect.poll(async () => (await shownRange(page)).spanDays).toBeLessThan(fit.spanDays / 2);
    // Closer in, deeper levels are laid out while the page is idle; then fewer events are left to count.
    await expect
      .poll(async () => sum(await countButtons(page)), {
        message: `events counted, not named, after pressing ${largest.name}`,
      })
      .toBeLessThan(largest.count);
    expect((await shownRange(page)).inView).toBeGreaterThan(0);
    expect(overlaps(await visibleLabelBoxes(page))).toEqual([]);
  });
});
