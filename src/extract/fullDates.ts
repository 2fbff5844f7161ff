/**
 * Full calendar dates written out in a line of text ("March 15, 2013", "15 March 2013",
 * "2013-03-15"): what a dateline or a "Published …" line holds. Only a day with its year counts;
 * a partial date cannot date a document. Read by the time-expression tagger's own rules, so
 * there is one grammar of dates, not two.
 */
import { formatDay, isValidDay } from './timex/calendar';
import { findTimexes } from './timex/find';

/** A full date found in a text: its span there and its value as `YYYY-MM-DD`. */
export interface FullDate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string;
}

/** True when year-month-day names a day of the proleptic Gregorian calendar (years 1000–9999). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return year >= 1000 && year <= 9999 && isValidDay(year, month, day);
}

/** `YYYY-MM-DD` for a calendar day, or undefined when there is no such day. */
export function dayValue(year: number, month: number, day: number): string | undefined {
  return isCalendarDay(year, month, day) ? formatDay(year, month, day) : undefined;
}

/** Every full date in `text`, in reading order; spans are UTF-16 offsets into `text`. */
export function findFullDates(text: string): FullDate[] {
  // With no anchor, only a date that states its own year comes out as a plain day.
  return findTimexes(text)
    .filter((t) => t.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(t.value))
    .map(({ start, end, text: words, value }) => ({ start, end, text: words, value }));
}
