/**
 * The order of extents by start, then end, ties kept in input order: a stable natural merge sort
 * of their indices that yields after about `slice` indices moved, so that 100,000 extents can be
 * sorted between frames. (Sorting the indices at once with a comparator took about 20 ms there.)
 *
 * It finds the runs already in order and merges them, so it is quickest on extents nearly in
 * order. A layout's are, in a few interleaved sequences (points' extents start a fixed time before
 * their events, bars' at them, flipped labels' earlier still): `initial` lists the indices
 * sequence by sequence, each nearly in order, disordered among neighbours (events sharing a start,
 * whose labels differ) and by a few far out of place (among events dated to a month or a year,
 * that share its first day). Those few are set aside and sorted on their own, so the sort is a
 * handful of runs (one per sequence, ending at `sequenceEnds`, and those set aside), merged in a
 * few passes. Any input is still sorted: past a share of them set
 * aside, a run ends where its order does (RUN long at least, by insertion).
 */
export function* extentOrderSteps(
  starts: Float64Array,
  ends: Float64Array,
  slice: number,
  /** Every index once, in the order to start from; input order when not given. (It is sorted in place.) */
  initial?: Uint32Array,
  /** Where each sequence in `initial` ends: no run spans two. */
  sequenceEnds: readonly number[] = [],
): Generator<void, Uint32Array> {
  const n = starts.length;
  let order: Uint32Array = initial ?? new Uint32Array(n).map((_, i) => i);
  let other: Uint32Array = new Uint32Array(n);

  const runs = new Runs(starts, ends, order, sequenceEnds);
  while (!runs.step(slice)) yield;

  // Merge neighbouring runs until one is left.
  let moved = 0;
  for (let bounds = runs.bounds; bounds.length > 2;) {
    const merged = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r]!;
      const mid = bounds[r + 1]!;
      const hi = bounds[r + 2] ?? mid;
      merge(starts, ends, order, other, lo, mid, hi);
      merged.push(hi);
      moved += hi - lo;
      if (moved >= slice) {
        moved = 0;
        yield;
      }
    }
    [order, other] = [other, order];
    bounds = merged;
  }
  return order;
}

/** Indices put in order by insertion, at least, before a run may end. */
const RUN = 32;
/** The furthest back an index is moved by insertion to keep a run going. */
const MAX_BACK = 64;
/** The share of the indices (1 / ASIDE_SHARE) that may be set aside, out of their runs. */
const ASIDE_SHARE = 16;

// The loops below are plain functions' and methods', which V8 optimises while they run, not the
// generator's (see layoutSteps), and they compare starts inline: most comparisons end there.

/**
 * Rearranges the indices, in place, into runs in order (their ends in `bounds`), then the ones set
 * aside, sorted, as the last run. Each run grows by insertion while the next index belongs less
 * than MAX_BACK places before its end; one further back is set aside while there is room (a
 * share of them all), and otherwise starts the next run.
 */
class Runs {
  /** Where each run starts, and where the last ends. */
  readonly bounds = [0];
  private readonly aside: number[] = [];
  private readonly asideMax: number;
  /** The next index to take is order[read]; the runs so far fill order[0, write). */
  private read = 0;
  private write = 0;
  /** Where the run being grown starts. */
  private lo = 0;
  /** The next of `sequenceEnds` to come. */
  private sequence = 0;

  constructor(
    private readonly starts: Float64Array,
    private readonly ends: Float64Array,
    private readonly order: Uint32Array,
    private readonly sequenceEnds: readonly number[],
  ) {
    this.asideMax = Math.max(RUN, Math.floor(order.length / ASIDE_SHARE));
  }

  /** Takes up to `count` more indices; true once all are taken and the runs are ready. */
  step(count: number): boolean {
    const { starts, ends, order, aside } = this;
    const n = order.length;
    const stop = Math.min(n, this.read + count);
    let { read, write, lo } = this;
    while (read < stop) {
      if (read === this.sequenceEnds[this.sequence]) {
        this.sequence++;
        if (write > lo) this.bounds.push(write);
        lo = write;
      }
      const x = order[read++]!;
      // Already in its place, as most are (or the first of a run).
      if (write === lo || starts[x]! > starts[order[write - 1]!]!) {
        order[write++] = x;
        continue;
      }
      const floor = write - lo < RUN ? lo : Math.max(lo, write - MAX_BACK);
      let j = write - 1;
      while (j >= floor && before(starts, ends, x, order[j]!)) j--;
      if (j < floor && floor > lo && before(starts, ends, x, order[floor - 1]!)) {
        if (aside.length < this.asideMax) aside.push(x);
        else {
          this.bounds.push(write);
          lo = write;
          order[write++] = x;
        }
        continue;
      }
      // Insertion: write < read, so what is moved up has been taken already.
      for (let k = write; k > j + 1; k--) order[k] = order[k - 1]!;
      order[j + 1] = x;
      write++;
    }
    this.read = read;
    this.write = write;
    this.lo = lo;
    if (read < n) return false;
    if (write > lo) this.bounds.push(write);
    if (aside.length > 0) {
      aside.sort((a, b) => (before(starts, ends, a, b) ? -1 : 1));
      order.set(aside, write);
      this.bounds.push(n);
    }
    return true;
  }
}

/**
 * Whether extent a goes strictly before extent b: by start, then end, then index. (`initial` may
 * list the indices out of input order; the index keeps the sort stable.)
 */
function before(starts: Float64Array, ends: Float64Array, a: number, b: number): boolean {
  return (
    starts[a]! < starts[b]! || (starts[a] === starts[b] && (ends[a]! < ends[b]! || (ends[a] === ends[b] && a < b)))
  );
}

/** Merges the runs order[lo, mid) and order[mid, hi) into other[lo, hi); a run alone, or two already in order, is copied. */
function merge(
  starts: Float64Array,
  ends: Float64Array,
  order: Uint32Array,
  other: Uint32Array,
  lo: number,
  mid: number,
  hi: number,
): void {
  if (mid === hi || !before(starts, ends, order[mid]!, order[mid - 1]!)) {
    other.set(order.subarray(lo, hi), lo);
    return;
  }
  // The left run's indices that go before the right run's first (found by binary search) are
  // copied as they are: a run of flipped labels, say, starts near the end of the others.
  let i = lo;
  for (let last = mid - 1; i < last;) {
    const m = (i + last) >> 1;
    if (before(starts, ends, order[m]!, order[mid]!)) i = m + 1;
    else last = m;
  }
  other.set(order.subarray(lo, i), lo);
  let j = mid;
  let k = i;
  let a = order[i]!;
  let b = order[j]!;
  let startA = starts[a]!;
  let startB = starts[b]!;
  for (;;) {
    if (startB < startA || (startB === startA && before(starts, ends, b, a))) {
      other[k++] = b;
      if (++j === hi) break;
      b = order[j]!;
      startB = starts[b]!;
    } else {
      other[k++] = a;
      if (++i === mid) break;
      a = order[i]!;
      startA = starts[a]!;
    }
  }
  other.set(order.subarray(i, mid), k);
  other.set(order.subarray(j, hi), k + mid - i);
}
