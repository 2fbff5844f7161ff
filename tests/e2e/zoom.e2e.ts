import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoApp, saveScreenshot, settle, useBrowser } from './support/browser';
import { readDataset } from './support/dataset';
import {
  DAY_MS,
  boxOf,
  centerOf,
  glyphOf,
  markOf,
  plotOf,
  rangeLine,
  rangeText,
  shownRange,
  tickLabels,
  wheelAndWait,
  type ShownRange,
  type TickLabel,
} from './support/timeline';

const data = readDataset();
const MONTH_LABEL = /^(Jan \d{4}|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/;
const DAY_LABEL = /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/;
/** How far (px) the date under the cursor may drift while zooming. */
const ANCHOR_TOLERANCE_PX = 3;

function pointEvent() {
  const event = data.events.find((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date));
  if (!event) throw new Error('the dataset has no single-day event to aim at');
  return event;
}

/** Where the plot can be grabbed without hitting a mark: the axis strip along its top. */
async function axisStrip(page: Page): Promise<{ x: number; y: number; width: number }> {
  const box = await boxOf(plotOf(page));
  return { x: box.x + box.width / 2, y: box.y + 12, width: box.width };
}

/** The same tick label before and after, and how far it moved (px). */
function shiftOfCommonTick(before: readonly TickLabel[], after: readonly TickLabel[]): { label: string; dxPx: number } {
  for (const a of before) {
    const b = after.find((t) => t.label === a.label);
    if (b) return { label: a.label, dxPx: b.xPx - a.xPx };
  }
  throw new Error(
    `no tick label in common: ${before.map((t) => t.label).join(', ')} / ${after.map((t) => t.label).join(', ')}`,
  );
}

/** Hours after midnight named by a tick label at hour granularity ("06:00"; a day label is midnight). */
function hourOf(label: string): number {
  const m = /^(\d{2}):00$/.exec(label);
  if (m) return Number(m[1]);
  if (DAY_LABEL.test(label)) return 0;
  throw new Error(`not an hour or day tick label: "${label}"`);
}

/** Scrolls the page back to the top, stopping any smooth scroll still running. */
async function scrollToTop(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await settle(page);
      return page.evaluate(() => window.scrollY);
    })
    .toBe(0);
}

/** Types a key that is on no US keyboard (playwright's press rejects it) through the DevTools protocol. */
async function pressUnmappedKey(page: Page, key: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key, unmodifiedText: key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key });
  await cdp.detach();
}

