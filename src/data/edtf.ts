/**
 * EDTF (ISO 8601-2) dates: level 0 (dates, date-times, intervals) plus the level-1 qualifiers
 * (`?` uncertain, `~` approximate, `%` both) and level-1 intervals with open (`..`) or unknown
 * (empty) ends. Everything is in UTC: a date-time without an offset is read as UTC.
 *
 * Bounds are half-open: `startMs` is the first millisecond the date could mean and `endMs` the
 * first millisecond after it, so "2025-05" is [1 May 2025, 1 June 2025).
 */

export type Precision = 'year' | 'month' | 'day' | 'time';

export interface EdtfTime {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Offset from UTC in minutes as written, or null when the string gave none (read as UTC). */
  readonly offsetMinutes: number | null;
}

export interface EdtfDate {
  readonly type: 'date';
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly time?: EdtfTime;
  readonly precision: Precision;
  readonly uncertain: boolean;
  readonly approximate: boolean;
  readonly startMs: number;
  readonly endMs: number;
}

export type IntervalEnd = EdtfDate | { readonly type: 'open' } | { readonly type: 'unknown' };

export interface EdtfInterval {
  readonly type: 'interval';
  readonly start: IntervalEnd;
  readonly end: IntervalEnd;
}

export type Edtf = EdtfDate | EdtfInterval;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
export type EdtfResult = Result<Edtf>;

// Years before 1 AD are negative, as EDTF writes them: -0300 is 301 BC (0000 is 1 BC).
const DATE_RE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}(?::\d{2})?)?$/;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A year as a reader says it: 2025; 0300 for AD 300 as written; "301 BC" for -0300 (EDTF counts a year 0). */
export function yearLabel(year: number): string {
  return year <= 0 ? `${1 - year} BC` : String(year).padStart(4, '0');
}

/** UTC milliseconds for a calendar date; unlike Date.UTC, years 0-99 stay themselves. */
export function utcMs(year: number, month0 = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  // Date.UTC reads 0-99 as 1900-1999; setUTCFullYear takes every year as it is, negative ones too.
  if (year >= 100) return Date.UTC(year, month0, day, hour, minute, second);
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

export function daysInMonth(year: number, month1: number): number {
  return new Date(utcMs(year, month1, 0)).getUTCDate();
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function checkMonthDay(year: number, month?: number, day?: number): string | null {
  if (month !== undefined && (month < 1 || month > 12)) return `month ${month} does not exist`;
  if (month !== undefined && day !== undefined) {
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) return `${MONTH_NAMES[month - 1]} ${year} has no day ${day} (it has ${last} days)`;
  }
  return null;
}

function parseDateTime(input: string): Result<EdtfDate> | null {
  const m = DATETIME_RE.exec(input);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const bad = checkMonthDay(year, month, day);
  if (bad) return fail(bad);
  if (hour > 23 || minute > 59 || second > 59) return fail(`time ${m[4]}:${m[5]}:${m[6]} does not exist`);
  let offsetMinutes: number | null = null;
  const zone = m[7];
  if (zone === 'Z') offsetMinutes = 0;
  else if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const oh = Number(zone.slice(1, 3));
    const om = zone.length > 3 ? Number(zone.slice(4, 6)) : 0;
    if (oh > 14 || om > 59) return fail(`time zone offset ${zone} does not exist`);
    // "-00:00" is UTC like "Z": no -0, which would not survive formatting and parsing again.
    offsetMinutes = oh * 60 + om === 0 ? 0 : sign * (oh * 60 + om);
  }
  const startMs = utcMs(year, month - 1, day, hour, minute, second) - (offsetMinutes ?? 0) * 60_000;
  return {
    ok: true,
    value: {
      type: 'date',
      year,
      month,
      day,
      time: { hour, minute, second, offsetMinutes },
      precision: 'time',
      uncertain: false,
      approximate: false,
      startMs,
      endMs: startMs + 1,
    },
  };
}

