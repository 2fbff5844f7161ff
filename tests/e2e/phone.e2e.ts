import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  SMOOTH_SCROLL_TIMEOUT_MS,
  gotoApp,
  saveScreenshot,
  settle,
  useBrowser,
  type OpenOptions,
} from './support/browser';
import { readDataset } from './support/dataset';
import { boxOf, centerOf, markOf, plotOf, rangeText, shownRange } from './support/timeline';

const data = readDataset();
const PHONE: OpenOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

/** How many px the page is wider than the screen (0 when nothing overflows sideways). */
function horizontalOverflowPx(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/** An event the article dates to the day (drawn as a dot), else the first one. */
function aDayEvent() {
  return data.events.find((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date)) ?? data.events[0]!;
}

describe('at phone size (390×844, touch)', () => {
  const browser = useBrowser();

  it('stacks the details and the article below the timeline, readable and without sideways overflow', async () => {
    const { page } = await browser.open(PHONE);
    await gotoApp(page);
    expect(await horizontalOverflowPx(page), 'page overflow before selecting').toBe(0);

    const event = aDayEvent();
    await markOf(page, event).tap();
    const details = page.getByRole('region', { name: event.title, exact: true });
    await expect.poll(() => details.isVisible()).toBe(true);
    const article = page.getByRole('region', { name: 'Full text of the article' });
    const passage = article.locator('mark');
    await expect.poll(() => passage.textContent()).toBe(event.quote);

    const timelineBox = await boxOf(page.getByRole('region', { name: 'Timeline', exact: true }));
    const detailsBox = await boxOf(details);
    const articleBox = await boxOf(page.getByRole('region', { name: 'The article', exact: true }));
    expect(detailsBox.y, 'details below the timeline').toBeGreaterThanOrEqual(timelineBox.y + timelineBox.height);
    expect(articleBox.y, 'article below the details, not beside them').toBeGreaterThanOrEqual(
      detailsBox.y + detailsBox.height,
    );
    for (const [name, box] of [
      ['timeline', timelineBox],
      ['details', detailsBox],
      ['article', articleBox],
    ] as const) {
      expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(390);
    }
    expect(await horizontalOverflowPx(page), 'page overflow with details open').toBe(0);

    // Readable: the quote and the passage are at a reading size, and the passage is in the article's box.
    for (const locator of [details.locator('blockquote'), passage]) {
      const fontPx = await locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontPx).toBeGreaterThanOrEqual(14);
    }
    await expect
      .poll(
        async () => {
          const body = await boxOf(article);
          const mark = await boxOf(passage);
          return (
            mark.y >= body.y - 1 &&
            mark.y + mark.height <= body.y + body.height + 1 &&
            mark.x >= body.x - 1 &&
            mark.x + mark.width <= body.x + body.width + 1
          );
        },
        { message: 'the passage is scrolled into the article box', timeout: SMOOTH_SCROLL_TIMEOUT_MS },
      )
      .toBe(true);

    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await settle(page);
    await saveScreenshot(page, 'phone', true);
  });

  it('a two-finger pinch on the plot zooms in', async () => {
    const { page, context } = await browser.open(PHONE);
    await gotoApp(page);
    const plot = plotOf(page);
    await plot.scrollIntoViewIfNeeded();
    await settle(page);
    const before = await shownRange(page);
    const beforeText = await rangeText(page);
    const box = await boxOf(plot);
    const { x: cx } = centerOf(box);
    const y = box.y + 16; // the axis strip, above the marks
    expect(y).toBeGreaterThan(0);

    const cdp = await context.newCDPSession(page);
    const fingers = (spreadPx: number) => [
      { x: cx - spreadPx, y, id: 0 },
      { x: cx + spreadPx, y, id: 1 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (let spread = 30; spread <= 150; spread += 10) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();

    await expect.poll(() => rangeText(page), { message: 'the pinch changes the range' }).not.toBe(beforeText);
    const after = await shownRange(page);
    // Fingers 40 px apart moved to 300 px apart: about 7.5 times closer.
    expect(after.spanDays).toBeLessThan(before.spanDays / 4);
    expect(await horizontalOverflowPx(page)).toBe(0);
  });
});
