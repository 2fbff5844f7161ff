/**
 * The document date: what relative expressions ("last July", "on Friday") are anchored to.
 * Strongest first: the `--date` flag, the page's published date, a dateline at the top of the
 * story, then the year the article frames itself around. Never the machine's clock: the same
 * article must give the same draft on any day.
 */

import { findFramingYear } from './framingYear';
import { dayValue, findFullDates, isCalendarDay } from './fullDates';
import type { DocumentDate, SourceDocument } from './types';

/** A dateline sits at the top: only the first paragraph, and no more than this, is searched. */
export const DATELINE_MAX_CHARS = 300;

/**
 * Lower-case words a dateline's prefix may hold ("Rio de Janeiro,", "Published on"); any other
 * lower-case word means the date is inside a sentence ("The court ruled on March 15, 2013 —").
 */
export const DATELINE_LOWERCASE_WORDS: readonly string[] = [
  'on',
  'at',
  'de',
  'del',
  'da',
  'do',
  'la',
  'el',
  'of',
  'am',
];

/** What may follow a dateline's date: a time, an agency in brackets, then a dash, colon, bar or line end. */
const DATELINE_END =
  /^(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\s*(?:\([^()\r\n]{1,40}\)\s*)?(?:[-–—:|/]|\r|\n|$)/;
const DATELINE_PREFIX_MAX_CHARS = 60;

type FlagResult = { ok: true; value: string } | { ok: false; message: string };

/** Parses the `--date` flag: a calendar day written `YYYY-MM-DD`. */
export function parseDateFlag(s: string): FlagResult {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (m === null)
    return { ok: false, message: `--date "${s}" is not a date: write it as YYYY-MM-DD, e.g. 2013-03-15.` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDay(year, month, day))
    return {
      ok: false,
      message: `--date "${s}" is not a day of the calendar: write it as YYYY-MM-DD, e.g. 2013-03-15.`,
    };
  return { ok: true, value: s.trim() };
}

/**
 * A metadata date as the day it names. An ISO timestamp gives the date as written: with an
 * offset that is the publisher's local day, which is what the article's "today" means.
 */
function metadataDay(value: string): { value: string; words: string } | undefined {
  const iso = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?=$|[T\s])/.exec(value);
  if (iso !== null) {
    const day = dayValue(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return day === undefined ? undefined : { value: day, words: value.trim() };
  }
  const written = findFullDates(value)[0];
  return written === undefined ? undefined : { value: written.value, words: written.text };
}

function isDatelinePrefix(prefix: string): boolean {
  if (prefix.length > DATELINE_PREFIX_MAX_CHARS || /[!?]|\r?\n/.test(prefix)) return false;
  const words = prefix.split(/[\s,:;()|/–—-]+/).filter(Boolean);
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || DATELINE_LOWERCASE_WORDS.includes(w.toLowerCase()));
}

/** The first full date in `text` that stands as a dateline: after a place, before a dash. */
export function findDateline(text: string): { value: string; words: string } | undefined {
  const top = text.trimStart();
  const firstParagraph = top.slice(0, DATELINE_MAX_CHARS).split(/\r?\n[^\S\r\n]*\r?\n/)[0] ?? '';
  for (const date of findFullDates(firstParagraph)) {
    const prefix = firstParagraph.slice(0, date.start);
    if (isDatelinePrefix(prefix) && DATELINE_END.test(firstParagraph.slice(date.end)))
      return { value: date.value, words: firstParagraph.slice(0, date.end).trim() };
  }
  return undefined;
}

/** A full date anywhere in a header line (byline, date line): the whole line is metadata. */
function headerDate(line: string | undefined): { value: string; words: string } | undefined {
  const date = line === undefined ? undefined : findFullDates(line)[0];
  return date === undefined ? undefined : { value: date.value, words: line!.trim() };
}

/**
 * The date relative expressions in `doc` anchor to, as EDTF: a day (`2013-03-15`), or only a
 * year (`2025`) when it comes from the article's framing. Undefined when nothing dates it.
 *
 * @param flag the `--date` flag, `YYYY-MM-DD`; it overrides everything the document says.
 * @throws RangeError when `flag` is not a calendar day (check it first with {@link parseDateFlag}).
 */
export function findDocumentDate(doc: SourceDocument, flag?: string): DocumentDate | undefined {
  if (flag !== undefined) {
    const parsed = parseDateFlag(flag);
    if (!parsed.ok) throw new RangeError(parsed.message);
    return { value: parsed.value, source: 'flag', evidence: `--date ${parsed.value}` };
  }
  if (doc.published !== undefined) {
    const day = metadataDay(doc.published.value);
    if (day !== undefined)
      return { value: day.value, source: 'metadata', evidence: `${doc.published.field}: ${day.words}` };
  }
  const dateline =
    headerDate(doc.dateLine) ??
    headerDate(doc.byline) ??
    findDateline(doc.text) ??
    (doc.title === undefined ? undefined : findDateline(doc.title));
  if (dateline !== undefined) return { value: dateline.value, source: 'dateline', evidence: dateline.words };
  const framing = findFramingYear(doc.title, doc.text);
  return framing === undefined ? undefined : { value: framing.year, source: 'framing', evidence: framing.evidence };
}
