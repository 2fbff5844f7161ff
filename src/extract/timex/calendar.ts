/**
 * Calendar arithmetic for resolving relative expressions, all in the proleptic Gregorian
 * calendar on UTC days, and the EDTF strings the tagger writes.
 */

/** The date relative expressions are resolved against, at the precision known. */
export interface Anchor {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export type Tense = 'past' | 'present' | 'future';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

export const formatYear = (year: number) => (year < 0 ? `-${pad(year, 4)}` : pad(year, 4));
export const formatMonth = (year: number, month: number) => `${formatYear(year)}-${pad(month)}`;
export const formatDay = (year: number, month: number, day: number) => `${formatMonth(year, month)}-${pad(day)}`;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a calendar day. */
export const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000;

export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const formatDayNumber = (n: number) => {
  const d = fromDayNumber(n);
  return formatDay(d.year, d.month, d.day);
};

/** ISO weekday of a day number: Monday 1 … Sunday 7. */
export const weekdayOf = (n: number) => ((((n + 3) % 7) + 7) % 7) + 1;

/** The week (Monday to Sunday) holding day n, as an EDTF interval of days. */
export function weekInterval(n: number): string {
  const monday = n - (weekdayOf(n) - 1);
  return `${formatDayNumber(monday)}/${formatDayNumber(monday + 6)}`;
}

export function weekendInterval(n: number): string {
  const saturday = n - (weekdayOf(n) - 1) + 5;
  return `${formatDayNumber(saturday)}/${formatDayNumber(saturday + 1)}`;
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** Quarter q of a year as an EDTF interval of months. */
export const quarterInterval = (year: number, q: number) =>
  `${formatMonth(year, q * 3 - 2)}/${formatMonth(year, q * 3)}`;

export const halfInterval = (year: number, h: number) => `${formatMonth(year, h * 6 - 5)}/${formatMonth(year, h * 6)}`;

/** The nth (or, n = -1, last) given weekday of a month. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = dayNumber(year, month, 1);
    return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
  }
  const last = dayNumber(year, month, daysInMonth(year, month));
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

/**
 * The year of a month (and day) written without one, for an anchor and the clause's tense: in
 * a past-tense clause the latest such date not far after the anchor, in a future one the
 * earliest not before it, otherwise the nearest. An anchor known only to the year gives that year.
 */
export function yearFor(anchor: Anchor, tense: Tense, month: number, day?: number): number {
  if (anchor.month === undefined) return anchor.year;
  // Months from the anchor to the date in the anchor's year, counting days as fractions.
  const diff = month - anchor.month + ((day ?? 15) - (anchor.day ?? 15)) / 31;
  // A past clause may still name a date a little ahead ("agreed to meet on May 3"); a future
  // one a date just behind. Further than that, the tense decides.
  if (tense === 'past') return diff <= 2 ? anchor.year : anchor.year - 1;
  if (tense === 'future') return diff >= -1 ? anchor.year : anchor.year + 1;
  if (diff > 6) return anchor.year - 1;
  if (diff < -6) return anchor.year + 1;
  return anchor.year;
}

/** Is the anchor known to the day? */
export const anchorDay = (anchor: Anchor | undefined): number | undefined =>
  anchor?.month !== undefined && anchor.day !== undefined
    ? dayNumber(anchor.year, anchor.month, anchor.day)
    : undefined;