describe('zooming and panning the timeline', () => {
  const browser = useBrowser();

  it('wheel over the plot zooms about the cursor: the range shrinks, ticks go from months to days, the date under the cursor stays', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const event = pointEvent();
    const dot = glyphOf(markOf(page, event));
    const before = await shownRange(page);
    const fitLabels = (await tickLabels(page)).map((t) => t.label);
    expect(fitLabels.length).toBeGreaterThan(1);
    for (const label of fitLabels) expect(label).toMatch(MONTH_LABEL);

    for (let i = 0; i < 4; i++) {
      // The wheel event's clientX is a whole pixel, so aim at the whole pixel nearest the dot's
      // centre; zooming about it by 2 moves the dot by at most 0.5 px more.
      const aim = centerOf(await boxOf(dot));
      const cursor = { x: Math.round(aim.x), y: Math.round(aim.y) };
      await page.mouse.move(cursor.x, cursor.y);
      await wheelAndWait(page, -500);
      const now = centerOf(await boxOf(dot));
      expect(
        Math.abs(now.x - cursor.x),
        `dot of ${event.id} stays under the cursor after wheel ${i + 1}`,
      ).toBeLessThanOrEqual(ANCHOR_TOLERANCE_PX);
      expect(Math.abs(now.y - cursor.y), 'the dot stays in its lane').toBeLessThanOrEqual(1);
    }

    const after = await shownRange(page);
    expect(after.spanDays).toBeLessThan(before.spanDays / 8);
    const eventMs = Date.parse(`${event.date}T00:00:00Z`);
    expect(after.startMs).toBeLessThanOrEqual(eventMs);
    expect(after.endMs).toBeGreaterThanOrEqual(eventMs);
    const labels = (await tickLabels(page)).map((t) => t.label);
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).toMatch(DAY_LABEL);
    await saveScreenshot(page, 'desktop-zoomed');
  });

  it('wheel outside the plot still scrolls the page', async () => {
    const { page } = await browser.open({ viewport: { width: 1280, height: 420 } });
    await gotoApp(page);
    const range = await rangeText(page);
    const heading = await boxOf(page.getByRole('heading', { level: 1 }));
    await page.mouse.move(heading.x + 20, heading.y + heading.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'the page scrolls' }).toBeGreaterThan(0);
    expect(await rangeText(page)).toBe(range);
  });

  it('dragging the plot pans: the tick labels follow the pointer', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    await zoomIn.click();
    await zoomIn.click();
    await settle(page);
    const rangeBefore = await shownRange(page);
    const ticksBefore = await tickLabels(page);

    const grab = await axisStrip(page);
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x - 100, grab.y, { steps: 5 });
    await page.mouse.move(grab.x - 200, grab.y, { steps: 5 });
    await page.mouse.up();
    await settle(page);

    const shift = shiftOfCommonTick(ticksBefore, await tickLabels(page));
    expect(
      Math.abs(shift.dxPx + 200),
      `tick "${shift.label}" moved ${shift.dxPx} px for a 200 px drag`,
    ).toBeLessThanOrEqual(2);
    const rangeAfter = await shownRange(page);
    expect(rangeAfter.startMs).toBeGreaterThan(rangeBefore.startMs);
    expect(Math.abs(rangeAfter.spanDays - rangeBefore.spanDays), 'panning keeps the zoom').toBeLessThanOrEqual(1);
  });

  it('double-click on the plot zooms in 2x about the pointer, animated over several frames; a wheel stops the animation', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const fit = await shownRange(page);
    const grab = await axisStrip(page);
    const plot = await boxOf(plotOf(page));
    const atPointer = (r: ShownRange) => r.startMs + ((grab.x - 100 - plot.x) / plot.width) * (r.endMs - r.startMs);
    // Every text the range line shows, so an animation (many steps) can be told from a jump (one).
    await rangeLine(page).evaluate((line) => {
      const w = window as unknown as { rangeTexts: string[] };
      w.rangeTexts = [];
      new MutationObserver(() => w.rangeTexts.push(line.textContent ?? '')).observe(line, {
        subtree: true,
        characterData: true,
        childList: true,
      });
    });

    await page.mouse.dblclick(grab.x - 100, grab.y);
    await expect
      .poll(async () => (await shownRange(page)).spanDays, { message: 'the double-click zooms in 2x' })
      .toBeLessThanOrEqual(fit.spanDays / 2 + 2);
    await page.waitForTimeout(300); // the animation lasts 250 ms
    const zoomed = await shownRange(page);
    expect(Math.abs(zoomed.spanDays - fit.spanDays / 2)).toBeLessThanOrEqual(2);
    expect(Math.abs(atPointer(zoomed) - atPointer(fit)), 'the date under the pointer stays').toBeLessThanOrEqual(
      2 * DAY_MS,
    );
    const steps = new Set(await page.evaluate(() => (window as unknown as { rangeTexts: string[] }).rangeTexts));
    expect(steps.size, 'distinct ranges shown on the way').toBeGreaterThanOrEqual(3);

    // A wheel during a double-click's animation takes over: the animation does not resume afterwards.
    await page.mouse.dblclick(grab.x, grab.y);
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(400);
    const afterWheel = await rangeText(page);
    await page.waitForTimeout(300);
    expect(await rangeText(page)).toBe(afterWheel);
    expect((await shownRange(page)).spanDays).toBeGreaterThan(zoomed.spanDays / 2 + 2);
  });

  it('zoom is clamped: out at the fit view (the whole year), in at about a day across the plot', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const fitText = await rangeText(page);
    const fit = await shownRange(page);
    expect(fit.startMs).toBeLessThanOrEqual(Date.UTC(2025, 0, 1));
    expect(fit.endMs).toBeGreaterThanOrEqual(Date.UTC(2025, 11, 31));
    const fitTicks = await tickLabels(page);

    // Out past the fit view: nothing moves, whatever asks for it. (The button is aria-disabled
    // but still pressable, so the click is forced past playwright's enabled check.)
    await page.getByRole('button', { name: 'Zoom out' }).click({ force: true });
    let grab = await axisStrip(page);
    await page.mouse.move(grab.x, grab.y);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 500);
    await settle(page);
    // A wheel that cannot zoom out is left to the page, which scrolls (smoothly): put it back.
    await scrollToTop(page);
    grab = await axisStrip(page);
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 150, grab.y, { steps: 5 });
    await page.mouse.up();
    await settle(page);
    expect(await rangeText(page)).toBe(fitText);
    expect(await tickLabels(page)).toEqual(fitTicks);
    expect(await page.getByRole('button', { name: 'Zoom out' }).getAttribute('aria-disabled')).toBe('true');

    // In as far as it goes: the wheel stops having an effect at about one day across.
    grab = await axisStrip(page);
    await page.mouse.move(grab.x, grab.y);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    let wheels = 0;
    while ((await zoomIn.getAttribute('aria-disabled')) !== 'true' && wheels < 20) {
      await wheelAndWait(page, -500);
      wheels++;
    }
    expect(wheels, 'wheel steps (each 2x) before Zoom in is disabled at the limit').toBeLessThan(20);
    const closest = await shownRange(page);
    expect(closest.spanDays).toBeLessThanOrEqual(1);

    const ticks = await tickLabels(page);
    expect(
      ticks.length,
      `tick labels at the closest zoom: ${ticks.map((t) => t.label).join(', ')}`,
    ).toBeGreaterThanOrEqual(2);
    const [a, b] = [ticks[0]!, ticks[1]!];
    const hours = (hourOf(b.label) - hourOf(a.label) + 24) % 24 || 24;
    const plotWidthPx = (await boxOf(plotOf(page))).width;
    const viewMs = (plotWidthPx * (hours * 3_600_000)) / (b.xPx - a.xPx);
    expect(viewMs / DAY_MS, 'days across the plot at the closest zoom').toBeGreaterThan(0.8);
    expect(viewMs / DAY_MS).toBeLessThan(1.25);

    const closestText = await rangeText(page);
    await zoomIn.click({ force: true });
    grab = await axisStrip(page);
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.wheel(0, -500);
    await settle(page);
    expect(await rangeText(page)).toBe(closestText);
    expect(await tickLabels(page)).toEqual(ticks);
  });

  it('the Zoom in, Zoom out and Fit buttons zoom about the middle and back to the whole view', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const fitText = await rangeText(page);
    const fit = await shownRange(page);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });

    await zoomIn.click();
    await expect.poll(async () => (await shownRange(page)).spanDays).toBeLessThan(fit.spanDays);
    const half = await shownRange(page);
    expect(Math.abs(half.spanDays - fit.spanDays / 2)).toBeLessThanOrEqual(2);
    // About the middle: the middle date stays.
    expect(Math.abs((half.startMs + half.endMs) / 2 - (fit.startMs + fit.endMs) / 2)).toBeLessThanOrEqual(2 * DAY_MS);

    await zoomIn.click();
    await expect.poll(async () => (await shownRange(page)).spanDays).toBeLessThan(half.spanDays);
    expect(Math.abs((await shownRange(page)).spanDays - fit.spanDays / 4)).toBeLessThanOrEqual(2);

    await zoomOut.click();
    await expect
      .poll(async () => Math.abs((await shownRange(page)).spanDays - fit.spanDays / 2))
      .toBeLessThanOrEqual(2);

    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => rangeText(page)).toBe(fitText);
  });

  it('keys on the focused plot or a focused mark: + zooms in, - and − zoom out, 0 fits, arrows pan', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const fitText = await rangeText(page);
    const fit = await shownRange(page);
    const plot = plotOf(page);
    const span = async () => (await shownRange(page)).spanDays;

    await plot.focus();
    await page.keyboard.press('+');
    await expect.poll(span, { message: '+ zooms in' }).toBeLessThan(fit.spanDays * 0.6);
    await page.keyboard.press('-');
    await expect.poll(() => rangeText(page), { message: '- zooms back out' }).toBe(fitText);

    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(span).toBeLessThan(fit.spanDays * 0.3);
    const quarter = await span();
    await pressUnmappedKey(page, '−'); // U+2212 MINUS SIGN, as the button shows it
    await expect.poll(span, { message: '− zooms out' }).toBeGreaterThan(quarter * 1.6);

    const beforePan = await shownRange(page);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await shownRange(page)).startMs, { message: 'ArrowRight shows later dates' })
      .toBeGreaterThan(beforePan.startMs);
    const afterRight = await shownRange(page);
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(async () => (await shownRange(page)).startMs, { message: 'ArrowLeft shows earlier dates' })
      .toBeLessThan(afterRight.startMs);

    await page.keyboard.press('0');
    await expect.poll(() => rangeText(page), { message: '0 fits' }).toBe(fitText);

    // The keys work while a mark inside the plot has the focus, too.
    await markOf(page, pointEvent()).focus();
    await page.keyboard.press('+');
    await expect.poll(span, { message: '+ on a focused mark zooms in' }).toBeLessThan(fit.spanDays * 0.6);
    await page.keyboard.press('0');
    await expect.poll(() => rangeText(page)).toBe(fitText);
  });
});
