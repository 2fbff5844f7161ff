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
  /** The distinct strings that repeat across events. */
  readonly shared: readonly string[];
  /**
   * Per event, indexes into `shared`: date, dateLabel, attribution, then its categories and actors,
   * then a draft's dateText and dateSource when it has them.
   */
  readonly refs: Uint32Array;
  /** Each event's own strings (id, title, a note, a quote not yet located), end to end. */
  readonly text: string;
  /** Where each of those strings ends in `text`. */
  readonly ends: Uint32Array;
  /** Per event: startMs, endMs, quoteStart, quote length, confidence (NaN when it has none). */
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
/** The quote travels in `text`: its place in the source text is not known (yet). */
const HAS_QUOTE_TEXT = 512;
const NUMBERS = 5;

/**
 * Packs the events of a dataset. A quote whose place is known is not packed: it is the source
 * text's passage at its quoteStart (TimelineEvent's invariant), and the page reads it there, as
 * the source text travels anyway. A quote not located yet travels with the event's own strings.
 */
export function packEvents(events: readonly TimelineEvent[]): PackedEvents {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const refs: number[] = [];
  const ref = (s: string) => {
    let k = sharedIndex.get(s);
    if (k === undefined) sharedIndex.set(s, (k = shared.push(s) - 1));
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
    if (e.quoteStart < 0) own(e.quote);
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
    numbers[i * NUMBERS + 2] = e.quoteStart;
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
      (e.quoteStart < 0 ? HAS_QUOTE_TEXT : 0);
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
}

/** A message for the page, and the buffers to transfer with it (not copied). */
export interface Reply {
  readonly reply: WorkerReply;
  readonly transfer: ArrayBuffer[];
}

function packedReply({ source, categories, extent, events }: UncheckedDataset, quotesChecked: boolean): Reply {
  const p = packEvents(events);
  const transfer = [p.refs.buffer, p.ends.buffer, p.numbers.buffer, p.lengths.buffer, p.flags.buffer];
  return {
    reply: { ok: true, source, categories, extent, packed: p, quotesChecked },
    transfer: transfer as ArrayBuffer[],
  };
}

/** The parse worker's answer for a dataset checked whole (quotes and all), or for its problems. */
export function workerReply(result: DatasetResult): Reply {
  return result.ok ? packedReply(result.dataset, true) : { reply: result, transfer: [] };
}

/** The parse worker's first answer for a dataset whose quotes it checks next. */
export function uncheckedReply(dataset: UncheckedDataset): Reply {
  return packedReply(dataset, false);
}

/** The parse worker's last answer for a dataset it answered first unchecked. */
export function quotesCheckedReply({ starts, issues }: QuotesChecked): Reply {
  return { reply: { kind: 'quotes-checked', starts, issues }, transfer: [starts.buffer as ArrayBuffer] };
}

/** The events again; `sourceText` is their dataset's source text. */
export function unpackEvents(p: PackedEvents, sourceText: string): TimelineEvent[] {
  const { shared, refs, text, ends, numbers, lengths, flags } = p;
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
    const quoteStart = numbers[i * NUMBERS + 2]!;
    const quote = f & HAS_QUOTE_TEXT ? next() : sourceText.slice(quoteStart, quoteStart + numbers[i * NUMBERS + 3]!);
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
