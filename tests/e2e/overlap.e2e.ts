import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoApp, useBrowser } from './support/browser';
import { readDataset } from './support/dataset';
import { boxOf, centerOf, glyphOf, markOf, plotOf, shownRange, wheelAndWait, type Box } from './support/timeline';

const data = readDataset();
/** Boxes may touch; they overlap when they share more than this many px both ways. */
const TOLERANCE_PX = 0.5;

interface LabelBox extends Box {
  readonly id: string;
}

/** The label box of every mark in the plot (found by role), cut to the plot's visible area. */
async function visibleLabelBoxes(page: Page): Promise<LabelBox[]> {
  const plot = await boxOf(plotOf(page));
  const labels = await plotOf(page)
    .getByRole('button')
    .evaluateAll((marks) =>
      marks.map((mark) => {
        const r = mark.querySelector('.mark__label')?.getBoundingClientRect();
        return {
          id: mark.getAttribute('data-event-id') ?? mark.id,
          x: r?.x ?? 0,
          y: r?.y ?? 0,
          width: r?.width ?? 0,
          height: r?.height ?? 0,
        };
      }),
    );
  const boxes: LabelBox[] = [];
  for (const label of labels) {
    const x0 = Math.max(label.x, plot.x);
    const x1 = Math.min(label.x + label.width, plot.x + plot.width);
    const y0 = Math.max(label.y, plot.y);
    const y1 = Math.min(label.y + label.height, plot.y + plot.height);
    if (x1 - x0 > 0 && y1 - y0 > 0) boxes.push({ id: label.id, x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
  }
  return boxes;
}

function overlaps(boxes: readonly LabelBox[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > TOLERANCE_PX && h > TOLERANCE_PX) found.push(`${a.id} × ${b.id} (${w.toFixed(1)}×${h.toFixed(1)} px)`);
    }
  }
  return found;
}

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
