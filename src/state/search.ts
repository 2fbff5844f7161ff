import type { TimelineEvent } from '../data/dataset';
import { keepSteps, runToEnd } from '../data/steps';

/**
 * Searching events by words: an event matches when every word of the query occurs in its title,
 * quote, actors or attribution, ignoring case and accents.
 */

/** Lower case without diacritics, so "Pyongyang" finds "PYONGYANG" and "resume" finds "résumé". */
export function fold(s: string): string {
  // Plain ASCII has no diacritics to take off (most text, and the normalizing is the slow part).
  if (/^[\x20-\x7e\t\n\r]*$/.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/**
 * Each event's searchable text, folded once and kept while the event lives: a search then costs
 * an `includes` per event instead of folding them all again (150 ms at 100,000 events).
 */
const haystacks = new WeakMap<TimelineEvent, string>();

function haystack(e: TimelineEvent): string {
  let h = haystacks.get(e);
  if (h === undefined) haystacks.set(e, (h = fold([e.title, e.quote, e.actors.join('\n'), e.attribution].join('\n'))));
  return h;
}

/**
 * A slice of a dataset's events with their folded texts joined into one string, so a word is
 * found with `indexOf` over the slice (the engine's fast string search) rather than an
 * `includes` per event: at 100,000 events a key costs a few ms instead of about 45.
 */
interface Segment {
  /** Index of the slice's first event in the dataset's list. */
  readonly first: number;
  readonly text: string;
  /** Where each event's text starts in `text`, and one more: where the last one ends. */
  readonly starts: Int32Array;
}

/** Prepared segments by the dataset's list of events, and each event's place in that list. */
const prepared = new WeakMap<readonly TimelineEvent[], Segment[]>();
const places = new WeakMap<TimelineEvent, number>();
/** Between two events' texts: a character no folded query word holds. */
const BETWEEN = '\u0000';

/**
 * Prepares the search text of `events[from, to)`, the page does it in idle time after a dataset
 * loads, a slice at a time, so the first key typed does not wait for all of it.
 */
export function prepareSearch(events: readonly TimelineEvent[], from: number, to: number): void {
  const end = Math.min(to, events.length);
  if (from >= end) return;
  const segments = prepared.get(events) ?? [];
  if (segments.some((seg) => seg.first === from)) return;
  const texts: string[] = [];
  const starts = new Int32Array(end - from + 1);
  let at = 0;
  for (let i = from; i < end; i++) {
    const e = events[i]!;
    const h = haystack(e);
    haystacks.delete(e); // the segment holds it now
    places.set(e, i);
    starts[i - from] = at;
    texts.push(h);
    at += h.length + BETWEEN.length;
  }
  starts[end - from] = at;
  segments.push({ first: from, text: texts.join(BETWEEN) + BETWEEN, starts });
  prepared.set(events, segments);
}

/** How many of the dataset's events the prepared segments cover. */
function coverage(segments: readonly Segment[]): number {
  return segments.reduce((n, seg) => n + seg.starts.length - 1, 0);
}

/** Adds one to `counts[i]` for each of `words` that the segment's event i holds (each counted once). */
function countSegment(seg: Segment, words: readonly string[], counts: Uint8Array): void {
  const { text, starts, first } = seg;
  for (const w of words) {
    let e = 0;
    let pos = text.indexOf(w);
    while (pos !== -1) {
      while (starts[e + 1]! <= pos) e++;
      counts[first + e]!++;
      // On to the next event: a word counts once per event.
      pos = text.indexOf(w, starts[e + 1]!);
    }
  }
}

/**
 * The events matching `query`, in their order; all of them for an empty query. `all` is the
 * dataset's whole list, of which `events` is a filtered part: once its search text is prepared
 * (prepareSearch), the search runs over that in one pass.
 */
export function searchEvents<T extends TimelineEvent>(
  events: readonly T[],
  query: string,
  all: readonly TimelineEvent[] = events,
): readonly T[] {
  return runToEnd(searchSteps(events, query, all, Infinity));
}

/**
 * searchEvents, yielding after about `slice` events' worth of work, so that a search of 100,000
 * events (15–25 ms for a rare word, whose every occurrence must be looked for) can run between
 * frames.
 */
export function* searchSteps<T extends TimelineEvent>(
  events: readonly T[],
  query: string,
  all: readonly TimelineEvent[],
  slice: number,
): Generator<void, readonly T[]> {
  const words = [...new Set(queryWords(query))];
  if (words.length === 0) return events;
  const segments = prepared.get(all);
  if (segments && words.length < 256 && coverage(segments) === all.length) {
    const counts = new Uint8Array(all.length);
    let since = 0;
    for (const seg of segments) {
      if (since >= slice) {
        yield;
        since = 0;
      }
      countSegment(seg, words, counts);
      since += seg.starts.length - 1;
    }
    yield;
    const need = words.length;
    if (events === all) return yield* keepSteps(events, (_, i) => counts[i] === need, slice);
    return yield* keepSteps(events, (e) => counts[places.get(e) ?? -1] === need, slice);
  }
  return yield* keepSteps(
    events,
    (e) => {
      const h = haystacks.get(e) ?? haystack(e);
      return words.every((w) => h.includes(w));
    },
    slice,
  );
}

export interface TextPiece {
  readonly text: string;
  readonly match: boolean;
}

/**
 * `text` cut into pieces, with the query's words marked. Folding keeps length for most text; where
 * it does not (rare ligatures), the text is returned unmarked rather than marked in the wrong place.
 */
export function markMatches(text: string, query: string): TextPiece[] {
  const words = queryWords(query);
  const folded = fold(text);
  if (words.length === 0 || folded.length !== text.length) return [{ text, match: false }];
  const hit = new Uint8Array(text.length);
  for (const w of words)
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) hit.fill(1, i, i + w.length);
  const pieces: TextPiece[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || hit[i] !== hit[start]) {
      pieces.push({ text: text.slice(start, i), match: hit[start] === 1 });
      start = i;
    }
  }
  return pieces;
}
