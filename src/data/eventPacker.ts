import type { TimelineEvent, UncheckedDataset } from './dataset';
import {
  HAS_DATE_SOURCE,
  HAS_DATE_TEXT,
  HAS_LINKS,
  HAS_NOTE,
  HAS_QUOTE_TEXT,
  HAS_STATUS,
  IS_DRAFT,
  NUMBERS,
  OPEN_END,
  OPEN_START,
  QUOTE_UNCHECKED,
  SHAPES,
  type PackedEvents,
} from './eventCodec';
import type { WorkerReply } from './parseInBackground';
import type { QuotesChecked } from './quoteCheck';

// Packing events for the trip from the parse worker to the page (the format, and unpacking, are
// in eventCodec.ts). Only the worker runs this.
export { createUnpacker, unpackEvents, type EventUnpacker, type PackedEvents } from './eventCodec';

/** Packs events, in as many parts as it is given; each part's `shared` holds only strings new to it. */
interface EventPacker {
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
function createPacker(): EventPacker {
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
        // Most attributions are an event's own ("the mayor of Brightwell said"): looking each up
        // costs more than it saves.
        own(e.attribution);
        if (e.links !== undefined) own(JSON.stringify(e.links));
        ref(e.date);
        ref(e.dateLabel);
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
          (e.links !== undefined ? HAS_LINKS : 0) |
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

/** A part of a dataset's events, for the page. */
function eventsReply(packed: PackedEvents): Reply {
  return { reply: { kind: 'events', packed }, transfer: buffersOf(packed) };
}

/**
 * Past this many events, a dataset is sent in parts: the page unpacks one while the worker packs
 * the next, and no part holds the page for long.
 */
export const EVENTS_PER_PART = 12_500;

/**
 * The parse worker's answers for a dataset it built from a whole file, made one at a time (so each
 * can be sent as soon as it is packed): the rest of it, then its events in order, in parts.
 * `readAt`, by event, is where a quote not checked yet can be read in the text
 * (readingPlacesByEvent).
 */
export function* datasetReplies(
  { source, categories, extent, events }: UncheckedDataset,
  readAt?: Int32Array,
  eventsPerPart = EVENTS_PER_PART,
): Generator<Reply, void, void> {
  // The rest first: the page reads the quotes of these parts from its source text.
  yield { reply: { ok: true, source, categories, extent, eventCount: events.length }, transfer: [] };
  const packer = createPacker();
  for (let from = 0; from < events.length; from += eventsPerPart)
    yield eventsReply(
      packer.pack(events.slice(from, from + eventsPerPart), readAt?.subarray(from, from + eventsPerPart)),
    );
}

/** The parse worker's last answer for a dataset it answered first unchecked. */
export function quotesCheckedReply({ starts, issues }: QuotesChecked): Reply {
  return { reply: { kind: 'quotes-checked', starts, issues }, transfer: [starts.buffer as ArrayBuffer] };
}
