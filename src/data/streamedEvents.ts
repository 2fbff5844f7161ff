import { timelineEvent, type TimelineEvent } from './dataset';
import { createDatePlacer, spanIn, type DatePlacement, type Extent } from './placement';
import { NOT_FOUND } from './quoteCheck';
import type { EventInput } from './schema';

/**
 * The events of a file read as it streams in (streamParse.ts, streamRead.ts): placed on the time
 * axis and built as they pass their check, in the file's order, so that this is done while the
 * file still downloads; then, once the whole file has passed, put in the dataset's order.
 *
 * Until the data's extent is known, an event whose side is open (..) is placed by its own span;
 * the end moves it to the data's edge, as a dataset read whole places it (dataset.ts).
 */
export interface StreamedEvents {
  /** Events that passed their check, next in the file's order. */
  add(events: readonly EventInput[]): void;
  /**
   * Once every event is in and the file has passed: the extent, the events in the dataset's order,
   * and for each event in the file's order its index among them.
   */
  finish(): { extent: Extent; events: TimelineEvent[]; order: Int32Array };
}

export function createStreamedEvents(): StreamedEvents {
  const placer = createDatePlacer();
  // By index in the file: the event, and its date's placement.
  const built: TimelineEvent[] = [];
  const placements: DatePlacement[] = [];
  // Events that share a date share its placement: each placement's events, by index.
  const byPlacement = new Map<DatePlacement, number[]>();
  return {
    add(events) {
      for (const e of events) {
        const p = placer.place(e.date);
        const startMs = p.ownStartMs;
        const same = byPlacement.get(p);
        if (same) same.push(built.length);
        else byPlacement.set(p, [built.length]);
        placements.push(p);
        built.push(
          timelineEvent(e, {
            startMs,
            endMs: Math.max(p.ownEndMs, startMs + 1),
            shape: p.shape,
            dateLabel: p.dateLabel,
            openStart: p.openStart,
            openEnd: p.openEnd,
            quoteStart: NOT_FOUND,
          }),
        );
      }
    },
    finish() {
      const extent = placer.extent();
      // The dataset's order (by start, then shorter first, then id: sortedOrder in dataset.ts)
      // comes from sorting the placements by where they put an event (9,000 of them for 100,000
      // events), then each one's events by id.
      const groups = Array.from(byPlacement, ([p, events]) => ({ ...spanIn(p, extent), events }));
      const byTime = groups.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
      const byId = (a: number, b: number) => (built[a]!.id < built[b]!.id ? -1 : 1);
      const order = new Int32Array(built.length);
      const events = new Array<TimelineEvent>(built.length);
      let at = 0;
      for (let i = 0; i < byTime.length;) {
        const { startMs, endMs } = byTime[i]!;
        // Placements that put an event at the same span (another date for the same days) sort as one.
        let j = i + 1;
        while (j < byTime.length && byTime[j]!.startMs === startMs && byTime[j]!.endMs === endMs) j++;
        const same = j === i + 1 ? byTime[i]!.events : byTime.slice(i, j).flatMap((g) => g.events);
        for (const k of same.sort(byId)) {
          const p = placements[k]!;
          const e = built[k]!;
          order[k] = at;
          events[at++] = p.toDataStart || p.toDataEnd ? timelineEvent(e, { ...e, startMs, endMs }) : e;
        }
        i = j;
      }
      return { extent, events, order };
    },
  };
}
