import { MinHeap } from './heap';
import { runToEnd } from '../data/steps';

/**
 * Assigns each extent [startsMs[i], endsMs[i]) the lowest-numbered lane that is free at its start,
 * so extents that overlap in time never share a lane. O(n log n). The extents must be sorted by
 * start. Returns the lane of each extent (-1 for one that found no lane below `maxLanes`) and how
 * many lanes were used.
 */
export function assignLanes(
  startsMs: ArrayLike<number>,
  endsMs: ArrayLike<number>,
  maxLanes = Infinity,
): { lanes: Int32Array; laneCount: number } {
  return runToEnd(assignLanesSteps(startsMs, endsMs, maxLanes, Infinity));
}

/** assignLanes in slices of `slice` extents, yielding between them, for layout in idle time. */
export function* assignLanesSteps(
  startsMs: ArrayLike<number>,
  endsMs: ArrayLike<number>,
  maxLanes: number,
  slice: number,
): Generator<void, { lanes: Int32Array; laneCount: number }> {
  const busy = new MinHeap<{ endMs: number; lane: number }>((a, b) => a.endMs < b.endMs);
  const free = new MinHeap<number>((a, b) => a < b);
  const lanes = new Int32Array(startsMs.length);
  let laneCount = 0;
  for (let i = 0; i < startsMs.length; i++) {
    if (i > 0 && i % slice === 0) yield;
    const start = startsMs[i]!;
    while (busy.size > 0 && busy.peek()!.endMs <= start) free.push(busy.pop()!.lane);
    const lane = free.size > 0 ? free.pop()! : laneCount < maxLanes ? laneCount++ : -1;
    lanes[i] = lane;
    if (lane >= 0) busy.push({ endMs: endsMs[i]!, lane });
  }
  return { lanes, laneCount };
}
