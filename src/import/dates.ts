import { parseEdtf } from '../data/edtf';

/**
 * Calendar parts from a timeline file written as EDTF, at exactly the precision given, and
 * checked against what the app's EDTF parser (and so the time axis) can hold.
 *
 * Years are astronomical, as in both TimelineJS (it sets them with Date#setFullYear) and EDTF:
 * year 0 is 1 BC and year -300 is 301 BC, so a year is copied as it is. Years of four digits are
 * written "0602" and "-0300"; longer ones in EDTF's Y-notation, "Y-13800000000". Whether such a
 * date can be shown is decided by parseEdtf itself, so when the parser learns negative or long
 * years, these dates load without any change here. A year beyond what a JavaScript Date holds
 * (about ±271,800) can never be on the axis.
 */

export type DateOutcome = { ok: true; edtf: string } | { ok: false; reason: string };

export interface CalendarParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** "Z" or "+02:00", only with a time. */
  readonly offset?: string;
}

/** Years a JavaScript Date (±8.64e15 ms around 1970) can hold, kept a year inside. */
const DATE_YEAR_LIMIT = 271_820;

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** The EDTF spelling of a year: "1815", "0602", "-0300", "Y-13800000000". */
export function edtfYear(year: number): string {
  if (year >= -9999 && year <= 9999) return `${year < 0 ? '-' : ''}${pad(year, 4)}`;
  return `Y${year}`;
}

/** Whether the time axis can hold this year at all. */
export function yearFits(year: number): boolean {
  return Number.isSafeInteger(year) && Math.abs(year) <= DATE_YEAR_LIMIT && parseEdtf(edtfYear(year)).ok;
}

export function beyondAxis(year: number): string {
  return `the year ${year} is beyond what the time axis can show`;
}

/**
 * The EDTF date for the parts, stopping at the first part not given: a year alone is "1815",
 * with a month "1815-12", with a day "1815-12-10", with an hour "1815-12-10T14:00:00".
 */
export function edtfFromParts(parts: CalendarParts): DateOutcome {
  const { year, month, day, hour } = parts;
  if (!yearFits(year)) return { ok: false, reason: beyondAxis(year) };
  let s = edtfYear(year);
  if (month !== undefined) {
    s += `-${pad(month)}`;
    if (day !== undefined) {
      s += `-${pad(day)}`;
      if (hour !== undefined)
        s += `T${pad(hour)}:${pad(parts.minute ?? 0)}:${pad(parts.second ?? 0)}${parts.offset ?? ''}`;
    }
  }
  const r = parseEdtf(s);
  return r.ok ? { ok: true, edtf: s } : { ok: false, reason: `${s} is not a date: ${r.error}` };
}

/**
 * An interval from two dates already checked. The same date twice is that date. An end before
 * the start is refused with the parser's own words, so the caller can keep the start alone.
 */
export function edtfInterval(start: string, end: string): DateOutcome {
  if (start === end) return { ok: true, edtf: start };
  const s = `${start}/${end}`;
  const r = parseEdtf(s);
  return r.ok ? { ok: true, edtf: s } : { ok: false, reason: r.error };
}

/**
 * A whole number from a spreadsheet or JSON cell: 1815, "1815", " -300 ", "13,800,000,000"
 * (TimelineJS itself drops spaces and commas). Undefined for an empty cell; NaN for anything else.
 */
export function cellInteger(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  const s = value.replace(/[\s,]+/g, '');
  if (s === '') return undefined;
  return /^[+-]?\d{1,16}$/.test(s) ? Number(s) : NaN;
}
