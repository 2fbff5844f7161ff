import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, saveScreenshot, useBrowser } from './support/browser';
import { readDataset } from './support/dataset';

/**
 * The bundled article's first view is rendered at build time into the page, so the timeline is on
 * screen before the script has loaded, at any width; the script then hydrates it in place.
 */

const DATA = readDataset('data/events.json');
const SUMMIT = DATA.events.find((e) => e.title.includes('Anchorage'))!;
const summitName = `${SUMMIT.title}, ${SUMMIT.dateLabel}`;

/** Where the middle of the event's dot or bar is across the plot, as a share of the plot's width. */
async function shareAcross(page: Page, name: string): Promise<number> {
  const plot = await page.locator('#timeline-plot').boundingBox();
  // The glyph, not the whole button: where the label goes depends on the room around it.
  const glyph = await page.getByRole('button', { name, exact: true }).locator('[aria-hidden="true"]').boundingBox();
  if (!plot || !glyph) throw new Error(`no box for the plot or for the mark of "${name}"`);
  return (glyph.x + glyph.width / 2 - plot.x) / plot.width;
}

const marksOnScreen = (page: Page) => page.locator('#timeline-plot').getByRole('button').count();

describe('the first view, rendered at build time', () => {
  const browser = useBrowser();

  it('shows every event on the time axis without the script, placed as the live timeline places it at any width', async () => {
    for (const width of [1280, 1000, 390, 320]) {
      const viewport = { width, height: 800 };
      // Without a script the browser refuses to fetch the preloaded module: that failure is expected.
      const { page: still, problems } = await browser.open({
        viewport,
        javaScriptEnabled: false,
        expectProblems: true,
      });
      await still.goto(appUrl());
      expect(await still.getByRole('heading', { level: 1 }).textContent()).toBe(DATA.title);
      expect(await marksOnScreen(still)).toBe(DATA.events.length);
      const before = await shareAcross(still, summitName);
      expect(problems.consoleErrors).toEqual([]);
      if (width === 390) await saveScreenshot(still, 'first-view-without-script-390');

      const { page: live } = await browser.open({ viewport });
      await live.goto(appUrl());
      await live.waitForFunction(() => performance.getEntriesByName('timeline-interactive').length > 0);
      const after = await shareAcross(live, summitName);
      // The same date at the same place, within 1 % of the plot's width.
      expect(Math.abs(after - before), `at ${width} px: ${before} before the script, ${after} after`).toBeLessThan(
        0.01,
      );
    }
  });

  it('is on screen, in the stored theme, while the script is still loading', async () => {
    const { page, context } = await browser.open({ colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('article-timeline-theme', 'dark'));
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(appUrl(), { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('timeline-ready').length > 0);
    expect(await page.getByRole('button', { name: summitName, exact: true }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => performance.getEntriesByName('timeline-interactive').length)).toBe(0);
    release();
    await page.waitForFunction(() => performance.getEntriesByName('timeline-interactive').length > 0);
    expect(await page.getByRole('button', { name: /^Theme: dark$/ }).isVisible()).toBe(true);
  });

  it('is hydrated in place without a mismatch, and then answers a click', async () => {
    const { page, context } = await browser.open();
    // Keep hold of the mark the page was delivered with, before any script of the app runs.
    await context.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        (window as unknown as { delivered?: Element | null }).delivered ??= document.querySelector('[data-event-id]');
      });
    });
    await page.goto(appUrl());
    await page.waitForFunction(() => performance.getEntriesByName('timeline-interactive').length > 0);
    const [ready, interactive] = await page.evaluate(() =>
      ['timeline-ready', 'timeline-interactive'].map((n) => performance.getEntriesByName(n)[0]!.startTime),
    );
    expect(ready).toBeLessThanOrEqual(interactive!);
    // Hydrated, not replaced: the element delivered in the page is the one on screen now.
    expect(
      await page.evaluate(() => {
        const delivered = (window as unknown as { delivered?: Element | null }).delivered;
        return !!delivered && delivered.isConnected;
      }),
    ).toBe(true);
    await page.getByRole('button', { name: summitName, exact: true }).click();
    await expect.poll(() => page.locator('#event-details').textContent()).toContain(SUMMIT.dateLabel);
    // useBrowser fails the test on any console error, which is how React reports a mismatch.
  });

  it('never shows on an address that asks for something else', async () => {
    const { page } = await browser.open();
    await page.route('**/data/events.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.goto(appUrl('?q=summit'), { waitUntil: 'domcontentloaded' });
    // While the dataset is held back, nothing of the bundled view is visible.
    expect(await page.getByRole('heading', { name: DATA.title }).isVisible()).toBe(false);
    expect(await page.locator('#timeline-plot').isVisible()).toBe(false);
    await page.waitForFunction(() => performance.getEntriesByName('timeline-interactive').length > 0);
    expect(await page.getByRole('searchbox', { name: 'Search events' }).inputValue()).toBe('summit');
  });
});
