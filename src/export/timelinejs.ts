/**
 * Our events for TimelineJS3: its JSON format, and its Google Sheets template as CSV. TimelineJS
 * renders its texts as HTML, so ours are escaped. What its format has no place for (several
 * categories, actors, whose claim it is, the EDTF date with its qualifiers, the article's text)
 * travels in fields it ignores — `article_timeline` objects in the JSON, extra columns after its
 * own in the sheet — so that a timeline taken out and brought back in (src/import/ours.ts) is
 * unchanged.
 */
import type { Dataset, TimelineEvent } from '../data/dataset';
import { parseEdtf, type EdtfDate, type IntervalEnd } from '../data/edtf';
import type { EventInput } from '../data/schema';
import { csvCell } from './csv';
import { eventInput } from './json';

export interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
}

/** What the article-timeline importer reads back (src/import/ours.ts); TimelineJS ignores it. */
export type ArticleTimelineFields = EventInput;

export interface TimelineJsEvent {
  readonly start_date: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly display_date: string;
  readonly text: { readonly headline: string; readonly text: string };
  readonly group?: string;
  readonly unique_id: string;
  readonly article_timeline: ArticleTimelineFields;
}

export interface TimelineJsJson {
  readonly title: { readonly text: { readonly headline: string; readonly text: string } };
  readonly events: readonly TimelineJsEvent[];
  readonly article_timeline: {
    readonly categories: Dataset['categories'];
    readonly source: Omit<Dataset['source'], 'text'>;
  };
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function dateParts(d: EdtfDate): TimelineJsDate {
  return {
    year: d.year,
    ...(d.month !== undefined ? { month: d.month } : {}),
    ...(d.day !== undefined ? { day: d.day } : {}),
    ...(d.time ? { hour: d.time.hour, minute: d.time.minute, second: d.time.second } : {}),
  };
}

const known = (end: IntervalEnd): EdtfDate | null => (end.type === 'date' ? end : null);

/** The start and (for an interval with a known end) end of an event, as TimelineJS dates. */
function datesOf(e: TimelineEvent): { start: TimelineJsDate; end?: TimelineJsDate } {
  const parsed = parseEdtf(e.date);
  if (!parsed.ok) throw new Error(`event ${e.id}: ${parsed.error}`);
  const v = parsed.value;
  if (v.type === 'date') return { start: dateParts(v) };
  const start = known(v.start) ?? known(v.end)!;
  const end = known(v.end);
  return { start: dateParts(start), ...(end && end !== start ? { end: dateParts(end) } : {}) };
}

export function toTimelineJs(dataset: Dataset, events: readonly TimelineEvent[]): TimelineJsJson {
  const label = new Map(dataset.categories.map((c) => [c.id, c.label]));
  return {
    title: {
      text: {
        headline: escapeHtml(dataset.source.title),
        text: escapeHtml(dataset.source.framing ?? `${dataset.source.author}, ${dataset.source.publisher}`),
      },
    },
    events: events.map((e) => {
      const { start, end } = datesOf(e);
      return {
        start_date: start,
        ...(end ? { end_date: end } : {}),
        display_date: e.dateLabel,
        text: {
          headline: escapeHtml(e.title),
          text: `<p>${escapeHtml(e.quote)}</p><p>${escapeHtml(e.attribution)}</p>`,
        },
        ...(e.categories[0] ? { group: label.get(e.categories[0]) ?? e.categories[0] } : {}),
        unique_id: e.id,
        article_timeline: eventInput(e),
      };
    }),
    article_timeline: { categories: dataset.categories, source: dataset.source },
  };
}

/** The TimelineJS3 sheet template's columns, then ours (which TimelineJS ignores). */
export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
  'ID',
  'EDTF',
  'Category IDs',
  'Categories',
  'Actors',
  'Attribution',
  'Quote',
  'Note',
  'Status',
  'Source Text',
] as const;

const time = (d: TimelineJsDate) =>
  d.hour === undefined
    ? ''
    : `${String(d.hour).padStart(2, '0')}:${String(d.minute ?? 0).padStart(2, '0')}:${String(d.second ?? 0).padStart(2, '0')}`;
const part = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The sheet as CSV (RFC 4180, formula-safe): a title row, then one row per event. */
export function toTimelineJsSheet(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const label = new Map(dataset.categories.map((c) => [c.id, c.label]));
  const title = SHEET_COLUMNS.map((c) =>
    c === 'Headline'
      ? dataset.source.title
      : c === 'Text'
        ? (dataset.source.framing ?? '')
        : c === 'Type'
          ? 'title'
          : c === 'Source Text'
            ? dataset.source.text
            : '',
  );
  const rows = events.map((e) => {
    const { start, end } = datesOf(e);
    const cells: Record<(typeof SHEET_COLUMNS)[number], string> = {
      Year: String(start.year),
      Month: part(start.month),
      Day: part(start.day),
      Time: time(start),
      'End Year': end ? String(end.year) : '',
      'End Month': part(end?.month),
      'End Day': part(end?.day),
      'End Time': end ? time(end) : '',
      'Display Date': e.dateLabel,
      // TimelineJS reads these two as HTML.
      Headline: escapeHtml(e.title),
      Text: escapeHtml(e.quote),
      Media: '',
      'Media Credit': '',
      'Media Caption': '',
      'Media Thumbnail': '',
      Type: '',
      Group: label.get(e.categories[0] ?? '') ?? '',
      Background: '',
      ID: e.id,
      EDTF: e.date,
      'Category IDs': e.categories.join('; '),
      Categories: e.categories.map((c) => label.get(c) ?? c).join('; '),
      Actors: e.actors.join('; '),
      Attribution: e.attribution,
      Quote: e.quote,
      Note: e.note ?? '',
      Status: e.status ?? '',
      'Source Text': '',
    };
    return SHEET_COLUMNS.map((c) => cells[c]);
  });
  return (
    [SHEET_COLUMNS as readonly string[], title, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
  );
}
