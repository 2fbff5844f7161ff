import type { TimelineEvent } from '../data/dataset';
import { keepSteps } from '../data/steps';

/** An event shows when any of its categories is on. */
export function isShown(event: TimelineEvent, active: ReadonlySet<string>): boolean {
  return event.categories.some((c) => active.has(c));
}

/** The events that show under `active`, in their original order. */
export function filterEvents(events: readonly TimelineEvent[], active: ReadonlySet<string>): TimelineEvent[] {
  return events.filter((e) => isShown(e, active));
}

/**
 * filterEvents a slice of `slice` events at a time, yielding between slices, so that 100,000
 * events (about 15 ms) can be filtered between frames.
 */
export function* filterSteps(
  events: readonly TimelineEvent[],
  active: ReadonlySet<string>,
  slice: number,
): Generator<void, TimelineEvent[]> {
  return yield* keepSteps(events, (e) => isShown(e, active), slice);
}

/** Whether two sets of categories hold the same ones. */
export function sameCategories(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const c of a) if (!b.has(c)) return false;
  return true;
}

/** How many events each category has, whatever is filtered. */
export function countByCategory(events: readonly TimelineEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events)
    e.categories.forEach((c, i) => {
      // A category listed twice counts once; no Set per event (100,000 of them cost 40 ms).
      if (e.categories.indexOf(c) === i) counts.set(c, (counts.get(c) ?? 0) + 1);
    });
  return counts;
}

/** Turns one category on or off, leaving the rest as they are. */
export function toggleCategory(active: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(active);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
