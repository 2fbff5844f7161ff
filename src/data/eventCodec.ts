import type { MarkShape, TimelineEvent } from './dataset';

/**
 * Events packed for the trip from the parse worker to the page. Structured clone rebuilds
 * 100,000 events field by field, a third of a second on the page's thread; packed, their strings
 * travel end to end as one string and their numbers in typed arrays (transferred, not copied),
 * and the page rebuilds the events in a fraction of that.
 */
export interface PackedEvents {
  readonly count: number;
  /** Every string of every event, end to end, in the order `pack` writes them. */
  readonly text: string;
  /** Where each of those strings ends in `text`. */
  readonly ends: Uint32Array;
  /** Per event: startMs, endMs, quoteStart, and the quote's length when it is read from the source text. */
  readonly numbers: Float64Array;
  /** Per event: how many categories, then how many actors. */
  readonly lengths: Uint32Array;
  /** Per event: the shape's index in SHAPES, plus the FLAG bits. */
  readonly flags: Uint8Array;
}

const SHAPES: readonly MarkShape[] = ['point', 'period', 'range'];
const OPEN_START = 4;
const OPEN_END = 8;
const HAS_NOTE = 16;
/** The quote is sent as a string, not read from the source text at quoteStart. */
const QUOTE_SENT = 32;
const NUMBERS = 4;

/**
 * Packs `events`. A quote found in `sourceText` at its quoteStart (every quote of a valid
 * dataset) is not packed: the page reads it from the source text, which travels anyway.
 */
export function packEvents(events: readonly TimelineEvent[], sourceText: string): PackedEvents {
  const parts: string[] = [];
  const ends: number[] = [];
  let at = 0;
  const add = (s: string) => {
    parts.push(s);
    ends.push((at += s.length));
  };
  const numbers = new Float64Array(events.length * NUMBERS);
  const lengths = new Uint32Array(events.length * 2);
  const flags = new Uint8Array(events.length);
  events.forEach((e, i) => {
    add(e.id);
    add(e.title);
    add(e.date);
    const quoteSent = !sourceText.startsWith(e.quote, e.quoteStart);
    if (quoteSent) add(e.quote);
    add(e.dateLabel);
    add(e.attribution);
    if (e.note !== undefined) add(e.note);
    for (const c of e.categories) add(c);
    for (const a of e.actors) add(a);
    numbers[i * NUMBERS] = e.startMs;
    numbers[i * NUMBERS + 1] = e.endMs;
    numbers[i * NUMBERS + 2] = e.quoteStart;
    numbers[i * NUMBERS + 3] = e.quote.length;
    lengths[i * 2] = e.categories.length;
    lengths[i * 2 + 1] = e.actors.length;
    flags[i] =
      SHAPES.indexOf(e.shape) |
      (e.openStart ? OPEN_START : 0) |
      (e.openEnd ? OPEN_END : 0) |
      (e.note !== undefined ? HAS_NOTE : 0) |
      (quoteSent ? QUOTE_SENT : 0);
  });
  return { count: events.length, text: parts.join(''), ends: Uint32Array.from(ends), numbers, lengths, flags };
}

/** The buffers to transfer with a packed message. */
export function packedBuffers(p: PackedEvents): ArrayBuffer[] {
  return [p.ends.buffer, p.numbers.buffer, p.lengths.buffer, p.flags.buffer] as ArrayBuffer[];
}

/** The events again; `sourceText` is the one they were packed with. */
export function unpackEvents(p: PackedEvents, sourceText: string): TimelineEvent[] {
  const { text, ends, numbers, lengths, flags } = p;
  let k = 0;
  let from = 0;
  const next = () => text.slice(from, (from = ends[k++]!));
  const list = (n: number) => {
    const out = new Array<string>(n);
    for (let j = 0; j < n; j++) out[j] = next();
    return out;
  };
  const events = new Array<TimelineEvent>(p.count);
  for (let i = 0; i < p.count; i++) {
    const f = flags[i]!;
    const id = next();
    const title = next();
    const date = next();
    const quoteStart = numbers[i * NUMBERS + 2]!;
    const quote = f & QUOTE_SENT ? next() : sourceText.slice(quoteStart, quoteStart + numbers[i * NUMBERS + 3]!);
    const dateLabel = next();
    const attribution = next();
    const note = f & HAS_NOTE ? next() : undefined;
    const categories = list(lengths[i * 2]!);
    const actors = list(lengths[i * 2 + 1]!);
    // Fields in the order the dataset builds them, so every event has one shape.
    events[i] = {
      id,
      title,
      date,
      categories,
      actors,
      attribution,
      quote,
      note,
      startMs: numbers[i * NUMBERS]!,
      endMs: numbers[i * NUMBERS + 1]!,
      shape: SHAPES[f & 3]!,
      dateLabel,
      openStart: (f & OPEN_START) !== 0,
      openEnd: (f & OPEN_END) !== 0,
      quoteStart,
    };
  }
  return events;
}
