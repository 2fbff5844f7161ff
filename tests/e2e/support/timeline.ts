import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { MONTHS, type ExpectedEvent } from './dataset';

/** Reading the timeline as a person sees it: the plot, its marks, its range line and its tick labels. */

export const DAY_MS = 86_400_000;

const MONTH_INDEX = new Map<string, number>(MONTHS.map((m, i) => [m, i]));

/** The plot: the group a person pans and zooms. */
export function plotOf(page: Page): Locator {
  return page.getByRole('group', { name: /^Events on a time axis/ });
}

/** An event's mark, found by its accessible name "<title>, <date label>". */
export function markOf(page: Page, event: ExpectedEvent): Locator {
  return plotOf(page).getByRole('button', { name: `${event.title}, ${event.dateLabel}`, exact: true });
}

/** The line "Showing <start> – <end> · N of M events in view". */
export function rangeLine(page: Page): Locator {
  return page.getByText(/^Showing .+ events in view$/);
}

export async function rangeText(page: Page): Promise<string> {
  return (await rangeLine(page).textContent()) ?? '';
}

export interface ShownRange {
  /** UTC midnight of the first and last day named. */
  readonly startMs: number;
  readonly endMs: number;
  /** Whole days from the first named day to the last. */
  readonly spanDays: number;
  readonly inView: number;
  readonly total: number;
}

function dayMs(day: string, month: string, year: string): number {
  const m = MONTH_INDEX.get(month);
  if (m === undefined) throw new Error(`not a month: "${month}"`);
  return Date.UTC(Number(year), m, Number(day));
}

/**
 * Parses the range line. The app writes "8 December 2024 – 24 January 2026", "3 May – 9 June 2025",
 * "4–14 December 2025" or "15 August 2025".
 */
export function parseRange(text: string): ShownRange {
  const line = /^Showing (.+) · (\d+) of (\d+) events in view$/.exec(text.replace(/\s+/g, ' ').trim());
  if (!line) throw new Error(`unexpected range line: "${text}"`);
  const [, range, inView, total] = line as unknown as [string, string, string, string];
  const full = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/;
  let startMs: number;
  let endMs: number;
  const parts = range.split(' – ');
  if (parts.length === 2) {
    const end = full.exec(parts[1]!);
    if (!end) throw new Error(`unexpected range end: "${parts[1]}"`);
    endMs = dayMs(end[1]!, end[2]!, end[3]!);
    const start = full.exec(parts[0]!) ?? /^(\d{1,2}) ([A-Z][a-z]+)$/.exec(parts[0]!);
    if (!start) throw new Error(`unexpected range start: "${parts[0]}"`);
    startMs = dayMs(start[1]!, start[2]!, start[3] ?? end[3]!);
  } else {
    const sameMonth = /^(\d{1,2})–(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(range);
    const oneDay = full.exec(range);
    if (sameMonth) {
      startMs = dayMs(sameMonth[1]!, sameMonth[3]!, sameMonth[4]!);
      endMs = dayMs(sameMonth[2]!, sameMonth[3]!, sameMonth[4]!);
    } else if (oneDay) {
      startMs = endMs = dayMs(oneDay[1]!, oneDay[2]!, oneDay[3]!);
    } else throw new Error(`unexpected range: "${range}"`);
  }
  return { startMs, endMs, spanDays: (endMs - startMs) / DAY_MS, inView: Number(inView), total: Number(total) };
}

export async function shownRange(page: Page): Promise<ShownRange> {
  return parseRange(await rangeText(page));
}

export interface TickLabel {
  readonly label: string;
  /** Left edge of the label in page px. */
  readonly xPx: number;
}

/** The axis tick labels (SVG text, hidden from assistive technology), left to right. */
export async function tickLabels(page: Page): Promise<TickLabel[]> {
  const labels = await page
    .locator('#timeline-plot svg.axis text')
    .evaluateAll((nodes) => nodes.map((n) => ({ label: n.textContent ?? '', xPx: n.getBoundingClientRect().left })));
  return labels.sort((a, b) => a.xPx - b.xPx);
}

/** The ids of the event marks drawn in the plot, sorted. */
export async function drawnEventIds(page: Page): Promise<string[]> {
  const ids = await plotOf(page)
    .getByRole('button')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id') ?? `(no id: ${n.id})`));
  return ids.sort();
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} has no box (not rendered)`);
  return box;
}

export function centerOf(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The dot or bar of a mark (geometry only; the mark itself is found by role). */
export function glyphOf(mark: Locator): Locator {
  return mark.locator('.mark__glyph');
}

/** Wheels at the mouse's position and waits until the visible range has changed. */
export async function wheelAndWait(page: Page, deltaY: number): Promise<void> {
  const before = await rangeText(page);
  await page.mouse.wheel(0, deltaY);
  await expect
    .poll(() => rangeText(page), { message: `a wheel of ${deltaY} should change the range` })
    .not.toBe(before);
}
