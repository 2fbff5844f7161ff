/**
 * Full calendar dates written out in a line of text ("March 15, 2013", "15 March 2013",
 * "2013-03-15"): what a dateline or a "Published …" line holds. Only a day with its year counts;
 * a partial date cannot date a document.
 */

/** Month words as articles write them, abbreviations with or without their period ("Sept."). */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

// Longest first, so "sept" is tried before "sep" and "march" before "mar".
const MONTH = `(${Object.keys(MONTH_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

/** The written orders of a full date, each with the order of its captured parts. */
export const FULL_DATE_PATTERNS: readonly {
  readonly name: string;
  readonly pattern: RegExp;
  readonly parts: 'mdy' | 'dmy' | 'ymd';
}[] = [
  { name: 'Month D, YYYY', pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}(?!\\d)`, 'gi'), parts: 'mdy' },
  {
    name: 'D Month YYYY',
    pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}(?!\\d)`, 'gi'),
    parts: 'dmy',
  },
  { name: 'YYYY-MM-DD', pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, parts: 'ymd' },
];

/** A full date found in a text: its span there and its value as `YYYY-MM-DD`. */
export interface FullDate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string;
}

/** True when year-month-day names a day of the proleptic Gregorian calendar (years 1000–9999). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC so no zone can shift it.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` for a calendar day, or undefined when there is no such day. */
export function dayValue(year: number, month: number, day: number): string | undefined {
  if (!isCalendarDay(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(word: string | undefined): number {
  return MONTH_WORDS[(word ?? '').toLowerCase()] ?? 0;
}

/** Every full date in `text`, in reading order; spans are UTF-16 offsets into `text`. */
export function findFullDates(text: string): FullDate[] {
  const found: FullDate[] = [];
  for (const { pattern, parts } of FULL_DATE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const [, a, b, c] = m;
      const [year, month, day] =
        parts === 'mdy'
          ? [Number(c), monthNumber(a), Number(b)]
          : parts === 'dmy'
            ? [Number(c), monthNumber(b), Number(a)]
            : [Number(a), Number(b), Number(c)];
      const value = dayValue(year, month, day);
      if (value !== undefined) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}
