/**
 * Values for expressions that depend on the anchor (the document date) and the clause's tense.
 * Without an anchor, what the words leave open stays open: EDTF's `X` digits.
 */
import {
  addMonths,
  anchorDay,
  dayNumber,
  formatDay,
  formatDayNumber,
  formatMonth,
  formatYear,
  fromDayNumber,
  halfInterval,
  quarterInterval,
  weekendInterval,
  weekInterval,
  weekdayOf,
  yearFor,
  type Anchor,
  type Tense,
} from './calendar';
import { DURATION_OF, SEASONS, type Unit } from './lexicon';

export interface Context {
  readonly anchor?: Anchor;
  readonly tense: Tense;
}

export function monthDay(ctx: Context, month: number, day: number, shift: -1 | 0 | 1 = 0): string {
  if (!ctx.anchor) return `XXXX-${formatMonth(0, month).slice(5)}-${String(day).padStart(2, '0')}`;
  const tense = shift < 0 ? 'past' : shift > 0 ? 'future' : ctx.tense;
  return formatDay(yearFor(ctx.anchor, tense, month, day), month, day);
}

/** A month named alone; `shift` -1 for "last July" (before the anchor's month), 1 for "next July". */
export function month(ctx: Context, m: number, shift: -1 | 0 | 1 = 0): string {
  const a = ctx.anchor;
  if (!a) return `XXXX-${String(m).padStart(2, '0')}`;
  if (shift === 0 || a.month === undefined) return formatMonth(yearFor(a, ctx.tense, m), m);
  if (shift < 0) return formatMonth(m < a.month ? a.year : a.year - 1, m);
  return formatMonth(m > a.month ? a.year : a.year + 1, m);
}

/** A weekday: "Friday", "last Friday", "next Friday", in the week around the anchor. */
export function weekday(ctx: Context, wd: number, shift: -1 | 0 | 1 = 0): string {
  const day = anchorDay(ctx.anchor);
  if (day === undefined) return ctx.anchor ? `${formatYear(ctx.anchor.year)}-XX-XX` : 'XXXX-XX-XX';
  const back = (weekdayOf(day) - wd + 7) % 7; // days back to the latest such weekday, 0 if today
  const forward = (wd - weekdayOf(day) + 7) % 7;
  let n: number;
  if (shift < 0) n = day - (back || 7);
  else if (shift > 0) n = day + (forward || 7);
  else if (ctx.tense === 'future') n = day + forward;
  else if (ctx.tense === 'past') n = day - back;
  else n = back <= forward ? day - back : day + forward;
  return formatDayNumber(n);
}

/** "today" (0), "yesterday" (-1), "tomorrow" (1). */
export function relativeDay(ctx: Context, offset: number): string {
  const day = anchorDay(ctx.anchor);
  if (day === undefined) return ctx.anchor ? formatYear(ctx.anchor.year) : 'XXXX-XX-XX';
  return formatDayNumber(day + offset);
}

/** The calendar unit `offset` units from the anchor's: "last year", "this week", "next month". */
export function relativeUnit(ctx: Context, unit: Unit, offset: number): string {
  const a = ctx.anchor;
  if (!a) return 'XXXX';
  const day = anchorDay(a);
  switch (unit) {
    case 'year':
      return formatYear(a.year + offset);
    case 'decade':
      return `${String(Math.floor(a.year / 10) + offset).padStart(3, '0')}X`;
    case 'century':
      return `${String(Math.floor(a.year / 100) + offset).padStart(2, '0')}XX`;
    case 'month': {
      if (a.month === undefined) return offset === 0 ? formatYear(a.year) : 'XXXX-XX';
      const r = addMonths(a.year, a.month, offset);
      return formatMonth(r.year, r.month);
    }
    case 'quarter': {
      if (a.month === undefined) return formatYear(a.year);
      const index = a.year * 4 + Math.floor((a.month - 1) / 3) + offset;
      return quarterInterval(Math.floor(index / 4), (index % 4) + 1);
    }
    case 'week':
    case 'fortnight':
      return day === undefined ? formatYear(a.year) : weekInterval(day + 7 * offset);
    case 'weekend':
      return day === undefined ? formatYear(a.year) : weekendInterval(day + 7 * offset);
    case 'day':
      return day === undefined ? formatYear(a.year) : formatDayNumber(day + offset);
    default:
      return relativeDay(ctx, 0);
  }
}

