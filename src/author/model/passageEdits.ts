/**
 * Edits that change which words of the article an event quotes: merging two events, splitting
 * one, and adding one from a selection. Every quote is a slice of source.text that occurs
 * exactly once in it, so the work can always be downloaded as a valid dataset.
 */
import { parseEdtf } from '../../data/edtf';
import { LIMITS } from '../../data/schema';
import { titleOf } from '../../extract/passage';
import { mergeDates } from './mergeDates';
import { nextId } from './names';
import { draftFromSelection } from './selection';
import {
  eventById,
  inTextOrder,
  occurrences,
  refuse,
  replaceEvent,
  withoutDateProvenance,
  type EditResult,
  type Work,
  type WorkEvent,
} from './work';

/** Why a quote cannot be used, or null when it can. */
function quoteProblem(text: string, quote: string): string | null {
  if (quote.length > LIMITS.quoteLength)
    return `The passage would be ${quote.length} characters long; a quote can be at most ${LIMITS.quoteLength}.`;
  if (occurrences(text, quote) > 1) return 'These words occur more than once in the article; select a longer passage';
  return null;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * One event quoting from the earlier quote's start to the later quote's end. The earlier event
 * gives id, title, attribution and (unless the dates combine into an interval) date; categories
 * and actors are united, notes joined. The result is a draft: merged text needs a fresh check.
 */
export function merge(work: Work, ids: readonly [string, string]): EditResult {
  if (ids[0] === ids[1]) return refuse('Choose two different events to merge.');
  const a = eventById(work, ids[0]);
  if ('ok' in a) return a;
  const b = eventById(work, ids[1]);
  if ('ok' in b) return b;
  const [first, second] = inTextOrder([a, b]) as [WorkEvent, WorkEvent];
  const { text } = work.source;
  const start = first.quoteStart;
  const end = Math.max(first.quoteStart + first.quote.length, second.quoteStart + second.quote.length);
  const quote = text.slice(start, end);
  const problem = quoteProblem(text, quote);
  if (problem) return refuse(problem);
  const notes = [...new Set([first.note, second.note].filter((n): n is string => Boolean(n)))];
  const note = notes.join(' ');
  if (note.length > LIMITS.shortText)
    return refuse(`The notes together would be longer than ${LIMITS.shortText} characters; shorten one first.`);
  const date = mergeDates(first.date, second.date);
  const base = date === first.date ? first : withoutDateProvenance(first);
  const merged: WorkEvent = {
    ...base,
    date,
    categories: union(first.categories, second.categories),
    actors: union(first.actors, second.actors).slice(0, LIMITS.listLength),
    quote,
    quoteStart: start,
    status: 'draft',
  };
  if (note) merged.note = note;
  else delete merged.note;
  return { ok: true, work: replaceEvent(replaceEvent(work, second.id, null), first.id, merged) };
}

/** The event's quote cut at `at`, each half trimmed, with where each half starts. */
function halves(text: string, e: WorkEvent, at: number) {
  const cut = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    return { quote: raw.trim(), quoteStart: from + lead };
  };
  return [cut(e.quoteStart, at), cut(at, e.quoteStart + e.quote.length)] as const;
}

/**
 * Two drafts from one event, cut at `at` (an offset in source.text strictly inside its quote).
 * Both keep date, categories, actors, attribution and note; titles come from their own words.
 * The second half gets the id `${id}-2` (or the next free one). Where the date's words fall in
 * only one half, the other half loses the drafting detail about them.
 */
export function split(work: Work, id: string, at: number): EditResult {
  const e = eventById(work, id);
  if ('ok' in e) return e;
  if (!Number.isInteger(at) || at <= e.quoteStart || at >= e.quoteStart + e.quote.length)
    return refuse('Split inside the passage: the place to cut must fall between two of its words.');
  const { text } = work.source;
  const [one, two] = halves(text, e, at);
  if (one.quote === '' || two.quote === '') return refuse('Both parts of a split need some words of their own.');
  for (const half of [one, two]) {
    const problem = quoteProblem(text, half.quote);
    if (problem) return refuse(`"${titleOf(half.quote)}": ${problem}`);
  }
  const keepsDate = (h: { quote: string }) => e.dateText === undefined || h.quote.includes(e.dateText);
  const make = (h: { quote: string; quoteStart: number }, newId: string): WorkEvent => ({
    ...(keepsDate(h) ? e : withoutDateProvenance(e)),
    id: newId,
    title: titleOf(h.quote),
    quote: h.quote,
    quoteStart: h.quoteStart,
    status: 'draft',
  });
  const secondId = nextId(
    work.events.map((x) => x.id),
    id,
  );
  const events = work.events.flatMap((x) => (x.id === id ? [make(one, id), make(two, secondId)] : [x]));
  return { ok: true, work: { ...work, events } };
}

/**
 * A new event from a selection of the article (`start`..`end`, trimmed). Refused when the words
 * are empty, occur more than once in the text, or are exactly an existing event's quote. The
 * event is checked when its date comes from the selected words (the person chose them); when
 * the date had to be borrowed it is a draft, with a note saying where the date came from.
 */
export function addFromSelection(work: Work, start: number, end: number, now: number): EditResult {
  const { text } = work.source;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end)
    return refuse('Select some words of the article first.');
  const raw = text.slice(start, end);
  const quote = raw.trim();
  if (quote === '') return refuse('Select some words of the article first.');
  const quoteStart = start + (raw.length - raw.trimStart().length);
  const problem = quoteProblem(text, quote);
  if (problem) return refuse(problem);
  const same = work.events.find((e) => e.quote === quote);
  if (same) return refuse(`"${same.title}" already quotes exactly these words.`);
  const event = draftFromSelection(work, quote, quoteStart, now);
  if (!parseEdtf(event.date).ok) return refuse('No date could be found for these words.');
  const events = inTextOrder([...work.events, event]);
  return { ok: true, work: { ...work, events } };
}