function parseDate(input: string): Result<EdtfDate> {
  const m = DATE_RE.exec(input);
  if (!m) {
    return parseDateTime(input) ?? fail('expected a form like 2025, 2025-05, 2025-05-15 or 2025-01/2025-10');
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const bad = checkMonthDay(year, month, day);
  if (bad) return fail(bad);
  const q = m[4];
  const precision: Precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const startMs = utcMs(year, (month ?? 1) - 1, day ?? 1);
  const endMs =
    precision === 'day'
      ? utcMs(year, month! - 1, day! + 1)
      : precision === 'month'
        ? utcMs(year, month!, 1)
        : utcMs(year + 1, 0, 1);
  return {
    ok: true,
    value: {
      type: 'date',
      year,
      month,
      day,
      precision,
      uncertain: q === '?' || q === '%',
      approximate: q === '~' || q === '%',
      startMs,
      endMs,
    },
  };
}

function parseEnd(part: string, side: 'start' | 'end'): Result<IntervalEnd> {
  if (part === '..') return { ok: true, value: { type: 'open' } };
  if (part === '') return { ok: true, value: { type: 'unknown' } };
  const r = parseDate(part);
  if (!r.ok) return { ok: false, error: `${side} of interval ${r.error}` };
  return r;
}

/**
 * Results for short strings already parsed: a dataset repeats its dates (100,000 events over two
 * years share some 9,000, with their qualifiers and intervals), and validation and building each
 * parse every one. Results are never changed by their users, so one can be handed out many times.
 * Room for 65,536 (a few MB at most): with fewer than a dataset has, the cache is cleared again
 * and again and every date is parsed anew.
 */
const parsedBefore = new Map<string, EdtfResult>();
const CACHE_ENTRIES = 65_536;
const CACHE_KEY_CHARS = 64;

/** Parses an EDTF string; never throws. The error says what is wrong in words. */
export function parseEdtf(input: string): EdtfResult {
  if (input.length > CACHE_KEY_CHARS) return parse(input);
  let result = parsedBefore.get(input);
  if (result === undefined) {
    if (parsedBefore.size >= CACHE_ENTRIES) parsedBefore.clear();
    parsedBefore.set(input, (result = parse(input)));
  }
  return result;
}

function parse(input: string): EdtfResult {
  if (input.trim() === '') return fail('is empty');
  const parts = input.split('/');
  if (parts.length === 1) return parseDate(input);
  if (parts.length > 2) return fail('has more than one "/"');
  const [a, b] = parts as [string, string];
  const start = parseEnd(a, 'start');
  if (!start.ok) return start;
  const end = parseEnd(b, 'end');
  if (!end.ok) return end;
  const s = start.value;
  const e = end.value;
  if (s.type !== 'date' && e.type !== 'date') return fail('an interval needs at least one known end');
  // As edtf.js does: the end must begin after the start begins ("2025/2025-05" is fine).
  if (s.type === 'date' && e.type === 'date' && e.startMs <= s.startMs)
    return fail(`interval ends (${b}) before it starts (${a})`);
  return { ok: true, value: { type: 'interval', start: s, end: e } };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatDate(d: EdtfDate): string {
  let s = d.year < 0 ? `-${pad(-d.year, 4)}` : pad(d.year, 4);
  if (d.month !== undefined) s += `-${pad(d.month)}`;
  if (d.day !== undefined) s += `-${pad(d.day)}`;
  if (d.time) {
    const t = d.time;
    s += `T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
    if (t.offsetMinutes === 0) s += 'Z';
    else if (t.offsetMinutes !== null) {
      const abs = Math.abs(t.offsetMinutes);
      s += `${t.offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    }
  }
  if (d.uncertain && d.approximate) s += '%';
  else if (d.uncertain) s += '?';
  else if (d.approximate) s += '~';
  return s;
}

function formatEnd(e: IntervalEnd): string {
  return e.type === 'open' ? '..' : e.type === 'unknown' ? '' : formatDate(e);
}

/** The canonical EDTF string: parseEdtf(formatEdtf(x)) equals x. */
export function formatEdtf(value: Edtf): string {
  return value.type === 'interval' ? `${formatEnd(value.start)}/${formatEnd(value.end)}` : formatDate(value);
}

/** The dates an Edtf value may stand for, or null for an open or unknown side. Half-open, in UTC ms. */
export function edtfBounds(value: Edtf): { startMs: number | null; endMs: number | null } {
  if (value.type === 'date') return { startMs: value.startMs, endMs: value.endMs };
  return {
    startMs: value.start.type === 'date' ? value.start.startMs : null,
    endMs: value.end.type === 'date' ? value.end.endMs : null,
  };
}

export { MONTH_NAMES };