/** `n` units before (-1) or after (1) the anchor, at the unit's precision: "two years ago". */
export function shifted(ctx: Context, n: number | undefined, unit: Unit, direction: -1 | 1): string {
  const a = ctx.anchor;
  if (!a || n === undefined || !Number.isInteger(n)) return direction < 0 ? 'PAST_REF' : 'FUTURE_REF';
  if (unit === 'year' || unit === 'decade' || unit === 'century') {
    const years = n * (unit === 'year' ? 1 : unit === 'decade' ? 10 : 100);
    return formatYear(a.year + direction * years);
  }
  if (unit === 'month' || unit === 'quarter') {
    if (a.month === undefined) return formatYear(a.year);
    const r = addMonths(a.year, a.month, direction * n * (unit === 'quarter' ? 3 : 1));
    return formatMonth(r.year, r.month);
  }
  const day = anchorDay(a);
  if (day === undefined) return formatYear(a.year);
  if (unit === 'day') return formatDayNumber(day + direction * n);
  if (unit === 'week' || unit === 'fortnight' || unit === 'weekend')
    return weekInterval(day + direction * n * (unit === 'fortnight' ? 14 : 7));
  return formatDay(a.year, a.month!, a.day!);
}

/** Quarter q of `year`, or of the anchor's year (the previous one if it has not begun, in the past). */
export function quarter(ctx: Context, q: number, year?: number): string {
  if (year !== undefined) return quarterInterval(year, q);
  const a = ctx.anchor;
  if (!a) return `XXXX`;
  if (a.month === undefined) return quarterInterval(a.year, q);
  const current = Math.floor((a.month - 1) / 3) + 1;
  return quarterInterval(ctx.tense === 'past' && q > current ? a.year - 1 : a.year, q);
}

export function half(ctx: Context, h: number, year?: number): string {
  const y = year ?? ctx.anchor?.year;
  return y === undefined ? 'XXXX' : halfInterval(y, h);
}

/** A season, as EDTF's season codes (21 spring … 24 winter). */
export function season(ctx: Context, name: string, year?: number, shift: -1 | 0 | 1 = 0): string {
  const code = SEASONS[name.toLowerCase()]!;
  const a = ctx.anchor;
  if (year !== undefined) return `${formatYear(year)}-${code}`;
  if (!a) return `XXXX-${code}`;
  const startMonth = [3, 6, 9, 12][code - 21]!;
  let y = a.year;
  const am = a.month ?? 6;
  if (shift < 0 || (shift === 0 && ctx.tense === 'past'))
    y = am > startMonth + 2 || (code === 24 && am <= 2) ? a.year : a.year - 1;
  if (shift < 0 && code === 24 && am <= 2) y = a.year - 1;
  if (shift > 0) y = am < startMonth ? a.year : a.year + 1;
  return `${formatYear(y)}-${code}`;
}

/** A holiday in the year the context gives it. */
export function holiday(ctx: Context, day: (year: number) => number, year?: number): string {
  if (year !== undefined) return formatDayNumber(day(year));
  const a = ctx.anchor;
  if (!a) return 'XXXX-XX-XX';
  const d = fromDayNumber(day(a.year));
  return formatDayNumber(day(yearFor(a, ctx.tense, d.month, d.day)));
}

export function clockTime(ctx: Context, hour: number, minute: number): string {
  const hh = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`;
  const day = anchorDay(ctx.anchor);
  return day === undefined ? `XXXX-XX-XXT${hh}` : `${formatDayNumber(day)}T${hh}`;
}

/** An ISO 8601 duration: P3Y, P2W, PT5H; PXY when the amount is vague. */
export function duration(n: number | undefined, unit: Unit): string {
  const [size, letter, timePart] = DURATION_OF[unit];
  let amount: string;
  if (n === undefined) amount = 'X';
  else if (Number.isInteger(n * size)) amount = String(n * size);
  else if (letter === 'Y') return `P${Math.round(n * size * 12)}M`;
  else amount = String(n * size);
  return `P${timePart ? 'T' : ''}${amount}${letter}`;
}

export { dayNumber };
