import { MinHeap } from './heap';

/** Something that occupies [startMs, endMs) of a lane, labels included. */
export interface Extent {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Assigns each extent the lowest-numbered lane that is free at its start, so extents that
 * overlap in time never share a lane. O(n log n). `extents` must be sorted by startMs.
 * Returns the lane of each extent, in input order (-1 for one that found no lane below
 * `maxLanes`), and how many lanes were used.
 */
export function assignLanes(extents: readonly Extent[], maxLanes = Infinity): { lanes: number[]; laneCount: number } {
  const busy = new MinHeap<{ endMs: number; lane: number }>((a, b) => a.endMs < b.endMs);
  const free = new MinHeap<number>((a, b) => a < b);
  const lanes: number[] = new Array<number>(extents.length);
  let laneCount = 0;
  extents.forEach((e, i) => {
    while (busy.size > 0 && busy.peek()!.endMs <= e.startMs) free.push(busy.pop()!.lane);
    const lane = free.size > 0 ? free.pop()! : laneCount < maxLanes ? laneCount++ : -1;
    lanes[i] = lane;
    if (lane >= 0) busy.push({ endMs: e.endMs, lane });
  });
  return { lanes, laneCount };
}
