import { parseEdtf } from '../data/edtf';
import { buildImport, ERAS, groupCategory, isRecord, nameOf, UNGROUPED, type DraftEvent } from './build';
import { edtfFromParts, edtfInterval, type CalendarParts, type DateOutcome } from './dates';
import { htmlToText } from './html';
import type { ImportResult } from './types';

/**
 * vis-timeline items: a list of `{id, content, start, end?, group?, type?, title?}`, or
 * `{items, groups}` with `groups[].content` as each group's label.
 *
 * Precision, as the value is written:
 * - "2025" is the year, "2025-05" the month, "2025-05-03" the day.
 * - A timestamp ("2025-05-03T10:00:00Z", epoch milliseconds, a Date) is kept to the second when
 *   its time is not midnight, and is the day when it is midnight: vis has no precision of its
 *   own, and a midnight is how day-only data looks once it is a timestamp. Midnight is judged in
 *   the time as written ("T00:00:00+02:00" is the 3rd), and for milliseconds in UTC. Fractions of
 *   a second are dropped. A timestamp with no offset is read as UTC, as the app reads EDTF.
 * - A range's end is the instant it stops, so an end at midnight means the day before is the
 *   last day covered: start "2025-05-01", end "2025-05-04" is 2025-05-01/2025-05-03.
 * `background` items, vis's labelled periods behind the others, go to the "Eras" category.
 */

export const VIS_ITEMS = 'vis-timeline item list';

interface VisDate {
  readonly outcome: DateOutcome;
  /** A midnight or date-only value, at day precision: an end there stops before that day. */
  readonly dayBoundary: boolean;
}

const ISO =
  /^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

function offsetOf(zone: string | undefined): string | undefined {
  if (zone === undefined) return undefined;
  if (zone === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.length > 3 ? digits.slice(3, 5) : '00'}`;
}

function fromInstant(ms: number): VisDate {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime()))
    return { outcome: { ok: false, reason: `${ms} is beyond what the time axis can show` }, dayBoundary: false };
  const parts: CalendarParts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
  if (midnight) return { outcome: edtfFromParts(parts), dayBoundary: true };
  const time = { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), offset: 'Z' };
  return { outcome: edtfFromParts({ ...parts, ...time }), dayBoundary: false };
}

/** A vis start or end as EDTF, or null when there is none. */
export function visDate(value: unknown): VisDate | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') return fromInstant(value);
  if (value instanceof Date) return fromInstant(value.getTime());
  if (typeof value !== 'string')
    return {
      outcome: { ok: false, reason: `a date must be an ISO 8601 text or milliseconds, not ${typeof value}` },
      dayBoundary: false,
    };
  const m = ISO.exec(value.trim());
  if (!m)
    return {
      outcome: { ok: false, reason: `“${value.slice(0, 40)}” is not an ISO 8601 date or a number of milliseconds` },
      dayBoundary: false,
    };
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((s) => (s === undefined ? undefined : Number(s)));
  const parts: CalendarParts = { year: year!, month, day };
  if (hour === undefined) return { outcome: edtfFromParts(parts), dayBoundary: day !== undefined };
  if (hour === 0 && minute === 0 && (second ?? 0) === 0) return { outcome: edtfFromParts(parts), dayBoundary: true };
  return {
    outcome: edtfFromParts({ ...parts, hour, minute, second: second ?? 0, offset: offsetOf(m[7]) }),
    dayBoundary: false,
  };
}

/** The day before a day-precision EDTF date ("2025-05-04" → "2025-05-03"). */
function dayBefore(edtf: string): DateOutcome {
  const r = parseEdtf(edtf);
  if (!r.ok || r.value.type !== 'date') return { ok: false, reason: 'not a day' };
  const d = new Date(r.value.startMs - 86_400_000);
  return edtfFromParts({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Whether a parsed JSON value looks like vis-timeline items: objects with start and content. */
export function isVisItems(input: unknown): boolean {
  const items = Array.isArray(input) ? input : isRecord(input) ? input.items : undefined;
  return Array.isArray(items) && items.length > 0 && items.some((i) => isRecord(i) && 'start' in i && 'content' in i);
}

function text(x: unknown): { text: string; links: ReturnType<typeof htmlToText>['links'] } {
  return htmlToText(typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '');
}

/** Converts parsed vis-timeline items. Pure; never throws. */
export function convertVisItems(input: unknown, fallbackTitle = 'Imported timeline'): ImportResult {
  const items: unknown = Array.isArray(input) ? input : isRecord(input) ? input.items : undefined;
  if (!Array.isArray(items))
    return { ok: false, message: `This is not a ${VIS_ITEMS}: it needs a list of items, or {"items": [...]}.` };
  const groupLabels = new Map<string, string>();
  const groups = isRecord(input) && Array.isArray(input.groups) ? input.groups : [];
  for (const g of groups)
    if (isRecord(g) && (typeof g.id === 'string' || typeof g.id === 'number'))
      groupLabels.set(String(g.id), text(g.content).text.replace(/\n/g, ' ') || String(g.id));
  const notices: string[] = [];
  const drafts: DraftEvent[] = [];
  items.forEach((item, i) => {
    const where = `items[${i}]`;
    if (!isRecord(item)) {
      notices.push(`${where} is not an item, so it is left out.`);
      return;
    }
    const content = text(item.content);
    const title = text(item.title);
    const headline = content.text.replace(/\n/g, ' ');
    const name = nameOf(headline || title.text, where);
    const start = visDate(item.start);
    if (start === null) return void notices.push(`${name}: has no start, so it is left out.`);
    if (!start.outcome.ok) return void notices.push(`${name}: ${start.outcome.reason}, so it is left out.`);
    let date = start.outcome.edtf;
    const notes: string[] = [];
    const end = item.type === 'point' || item.type === 'box' ? null : visDate(item.end);
    if (end !== null) {
      let endDate = end.outcome;
      if (endDate.ok && end.dayBoundary) {
        const before = dayBefore(endDate.edtf);
        if (before.ok && edtfInterval(date, before.edtf).ok) endDate = before;
      }
      const interval = endDate.ok ? edtfInterval(date, endDate.edtf) : endDate;
      if (interval.ok) date = interval.edtf;
      else {
        notes.push(`The end is left out: ${interval.reason}.`);
        notices.push(`${name}: shown at its start only; its end is left out (${interval.reason}).`);
      }
    }
    if (headline === '' && title.text === '')
      return void notices.push(`${name}: has no content to show or quote, so it is left out.`);
    const groupId = typeof item.group === 'string' || typeof item.group === 'number' ? String(item.group) : '';
    drafts.push({
      where,
      headline,
      body: title.text === headline ? '' : title.text,
      date,
      category:
        item.type === 'background'
          ? ERAS
          : groupId
            ? groupCategory(groupLabels.get(groupId) ?? groupId, groupId)
            : UNGROUPED,
      idHint: typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : null,
      links: [...content.links, ...title.links],
      attribution: null,
      notes,
    });
  });
  return buildImport({ format: VIS_ITEMS, title: fallbackTitle, description: '' }, drafts, notices);
}
