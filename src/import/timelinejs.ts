import {
  buildImport,
  ERAS,
  groupCategory,
  isRecord,
  nameOf,
  UNGROUPED,
  type CategoryKey,
  type DraftEvent,
} from './build';
import { cellInteger, edtfFromParts, edtfInterval, type DateOutcome } from './dates';
import { htmlToText, httpUrl } from './html';
import { fromOurTimelineJson } from './ours';
import type { ImportedLink, ImportResult } from './types';

/**
 * TimelineJS3's JSON timeline (`{title?, events, eras?}`), and the slides its spreadsheet
 * template becomes (./sheet.ts builds the same objects from rows). Each slide is checked on its
 * own: one whose date the app cannot hold is left out and named in a notice, the rest load.
 */

export const TIMELINEJS_JSON = 'TimelineJS3 JSON timeline';

/** A slide object as the file gives it, with where it is for messages. */
export interface Slide {
  readonly raw: unknown;
  readonly where: string;
}

export interface TimelineConfig {
  readonly title: Slide | null;
  readonly events: readonly Slide[];
  readonly eras: readonly Slide[];
}

function str(x: unknown): string {
  return typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '';
}

function plain(x: unknown): string {
  return htmlToText(str(x)).text;
}

/** The whole-number date part, or a reason it is not one. */
function part(fields: Record<string, unknown>, key: string): number | undefined | string {
  const n = cellInteger(fields[key]);
  return Number.isNaN(n) ? `the ${key} ${JSON.stringify(str(fields[key]) || fields[key])} is not a whole number` : n;
}

/** A TimelineJS date object as EDTF, at the precision it gives; notes say what was dropped. */
function slideDate(raw: unknown, notes: string[], side: 'start' | 'end'): DateOutcome | null {
  if (!isRecord(raw)) return null;
  const parts: Record<string, number | undefined> = {};
  for (const key of ['year', 'month', 'day', 'hour', 'minute', 'second']) {
    const p = part(raw, key);
    if (typeof p === 'string') return { ok: false, reason: p };
    parts[key] = p;
  }
  const { year, month, day, hour } = parts;
  if (year === undefined) return null;
  if (day !== undefined && month === undefined)
    notes.push(`The ${side} date gives a day (${day}) but no month; the day is left out.`);
  if (hour !== undefined && (day === undefined || month === undefined))
    notes.push(`The ${side} date gives a time but no day; the time is left out.`);
  return edtfFromParts({ ...parts, year });
}

function mediaLinks(media: unknown): { links: ImportedLink[]; credit: string } {
  if (!isRecord(media)) return { links: [], credit: '' };
  const caption = htmlToText(str(media.caption));
  const credit = htmlToText(str(media.credit));
  const links: ImportedLink[] = [];
  const url = httpUrl(str(media.url));
  // Media is linked, never embedded; an embed code (not a plain address) gives only its anchors.
  if (url) links.push({ url, label: caption.text.replace(/\n/g, ' ') || credit.text.replace(/\n/g, ' ') || 'Media' });
  else links.push(...htmlToText(str(media.url)).links);
  links.push(...caption.links, ...credit.links);
  return { links, credit: credit.text.replace(/\n/g, ' ') };
}

function displayDates(slide: Record<string, unknown>): string[] {
  const shown = [slide.display_date, isRecord(slide.start_date) ? slide.start_date.display_date : undefined];
  const end = isRecord(slide.end_date) ? plain(slide.end_date.display_date) : '';
  const start = [...new Set(shown.map(plain).filter((s) => s !== ''))];
  const notes = start.map((s) => `Shown as “${s}”.`);
  if (end) notes.push(`End shown as “${end}”.`);
  return notes;
}

