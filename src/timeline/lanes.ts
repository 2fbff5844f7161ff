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
  const { laneCount, withLane, laneOf } = runToEnd(assignLanesSteps(startsMs, endsMs, maxLanes, Infinity));
  const lanes = new Int32Array(startsMs.length).fill(-1);
  withLane.forEach((k, w) => (lanes[k] = laneOf[w]!));
  return { lanes, laneCount };
}

/**
 * assignLanes in slices of `slice` extents, yielding between them, for layout in idle time. With
 * `order`, the extents are taken in that order (it lists their indices, sorted by start), and
 * `lanes` and `withLane` are by place in it.
 */
export function* assignLanesSteps(
  startsMs: ArrayLike<number>,
  endsMs: ArrayLike<number>,
  maxLanes: number,
  slice: number,
  order: ArrayLike<number> = Uint32Array.from({ length: startsMs.length }, (_, i) => i),
): Generator<void, LaneAssignment> {
  const lanes = new LaneAssigner(startsMs, endsMs, order, maxLanes);
  for (let from = 0; from < startsMs.length; from += slice) {
    if (from > 0) yield;
    lanes.assign(from, Math.min(startsMs.length, from + slice));
  }
  return { laneCount: lanes.laneCount, withLane: lanes.withLane, laneOf: lanes.laneOf };
}

/** The extents that have a lane, and their lanes; the rest have none. */
export interface LaneAssignment {
  readonly laneCount: number;
  /** Where the extents that have a lane are (their places in `order`, when given), in order: at 100,000 events, a few hundred. */
  readonly withLane: readonly number[];
  /** The lane of each of those. */
  readonly laneOf: readonly number[];
}

/**
 * Assigns lanes a range of extents at a time: a plain method's loop, which V8 optimises while it
 * runs, not a generator's (see layoutSteps).
 */
class LaneAssigner {
  laneCount = 0;
  readonly withLane: number[] = [];
  readonly laneOf: number[] = [];
  private readonly busy = new MinHeap<{ endMs: number; lane: number }>((a, b) => a.endMs < b.endMs);
  private readonly free = new MinHeap<number>((a, b) => a < b);

  constructor(
    private readonly startsMs: ArrayLike<number>,
    private readonly endsMs: ArrayLike<number>,
    private readonly order: ArrayLike<number>,
    private readonly maxLanes: number,
  ) {}

  /** Assigns extents [from, to), in order. */
  assign(from: number, to: number): void {
    const { startsMs, endsMs, order, busy, free } = this;
    for (let i = from; i < to; i++) {
      const start = startsMs[order[i]!]!;
      while (busy.size > 0 && busy.peek()!.endMs <= start) free.push(busy.pop()!.lane);
      if (free.size === 0 && this.laneCount >= this.maxLanes) {
        // Every lane is taken until the first of them ends: the extents starting before then find
        // none (most of 100,000 events at the widest zoom), with no heap to look at for each.
        const freeAtMs = busy.size > 0 ? busy.peek()!.endMs : Infinity;
        while (i < to && startsMs[order[i]!]! < freeAtMs) i++;
        i--;
        continue;
      }
      const lane = free.size > 0 ? free.pop()! : this.laneCount++;
      this.withLane.push(i);
      this.laneOf.push(lane);
      busy.push({ endMs: endsMs[order[i]!]!, lane });
    }
  }
}
