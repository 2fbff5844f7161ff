import { MONTH_NAMES, yearLabel, type Edtf, type EdtfDate, type IntervalEnd } from './edtf';

/**
 * Dates for people, at exactly the precision the dataset gives: "2025", "May 2025",
 * "15 August 2025". Built from the parsed fields, never from a Date in the local zone, so the
 * reader's time zone cannot shift a day.
 */

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function plain(d: EdtfDate, omitYear = false, omitMonth = false): string {
  const year = omitYear ? '' : yearLabel(d.year);
  if (d.month === undefined) return year;
  const month = MONTH_NAMES[d.month - 1]!;
  if (d.day === undefined) return omitMonth ? '' : [month, year].filter(Boolean).join(' ');
  const dayMonth = omitMonth ? String(d.day) : `${d.day} ${month}`;
  const date = [dayMonth, year].filter(Boolean).join(' ');
  if (!d.time) return date;
  const t = d.time;
  const zone =
    t.offsetMinutes === null || t.offsetMinutes === 0
      ? 'UTC'
      : `UTC${t.offsetMinutes < 0 ? '−' : '+'}${pad2(Math.floor(Math.abs(t.offsetMinutes) / 60))}:${pad2(Math.abs(t.offsetMinutes) % 60)}`;
  return `${date}, ${pad2(t.hour)}:${pad2(t.minute)}${t.second ? `:${pad2(t.second)}` : ''} ${zone}`;
}

function qualify(d: EdtfDate, text: string): string {
  const about = d.approximate ? `about ${text}` : text;
  return d.uncertain ? `${about} (uncertain)` : about;
}

/** One date as a reader would say it, e.g. "about May 2025 (uncertain)". */
export function formatDateForDisplay(d: EdtfDate): string {
  return qualify(d, plain(d));
}

function unqualified(d: IntervalEnd): d is EdtfDate {
  return d.type === 'date' && !d.uncertain && !d.approximate && !d.time;
}

/** An EDTF value as a reader would say it: "4–14 December 2025", "January – October 2025", "from May 2025". */
export function formatEdtfForDisplay(value: Edtf): string {
  if (value.type === 'date') return formatDateForDisplay(value);
  const { start, end } = value;
  if (start.type !== 'date') {
    const e = formatDateForDisplay(end as EdtfDate);
    return start.type === 'open' ? `until ${e}` : `unknown start – ${e}`;
  }
  if (end.type !== 'date') {
    const s = formatDateForDisplay(start);
    return end.type === 'open' ? `from ${s} onwards` : `${s} – unknown end`;
  }
  if (unqualified(start) && unqualified(end) && start.year === end.year && start.precision === end.precision) {
    if (start.precision === 'day' && start.month === end.month) return `${plain(start, true, true)}–${plain(end)}`;
    if (start.precision !== 'year') return `${plain(start, true)} – ${plain(end)}`;
  }
  return `${formatDateForDisplay(start)} – ${formatDateForDisplay(end)}`;
}
