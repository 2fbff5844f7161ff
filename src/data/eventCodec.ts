import { timelineEvent, type MarkShape, type TimelineEvent } from './dataset';
import type { EventInput } from './schema';

// The format of events sent from the parse worker, and their unpacking on the page. The packing
// (eventPacker.ts) runs only in the worker, so it stays out of the code the page loads first.

/**
 * Events packed for the trip from the parse worker to the page. Structured clone rebuilds
 * 100,000 events field by field, a third of a second on the page's thread; packed, the strings
 * that repeat across events (dates, categories, actors) travel once each, the rest
 * end to end as one string, the numbers in typed arrays (transferred, not copied), and the page
 * rebuilds the events in a fraction of that time, sharing the repeated strings between them.
 */
export interface PackedEvents {
  readonly count: number;
  /** The distinct strings that repeat across events (only those new to this part, when packed in parts). */
  readonly shared: readonly string[];
  /**
   * Per event, indexes into `shared` (all the parts' so far): date, dateLabel, then its categories and actors,
   * then a draft's dateText and dateSource when it has them.
   */
  readonly refs: Uint32Array;
  /** Each event's own strings (id, title, a note, a quote not yet located, its attribution, its links), end to end. */
  readonly text: string;
  /** Where each of those strings ends in `text`. */
  readonly ends: Uint32Array;
  /**
   * Per event: startMs, endMs, where its quote can be read in the source text (its quoteStart,
   * unless the quote is not checked yet), quote length, confidence (NaN when it has none).
   */
  readonly numbers: Float64Array;
  /** Per event: how many categories, then how many actors. */
  readonly lengths: Uint32Array;
  /** Per event: the shape's index in SHAPES, plus the flag bits below. */
  readonly flags: Uint16Array;
}

export const SHAPES: readonly MarkShape[] = ['point', 'period', 'range'];
export const OPEN_START = 4;
export const OPEN_END = 8;
export const HAS_NOTE = 16;
export const HAS_STATUS = 32;
/** With HAS_STATUS: "draft"; without it: "checked". */
export const IS_DRAFT = 64;
export const HAS_DATE_TEXT = 128;
export const HAS_DATE_SOURCE = 256;
/** The quote travels in `text`: no place in the source text is known for it (yet). */
export const HAS_QUOTE_TEXT = 512;
/** The quote is read from the source text, but not checked yet: its quoteStart is -1. */
export const QUOTE_UNCHECKED = 1024;
/** The event has links: they travel in `text`, as JSON, after its attribution. */
export const HAS_LINKS = 2048;
export const NUMBERS = 5;

/** Unpacks what one packer packed, part after part, in order. */
export type EventUnpacker = (p: PackedEvents) => TimelineEvent[];

/**
 * The events again; `sourceText` is their dataset's source text (or gives it, when it comes later
 * than the first parts: those read no quote from it).
 */
export function createUnpacker(sourceText: string | (() => string)): EventUnpacker {
  const shared: string[] = [];
  const text = typeof sourceText === 'string' ? () => sourceText : sourceText;
  return (p) => {
    for (const s of p.shared) shared.push(s);
    return unpackPart(p, shared, text());
  };
}

/** The events of one packEvents, again. */
export function unpackEvents(p: PackedEvents, sourceText: string): TimelineEvent[] {
  return createUnpacker(sourceText)(p);
}

function unpackPart(p: PackedEvents, shared: readonly string[], sourceText: string): TimelineEvent[] {
  const { refs, text, ends, numbers, lengths, flags } = p;
  let k = 0;
  let from = 0;
  const next = () => text.slice(from, (from = ends[k++]!));
  let r = 0;
  const nextShared = () => shared[refs[r++]!]!;
  const list = (n: number) => {
    const out = new Array<string>(n);
    for (let j = 0; j < n; j++) out[j] = nextShared();
    return out;
  };
  const events = new Array<TimelineEvent>(p.count);
  for (let i = 0; i < p.count; i++) {
    const f = flags[i]!;
    const id = next();
    const title = next();
    const note = f & HAS_NOTE ? next() : undefined;
    const quoteAt = numbers[i * NUMBERS + 2]!;
    const quote = f & HAS_QUOTE_TEXT ? next() : sourceText.slice(quoteAt, quoteAt + numbers[i * NUMBERS + 3]!);
    const attribution = next();
    const links = f & HAS_LINKS ? (JSON.parse(next()) as NonNullable<EventInput['links']>) : undefined;
    const quoteStart = f & (HAS_QUOTE_TEXT | QUOTE_UNCHECKED) ? -1 : quoteAt;
    const date = nextShared();
    const dateLabel = nextShared();
    const categories = list(lengths[i * 2]!);
    const actors = list(lengths[i * 2 + 1]!);
    const input: EventInput = { id, title, date, categories, actors, attribution, quote, note };
    if (f & HAS_STATUS) input.status = f & IS_DRAFT ? 'draft' : 'checked';
    if (f & HAS_DATE_TEXT) input.dateText = nextShared();
    // The worker validated it against the schema's list before packing it.
    if (f & HAS_DATE_SOURCE) input.dateSource = nextShared() as NonNullable<EventInput['dateSource']>;
    const confidence = numbers[i * NUMBERS + 4]!;
    if (!Number.isNaN(confidence)) input.confidence = confidence;
    if (links) input.links = links;
    events[i] = timelineEvent(input, {
      startMs: numbers[i * NUMBERS]!,
      endMs: numbers[i * NUMBERS + 1]!,
      shape: SHAPES[f & 3]!,
      dateLabel,
      openStart: (f & OPEN_START) !== 0,
      openEnd: (f & OPEN_END) !== 0,
      quoteStart,
    });
  }
  return events;
}
