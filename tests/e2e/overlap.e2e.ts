import { describe, expect, it } from 'vitest';
import { gotoApp, useBrowser } from './support/browser';
import { readDataset } from './support/dataset';
import { overlaps, visibleLabelBoxes } from './support/labels';
import { boxOf, centerOf, glyphOf, markOf, shownRange, wheelAndWait } from './support/timeline';

const data = readDataset();
/** The single-day events, which sit closest together. */
const dayEvents = data.events.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date));

describe('event labels', () => {
  const browser = useBrowser();

  it('do not overlap at the first view', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const boxes = await visibleLabelBoxes(page);
    expect(boxes.length).toBe(data.events.length);
    expect(overlaps(boxes)).toEqual([]);
  });

  it('do not overlap while zooming in on each single-day event', async () => {
    const { page } = await browser.open();
    for (const event of dayEvents) {
      await gotoApp(page);
      for (let step = 0; step < 4; step++) {
        const dot = glyphOf(markOf(page, event));
        await dot.scrollIntoViewIfNeeded();
        const at = centerOf(await boxOf(dot));
        await page.mouse.move(Math.round(at.x), Math.round(at.y));
        await wheelAndWait(page, -500);
        const boxes = await visibleLabelBoxes(page);
        expect(boxes.length, 'labels in view').toBeGreaterThan(0);
        expect(overlaps(boxes), `labels overlapping after ${step + 1} wheel(s) at ${event.id}`).toEqual([]);
      }
    }
  });

  it('do not overlap at the phone width', async () => {
    const { page } = await browser.open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await gotoApp(page);
    expect(overlaps(await visibleLabelBoxes(page))).toEqual([]);
    const fit = await shownRange(page);
    await page.getByRole('button', { name: 'Zoom in' }).tap();
    await page.getByRole('button', { name: 'Zoom in' }).tap();
    await expect.poll(async () => (await shownRange(page)).spanDays).toBeLessThan(fit.spanDays / 3);
    expect(overlaps(await visibleLabelBoxes(page))).toEqual([]);
  });
});
