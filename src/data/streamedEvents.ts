import { sortedOrder, timelineEvent, type TimelineEvent } from './dataset';
import { createPacker, type PackedEvents } from './eventPacker';
import { createDatePlacer, spanIn, type DatePlacement, type Extent } from './placement';
import { NOT_FOUND } from './quoteCheck';
import type { EventInput } from './schema';

/**
 * The events of a file the parse worker reads as it streams in (streamParse.ts): placed on the
 * time axis and packed for the page a run at a time, in the file's order, as they pass their check,
 * so that the packing is done while the file still downloads; then, once the whole file has
 * passed, where each one goes in the dataset's order. Worker-only.
 *
 * Until the data's extent is known, an event whose side is open (..) is placed by its own span; the
 * end says where those go (`moved`), and the page moves them.
 */

/** Events with a side open to the data's edge, by their index in the file, and where they go. */
export interface Moved {
  readonly index: Int32Array;
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
}

export interface StreamedEvents {
  /** Events that passed their check, next in the file's order: packed once enough have gathered. */
  add(events: readonly EventInput[]): PackedEvents | null;
  /** Whatever has gathered, packed; null when nothing has. */
  flush(): PackedEvents | null;
  /** Once every event is in and the file has passed: the extent, each event's place in the dataset's order, the events moved. */
  finish(): { extent: Extent; order: Int32Array; moved: Moved };
}

/** Events are packed this many at a time (a few ms of packing, and of unpacking on the page). */
const EVENTS_PER_PACK = 4_000;

export function createStreamedEvents(eventsPerPack = EVENTS_PER_PACK): StreamedEvents {
  const placer = createDatePlacer();
  const packer = createPacker();
  let gathered: TimelineEvent[] = [];
  // By index in the file: where each event goes (to sort them), and its date's placement.
  const keys: { startMs: number; endMs: number; readonly id: string }[] = [];
  const placements: DatePlacement[] = [];
  const flush = () => {
    if (gathered.length === 0) return null;
    const packed = packer.pack(gathered);
    gathered = [];
    return packed;
  };
  return {
    add(events) {
      for (const e of events) {
        const p = placer.place(e.date);
        const start = p.ownStartMs;
        const end = Math.max(p.ownEndMs, start + 1);
        keys.push({ startMs: start, endMs: end, id: e.id });
        placements.push(p);
        gathered.push(
          timelineEvent(e, {
            startMs: start,
            endMs: end,
            shape: p.shape,
            dateLabel: p.dateLabel,
            openStart: p.openStart,
            openEnd: p.openEnd,
            quoteStart: NOT_FOUND,
          }),
        );
      }
      return gathered.length >= eventsPerPack ? flush() : null;
    },
    flush,
    finish() {
      const extent = placer.extent();
      const index: number[] = [];
      const movedStart: number[] = [];
      const movedEnd: number[] = [];
      for (let k = 0; k < placements.length; k++) {
        const p = placements[k]!;
        if (!p.toDataStart && !p.toDataEnd) continue;
        const span = spanIn(p, extent);
        keys[k]!.startMs = span.startMs;
        keys[k]!.endMs = span.endMs;
        index.push(k);
        movedStart.push(span.startMs);
        movedEnd.push(span.endMs);
      }
      const order = sortedOrder(keys.length, (k) => keys[k]!);
      return {
        extent,
        order,
        moved: {
          index: Int32Array.from(index),
          startMs: Float64Array.from(movedStart),
          endMs: Float64Array.from(movedEnd),
        },
      };
    },
  };
}
