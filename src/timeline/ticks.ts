import { utcDay, utcHour, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { MONTH_NAMES, yearLabel } from '../data/edtf';
import { DAY_MS } from './viewport';

/**
 * Axis ticks for the visible domain: the finest calendar unit whose ticks are at least
 * `minSpacingPx` apart, labelled for that unit (millennia, centuries, decades, years, quarters,
 * months, weeks, days, hours).
 * All in UTC.
 */

export type TickUnit =
  '1000 years' | '100 years' | '10 years' | 'year' | 'quarter' | 'month' | 'week' | 'day' | '6 hours' | 'hour';

export interface Tick {
  readonly ms: number;
  readonly label: string;
}

interface UnitSpec {
  readonly unit: TickUnit;
  readonly approxMs: number;
  readonly interval: TimeInterval;
}

function every(i: CountableTimeInterval, n: number): TimeInterval {
  return i.every(n)!;
}

const UNITS: readonly UnitSpec[] = [
  { unit: 'hour', approxMs: 3_600_000, interval: utcHour },
  { unit: '6 hours', approxMs: 6 * 3_600_000, interval: every(utcHour, 6) },
  { unit: 'day', approxMs: DAY_MS, interval: utcDay },
  { unit: 'week', approxMs: 7 * DAY_MS, interval: utcMonday },
  { unit: 'month', approxMs: 30.4 * DAY_MS, interval: utcMonth },
  { unit: 'quarter', approxMs: 91.3 * DAY_MS, interval: every(utcMonth, 3) },
  { unit: 'year', approxMs: 365.25 * DAY_MS, interval: utcYear },
  // Timelines brought in from other tools can span centuries or millennia.
  { unit: '10 years', approxMs: 3652.5 * DAY_MS, interval: every(utcYear, 10) },
  { unit: '100 years', approxMs: 36525 * DAY_MS, interval: every(utcYear, 100) },
  { unit: '1000 years', approxMs: 365250 * DAY_MS, interval: every(utcYear, 1000) },
];

const short = (month0: number) => MONTH_NAMES[month0]!.slice(0, 3);

function label(unit: TickUnit, ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  switch (unit) {
    case '1000 years':
    case '100 years':
    case '10 years':
    case 'year':
      return year > 0 ? String(year) : yearLabel(year);
    case 'quarter':
    case 'month':
      return month === 0 ? `${short(0)} ${year > 0 ? year : yearLabel(year)}` : short(month);
    case 'week':
    case 'day':
      return `${day} ${short(month)}`;
    default: {
      const hour = d.getUTCHours();
      return hour === 0 ? `${day} ${short(month)}` : `${String(hour).padStart(2, '0')}:00`;
    }
  }
}

/** The least room between ticks on the plot's axis, in px. */
export const MIN_TICK_SPACING_PX = 64;

/** Picks ticks for [startMs, endMs] drawn `widthPx` wide. */
export function chooseTicks(
  startMs: number,
  endMs: number,
  widthPx: number,
  minSpacingPx = MIN_TICK_SPACING_PX,
): { unit: TickUnit; ticks: Tick[] } {
  const pxPerMs = widthPx / Math.max(1, endMs - startMs);
  const spec = UNITS.find((u) => u.approxMs * pxPerMs >= minSpacingPx) ?? UNITS[UNITS.length - 1]!;
  const ticks = spec.interval
    .range(new Date(startMs), new Date(endMs + 1))
    .map((date) => ({ ms: date.getTime(), label: label(spec.unit, date.getTime()) }));
  return { unit: spec.unit, ticks };
}
