import { nameOf } from './build';
import { htmlToText } from './html';
import { convertTimelineConfig, type Slide } from './timelinejs';
import { fromOurSheet } from './ours';
import type { ImportResult } from './types';

/**
 * TimelineJS3's spreadsheet template (Year, Month, Day, Time, End Year, ..., Headline, Text,
 * Media, ..., Type, Group, Background), as rows of cells from a CSV file or the first sheet of a
 * workbook. Each row becomes the slide object TimelineJS itself would make of it, and from there
 * the JSON converter does the rest. Columns are found by their header, in any order and case.
 */

/** A cell as the CSV parser or the workbook reader gives it. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Header words (lowercase) and the slide field each fills. */
export const COLUMNS = [
  'year',
  'month',
  'day',
  'time',
  'end year',
  'end month',
  'end day',
  'end time',
  'display date',
  'headline',
  'text',
  'media',
  'media credit',
  'media caption',
  'media thumbnail',
  'type',
  'group',
  'background',
] as const;
type Column = (typeof COLUMNS)[number];

function isBlank(row: readonly Cell[]): boolean {
  return row.every((c) => cellText(c, 'text') === '');
}

/** A header row has at least Year and Headline. */
export function isTimelineHeader(row: readonly Cell[]): boolean {
  const names = new Set(row.map((c) => cellText(c, 'text').toLowerCase()));
  return names.has('year') && names.has('headline');
}

/** Hours, minutes and seconds of a day fraction (how a workbook stores a time). */
function clockOf(msIntoDay: number): string {
  const s = Math.round(msIntoDay / 1000) % 86_400;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** A cell's text: workbook dates and times come as Date objects (UTC) or day fractions. */
function cellText(cell: Cell, kind: 'text' | 'time'): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    return kind === 'time'
      ? clockOf(cell.getTime() - Date.UTC(cell.getUTCFullYear(), cell.getUTCMonth(), cell.getUTCDate()))
      : cell.toISOString();
  }
  if (typeof cell === 'number' && kind === 'time' && cell >= 0 && cell < 1) return clockOf(cell * 86_400_000);
  return String(cell).trim();
}

/** TimelineJS's time forms: "14:30", "14:30:05", "1430", "2.30", "2:30 PM", "12 am". */
export function parseClock(raw: string): { hour: number; minute: number; second: number } | null {
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?(?:[:.](\d{2})(?:[.,]\d+)?)?\s*(?:([AaPp])\.?[Mm]\.?)?$/.exec(raw.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const second = Number(m[3] ?? 0);
  const period = m[4]?.toLowerCase();
  if (period && (hour < 1 || hour > 12)) return null;
  if (period === 'p' && hour !== 12) hour += 12;
  if (period === 'a' && hour === 12) hour = 0;
  return hour > 23 || minute > 59 || second > 59 ? null : { hour, minute, second };
}

function dateFields(get: (c: Column) => string, prefix: '' | 'end ', side: 'start' | 'end') {
  const year = get(`${prefix}year` as Column);
  if (year === '') return { fields: undefined, error: null };
  const fields: Record<string, string | number> = {
    year,
    month: get(`${prefix}month` as Column),
    day: get(`${prefix}day` as Column),
  };
  const time = get(`${prefix}time` as Column);
  if (time !== '') {
    const clock = parseClock(time);
    if (!clock) return { fields, error: `the ${side} time “${time}” is not a time of day` };
    Object.assign(fields, clock);
  }
  return { fields, error: null };
}

/**
 * Converts spreadsheet rows (the first non-blank row is the header). Pure; never throws.
 * @param format names the file kind in messages, e.g. "TimelineJS3 spreadsheet (CSV)"
 */
export function convertTimelineRows(
  rows: readonly (readonly Cell[])[],
  format: string,
  fallbackTitle: string,
): ImportResult {
  const headerAt = rows.findIndex((r) => !isBlank(r));
  if (headerAt < 0) return { ok: false, message: `This ${format} is empty.` };
  const header = rows[headerAt]!;
  if (!isTimelineHeader(header))
    return { ok: false, message: `This is not a ${format}: its first row needs the columns Year and Headline.` };
  const ours = ourSheet(rows.slice(headerAt));
  if (ours) return ours;
  const index = new Map<string, number>();
  header.forEach((c, i) => {
    const name = cellText(c, 'text').toLowerCase();
    if (!index.has(name)) index.set(name, i);
  });
  const notices: string[] = [];
  let title: Slide | null = null;
  const events: Slide[] = [];
  const eras: Slide[] = [];
  rows.forEach((row, r) => {
    if (r <= headerAt || isBlank(row)) return;
    const where = `row ${r + 1}`;
    const get = (c: Column) => {
      const i = index.get(c);
      return i === undefined ? '' : cellText(row[i], c.endsWith('time') ? 'time' : 'text');
    };
    const start = dateFields(get, '', 'start');
    const end = dateFields(get, 'end ', 'end');
    const error = start.error ?? end.error;
    if (error) {
      notices.push(`${nameOf(htmlToText(get('headline')).text, where)}: ${error}, so it is left out.`);
      return;
    }
    const raw = {
      start_date: start.fields,
      end_date: end.fields,
      display_date: get('display date'),
      text: { headline: get('headline'), text: get('text') },
      media: {
        url: get('media'),
        credit: get('media credit'),
        caption: get('media caption'),
        thumbnail: get('media thumbnail'),
      },
      group: get('group'),
      background: get('background'),
    };
    const type = get('type').toLowerCase();
    // As TimelineJS does: the first title row is the title slide, any later one an event.
    if (type === 'title' && title === null) title = { raw, where };
    else if (type === 'era') eras.push({ raw, where });
    else events.push({ raw, where });
  });
  return convertTimelineConfig({ title, events, eras }, format, fallbackTitle, notices);
}

/** This app's own export, read from its extra columns (./ours.ts), or null. */
function ourSheet(rows: readonly (readonly Cell[])[]): ImportResult | null {
  const [header, ...body] = rows.filter((r) => !isBlank(r)).map((r) => r.map((c) => cellText(c, 'text')));
  if (!header) return null;
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const [type, headline, text, source] = [col('type'), col('headline'), col('text'), col('source text')];
  const titleRow = type < 0 ? undefined : body.find((r) => (r[type] ?? '').trim().toLowerCase() === 'title');
  const title = titleRow
    ? {
        headline: titleRow[headline] ?? '',
        text: titleRow[text] ?? '',
        source: source < 0 ? '' : (titleRow[source] ?? ''),
      }
    : null;
  return fromOurSheet(
    header,
    body.filter((r) => r !== titleRow),
    title,
  );
}
