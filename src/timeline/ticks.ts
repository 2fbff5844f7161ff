import { utcDay, utcHour, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { MONTH_NAMES } from '../data/edtf';
import { DAY_MS } from './viewport';

/**
 * Axis ticks for the visible domain: the finest calendar unit whose ticks are at least
 * `minSpacingPx` apart, labelled for that unit (years, quarters, months, weeks, days, hours).
 * All in UTC.
 */

export type TickUnit = 'year' | 'quarter' | 'month' | 'week' | 'day' | '6 hours' | 'hour';

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
];

const short = (month0: number) => MONTH_NAMES[month0]!.slice(0, 3);

function label(unit: TickUnit, ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  switch (unit) {
    case 'year':
      return String(year);
    case 'quarter':
    case 'month':
      return month === 0 ? `${short(0)} ${year}` : short(month);
    case 'week':
    case 'day':
      return `${day} ${short(month)}`;
    default: {
      const hour = d.getUTCHours();
      return hour === 0 ? `${day} ${short(month)}` : `${String(hour).padStart(2, '0')}:00`;
    }
  }
}

/** Picks ticks for [startMs, endMs] drawn `widthPx` wide. */
export function chooseTicks(
  startMs: number,
  endMs: number,
  widthPx: number,
  minSpacingPx = 64,
): { unit: TickUnit; ticks: Tick[] } {
  const pxPerMs = widthPx / Math.max(1, endMs - startMs);
  const spec = UNITS.find((u) => u.approxMs * pxPerMs >= minSpacingPx) ?? UNITS[UNITS.length - 1]!;
  const ticks = spec.interval
    .range(new Date(startMs), new Date(endMs + 1))
    .map((date) => ({ ms: date.getTime(), label: label(spec.unit, date.getTime()) }));
  return { unit: spec.unit, ticks };
}