/** One slide as a draft event, or the reason it is left out (pushed onto `notices`). */
function draftOf(slide: Slide, category: CategoryKey | null, notices: string[]): DraftEvent | null {
  const { raw, where } = slide;
  if (!isRecord(raw)) {
    notices.push(`${where} is not an event (it is ${raw === null ? 'null' : typeof raw}), so it is left out.`);
    return null;
  }
  const text = isRecord(raw.text) ? raw.text : {};
  const headline = htmlToText(str(text.headline));
  const body = htmlToText(str(text.text));
  const name = nameOf(headline.text || body.text.split('\n')[0]!, where);
  const notes: string[] = [];
  const start = slideDate(raw.start_date, notes, 'start');
  if (start === null) {
    notices.push(`${name}: has no start date (a year at least), so it is left out.`);
    return null;
  }
  if (!start.ok) {
    notices.push(`${name}: ${start.reason}, so it is left out.`);
    return null;
  }
  if (headline.text === '' && body.text === '') {
    notices.push(`${name}: has neither a headline nor a text to show or quote, so it is left out.`);
    return null;
  }
  let date = start.edtf;
  const end = slideDate(raw.end_date, notes, 'end');
  if (end !== null) {
    const interval = end.ok ? edtfInterval(start.edtf, end.edtf) : end;
    if (interval.ok) date = interval.edtf;
    else {
      notes.push(`The end date is left out: ${interval.reason}.`);
      notices.push(`${name}: shown at its start date only; its end date is left out (${interval.reason}).`);
    }
  }
  const media = mediaLinks(raw.media);
  const group = plain(raw.group).replace(/\n/g, ' ');
  return {
    where,
    headline: headline.text.replace(/\n/g, ' '),
    body: body.text,
    date,
    category: category ?? (group ? groupCategory(group) : UNGROUPED),
    idHint: str(raw.unique_id) || null,
    links: [...headline.links, ...body.links, ...media.links],
    attribution: media.credit || null,
    notes: [...displayDates(raw), ...notes],
  };
}

/** Every slide of a timeline as a dataset; `format` names the file kind in messages. */
export function convertTimelineConfig(
  config: TimelineConfig,
  format: string,
  fallbackTitle: string,
  notices: string[] = [],
): ImportResult {
  const drafts: DraftEvent[] = [];
  for (const slide of config.events) {
    const d = draftOf(slide, null, notices);
    if (d) drafts.push(d);
  }
  for (const slide of config.eras) {
    const d = draftOf(slide, ERAS, notices);
    if (d) drafts.push(d);
  }
  const title = isRecord(config.title?.raw) ? config.title.raw : {};
  const titleText = isRecord(title.text) ? title.text : {};
  return buildImport(
    {
      format,
      title: plain(titleText.headline).replace(/\n/g, ' ') || fallbackTitle,
      description: plain(titleText.text),
    },
    drafts,
    notices,
  );
}

/** Whether a parsed JSON value looks like a TimelineJS3 timeline: events with start_date objects. */
export function isTimelineJson(input: unknown): boolean {
  return (
    isRecord(input) &&
    Array.isArray(input.events) &&
    input.events.some((e) => isRecord(e) && isRecord(e.start_date)) &&
    !input.events.some((e) => isRecord(e) && 'quote' in e)
  );
}

/**
 * Converts a parsed TimelineJS3 JSON timeline. Pure; never throws.
 * @param fallbackTitle the title when the file has no title slide (say, the file's name)
 */
export function convertTimelineJson(input: unknown, fallbackTitle = 'Imported timeline'): ImportResult {
  const ours = fromOurTimelineJson(input);
  if (ours) return ours;
  if (!isRecord(input) || !Array.isArray(input.events))
    return { ok: false, message: `This is not a ${TIMELINEJS_JSON}: it needs a list of "events".` };
  const eras = Array.isArray(input.eras) ? input.eras : [];
  const result = convertTimelineConfig(
    {
      title: input.title === undefined ? null : { raw: input.title, where: 'title' },
      events: input.events.map((raw, i) => ({ raw, where: `events[${i}]` })),
      eras: eras.map((raw, i) => ({ raw, where: `eras[${i}]` })),
    },
    TIMELINEJS_JSON,
    fallbackTitle,
  );
  if (input.eras !== undefined && !Array.isArray(input.eras) && result.ok)
    result.notices.push('"eras" is not a list, so no eras are shown.');
  return result;
}
