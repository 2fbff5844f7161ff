import {
  timelineEvent,
  type DatasetResult,
  type MarkShape,
  type TimelineEvent,
  type UncheckedDataset,
} from './dataset';
import type { WorkerReply } from './parseInBackground';
import type { QuotesChecked } from './quoteCheck';
import type { EventInput } from './schema';

/**
 * Events packed for the trip from the parse worker to the page. Structured clone rebuilds
 * 100,000 events field by field, a third of a second on the page's thread; packed, the strings
 * that repeat across events (dates, attributions, categories, actors) travel once each, the rest
 * end to end as one string, the numbers in typed arrays (transferred, not copied), and the page
 * rebuilds the events in a fraction of that time, sharing the repeated strings between them.
 */
export interface PackedEvents {
  readonly count: number;
  /** The distinct strings that repeat across events (only those new to this part, when packed in parts). */
  readonly shared: readonly string[];
  /**
   * Per event, indexes into `shared` (all the parts' so far): date, dateLabel, attribution, then its categories and actors,
   * then a draft's dateText and dateSource when it has them.
   */
  readonly refs: Uint32Array;
  /** Each event's own strings (id, title, a note, a quote not yet located), end to end. */
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

const SHAPES: readonly MarkShape[] = ['point', 'period', 'range'];
const OPEN_START = 4;
const OPEN_END = 8;
const HAS_NOTE = 16;
const HAS_STATUS = 32;
/** With HAS_STATUS: "draft"; without it: "checked". */
const IS_DRAFT = 64;
const HAS_DATE_TEXT = 128;
const HAS_DATE_SOURCE = 256;
/** The quote travels in `text`: no place in the source text is known for it (yet). */
const HAS_QUOTE_TEXT = 512;
/** The quote is read from the source text, but not checked yet: its quoteStart is -1. */
const QUOTE_UNCHECKED = 1024;
const NUMBERS = 5;

/** Packs events, in as many parts as it is given; each part's `shared` holds only strings new to it. */
export interface EventPacker {
  /** `readAt`, by index in `events`: where a quote not checked yet can be read in the source text. */
  pack(events: readonly TimelineEvent[], readAt?: Int32Array): PackedEvents;
}

/**
 * Packs the events of a dataset, a part at a time. A quote whose place is known is not packed: it
 * is the source text's passage at its quoteStart (TimelineEvent's invariant), and the page reads
 * it there, as the source text travels anyway. So is a quote not checked yet that `readAt` gives a
 * place for, where the text has it (see readingPlaces); any other travels with the event's own
 * strings.
 */
export function createPacker(): EventPacker {
  const sharedIndex = new Map<string, number>();
  return {
    pack(events, readAt) {
      const shared: string[] = [];
      const refs: number[] = [];
      const ref = (s: string) => {
        let k = sharedIndex.get(s);
        if (k === undefined) {
          sharedIndex.set(s, (k = sharedIndex.size));
          shared.push(s);
        }
        refs.push(k);
      };
      const parts: string[] = [];
      const ends: number[] = [];
      let at = 0;
      const own = (s: string) => {
        parts.push(s);
        ends.push((at += s.length));
      };
      const numbers = new Float64Array(events.length * NUMBERS);
      const lengths = new Uint32Array(events.length * 2);
      const flags = new Uint16Array(events.length);
      events.forEach((e, i) => {
        own(e.id);
        own(e.title);
        if (e.note !== undefined) own(e.note);
        const unchecked = e.quoteStart < 0;
        const quoteAt = unchecked ? (readAt?.[i] ?? -1) : e.quoteStart;
        if (quoteAt < 0) own(e.quote);
        ref(e.date);
        ref(e.dateLabel);
        ref(e.attribution);
        for (const c of e.categories) ref(c);
        for (const a of e.actors) ref(a);
        // Few distinct values ("in August", "sentence"), so they travel once each, like the dates.
        if (e.dateText !== undefined) ref(e.dateText);
        if (e.dateSource !== undefined) ref(e.dateSource);
        numbers[i * NUMBERS] = e.startMs;
        numbers[i * NUMBERS + 1] = e.endMs;
        numbers[i * NUMBERS + 2] = quoteAt;
        numbers[i * NUMBERS + 3] = e.quote.length;
        numbers[i * NUMBERS + 4] = e.confidence ?? NaN;
        lengths[i * 2] = e.categories.length;
        lengths[i * 2 + 1] = e.actors.length;
        flags[i] =
          SHAPES.indexOf(e.shape) |
          (e.openStart ? OPEN_START : 0) |
          (e.openEnd ? OPEN_END : 0) |
          (e.note !== undefined ? HAS_NOTE : 0) |
          (e.status !== undefined ? HAS_STATUS : 0) |
          (e.status === 'draft' ? IS_DRAFT : 0) |
          (e.dateText !== undefined ? HAS_DATE_TEXT : 0) |
          (e.dateSource !== undefined ? HAS_DATE_SOURCE : 0) |
          (quoteAt < 0 ? HAS_QUOTE_TEXT : unchecked ? QUOTE_UNCHECKED : 0);
      });
      return {
        count: events.length,
        shared,
        refs: Uint32Array.from(refs),
        text: parts.join(''),
        ends: Uint32Array.from(ends),
        numbers,
        lengths,
        flags,
      };
    },
  };
}

/** All the events packed at once (see createPacker). */
export function packEvents(events: readonly TimelineEvent[], readAt?: Int32Array): PackedEvents {
  return createPacker().pack(events, readAt);
}

/** A message for the page, and the buffers to transfer with it (not copied). */
export interface Reply {
  readonly reply: WorkerReply;
  readonly transfer: ArrayBuffer[];
}

const buffersOf = (p: PackedEvents) =>
  [p.refs.buffer, p.ends.buffer, p.numbers.buffer, p.lengths.buffer, p.flags.buffer] as ArrayBuffer[];

/**
 * Past this many events, a dataset is sent in parts: the page unpacks one while the worker packs
 * the next, and no part holds the page for long.
 */
export const EVENTS_PER_PART = 12_500;

/**
 * The parse worker's answers for a dataset, made one at a time (so each can be sent as soon as it
 * is packed): the dataset with its first events and how many there are, then the others in parts.
 * `readAt`, by event, is where a quote not checked yet can be read in the text (readingPlacesByEvent).
 */
export function* datasetReplies(
  { source, categories, extent, events }: UncheckedDataset,
  quotesChecked: boolean,
  readAt?: Int32Array,
  eventsPerPart = EVENTS_PER_PART,
): Generator<Reply, void, void> {
  const packer = createPacker();
  const part = (from: number) =>
    packer.pack(events.slice(from, from + eventsPerPart), readAt?.subarray(from, from + eventsPerPart));
  const first = part(0);
  yield {
    reply: { ok: true, source, categories, extent, eventCount: events.length, quotesChecked, packed: first },
    transfer: buffersOf(first),
  };
  for (let from = eventsPerPart; from < events.length; from += eventsPerPart) {
    const packed = part(from);
    yield { reply: { kind: 'more-events', packed }, transfer: buffersOf(packed) };
  }
}

/** The parse worker's answer for a dataset checked whole (quotes and all), or for its problems, in one message. */
export function workerReply(result: DatasetResult): Reply {
  if (!result.ok) return { reply: result, transfer: [] };
  const [all] = datasetReplies(result.dataset, true, undefined, Infinity);
  return all!;
}

/** The parse worker's last answer for a dataset it answered first unchecked. */
export function quotesCheckedReply({ starts, issues }: QuotesChecked): Reply {
  return { reply: { kind: 'quotes-checked', starts, issues }, transfer: [starts.buffer as ArrayBuffer] };
}

/** Unpacks what one packer packed, part after part, in order. */
export type EventUnpacker = (p: PackedEvents) => TimelineEvent[];

/** The events again; `sourceText` is their dataset's source text. */
export function createUnpacker(sourceText: string): EventUnpacker {
  const shared: string[] = [];
  return (p) => {
    for (const s of p.shared) shared.push(s);
    return unpackPart(p, shared, sourceText);
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
    const quoteStart = f & (HAS_QUOTE_TEXT | QUOTE_UNCHECKED) ? -1 : quoteAt;
    const date = nextShared();
    const dateLabel = nextShared();
    const attribution = nextShared();
    const categories = list(lengths[i * 2]!);
    const actors = list(lengths[i * 2 + 1]!);
    const input: EventInput = { id, title, date, categories, actors, attribution, quote, note };
    if (f & HAS_STATUS) input.status = f & IS_DRAFT ? 'draft' : 'checked';
    if (f & HAS_DATE_TEXT) input.dateText = nextShared();
    // The worker validated it against the schema's list before packing it.
    if (f & HAS_DATE_SOURCE) input.dateSource = nextShared() as NonNullable<EventInput['dateSource']>;
    const confidence = numbers[i * NUMBERS + 4]!;
    if (!Number.isNaN(confidence)) input.confidence = confidence;
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
