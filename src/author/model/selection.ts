/**
 * An event drafted from words a person selected: the same engine parts that drafted the article
 * (time expressions, titles, categories, actors, attribution), applied to the selection alone.
 */
import { findActors } from '../../extract/actors';
import { findAttribution } from '../../extract/attribution';
import { DEFAULT_PROFILES } from '../../extract/categoryProfiles';
import { suggestCategories } from '../../extract/categories';
import { anchorOf } from '../../extract/extract';
import { datasetDate, titleOf } from '../../extract/passage';
import { findTimexes } from '../../extract/timex/find';
import type { Timex } from '../../extract/types';
import { nextId, slugOf } from './names';
import type { Work, WorkEvent } from './work';

/** A time expression that can date a happening: not a duration, a horizon or a vague "now". */
const dates = (t: Timex) =>
  (t.type === 'date' || t.type === 'time') && !t.horizon && !/_REF$/.test(t.value) && !/^X/.test(t.value);

interface FoundDate {
  readonly date: string;
  readonly note?: string;
  /** True when the selection's own words give the date. */
  readonly ownWords: boolean;
}

function yearOf(value: string | undefined): string | undefined {
  return value === undefined ? undefined : /^\d{4}/.exec(value)?.[0];
}

/** The selection's own date, else the article's year, else the first event's, else `now`'s. */
function dateFor(work: Work, quote: string, now: number): FoundDate {
  const documentDate = work.source.documentDate;
  for (const t of findTimexes(quote, anchorOf(documentDate)).filter(dates)) {
    const d = datasetDate(t.value);
    if (d) return { ...d, ownWords: true };
  }
  const borrowed: [string | undefined, string][] = [
    [yearOf(documentDate?.value), "the year of the article's date"],
    [yearOf(work.events[0]?.date), 'the year of the first event'],
    [String(new Date(now).getUTCFullYear()), 'the current year'],
  ];
  const [year, from] = borrowed.find(([y]) => y !== undefined) as [string, string];
  return { date: year, note: `No date in the selection: ${from}, ${year}, is used; check it.`, ownWords: false };
}

/** The paragraph around [start, end): attribution may sit in the rest of the sentence. */
function paragraphAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n\n', start);
  const to = text.indexOf('\n\n', end);
  return text.slice(from < 0 ? 0 : from + 2, to < 0 ? text.length : to);
}

/**
 * The event for a selected quote (already trimmed and known to occur once). Categories are the
 * engine's suggestions among the work's own categories, else the work's first category.
 */
export function draftFromSelection(work: Work, quote: string, quoteStart: number, now: number): WorkEvent {
  const { text } = work.source;
  const title = titleOf(quote);
  const actors = findActors(quote);
  const known = new Set(work.categories.map((c) => c.id));
  const suggested = suggestCategories(quote, DEFAULT_PROFILES, actors).filter((id) => known.has(id));
  const attribution = findAttribution(quote, {
    paragraph: paragraphAround(text, quoteStart, quoteStart + quote.length),
  });
  const found = dateFor(work, quote, now);
  return {
    id: nextId(
      work.events.map((e) => e.id),
      slugOf(title, 'event'),
    ),
    title,
    date: found.date,
    categories: suggested.length > 0 ? suggested : [work.categories[0]!.id],
    actors,
    attribution: attribution.text,
    quote,
    ...(found.note ? { note: sentence(found.note) } : {}),
    // A person chose these words; only a date they did not give still needs their check.
    status: found.ownWords ? 'checked' : 'draft',
    quoteStart,
  };
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + (s.endsWith('.') ? '' : '.');
