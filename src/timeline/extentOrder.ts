/**
 * The order of extents by start, then end, ties kept in input order: a stable natural merge sort
 * of their indices that yields after about `slice` indices moved, so that 100,000 extents can be
 * sorted between frames. (Sorting the indices at once with a comparator took about 20 ms there.)
 *
 * It finds the runs already in order and merges them, so it is quickest on extents nearly in
 * order. A layout's are, in a few interleaved sequences (points' extents start a fixed time before
 * their events, bars' at them, flipped labels' earlier still): `initial` lists the indices
 * sequence by sequence, each a few long runs, disordered only among neighbours (events sharing a
 * start, whose labels differ), and the sort is a few passes over them instead of one per doubling
 * of run length. Any input is still sorted: a run is only as long as its order allows (RUN at
 * least, by insertion).
 */
export function* extentOrderSteps(
  starts: Float64Array,
  ends: Float64Array,
  slice: number,
  /** Every index once, in the order to start from; input order when not given. (It is sorted in place.) */
  initial?: Uint32Array,
): Generator<void, Uint32Array> {
  const n = starts.length;
  let order: Uint32Array = initial ?? new Uint32Array(n).map((_, i) => i);
  let other: Uint32Array = new Uint32Array(n);

  // Runs: each grows while the next index belongs less than MAX_BACK places before its end.
  const bounds = [0];
  let moved = 0;
  for (let lo = 0; lo < n;) {
    let hi = lo + 1;
    for (;;) {
      const stop = Math.min(n, hi + slice);
      const end = growRun(starts, ends, order, lo, hi, stop);
      moved += end - hi;
      hi = end;
      if (hi < stop || hi === n) break;
      moved = 0;
      yield;
    }
    bounds.push(hi);
    lo = hi;
    if (moved >= slice) {
      moved = 0;
      yield;
    }
  }

  // Merge neighbouring runs until one is left.
  for (let runs = bounds; runs.length > 2;) {
    const merged = [0];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const lo = runs[r]!;
      const mid = runs[r + 1]!;
      const hi = runs[r + 2] ?? mid;
      merge(starts, ends, order, other, lo, mid, hi);
      merged.push(hi);
      moved += hi - lo;
      if (moved >= slice) {
        moved = 0;
        yield;
      }
    }
    [order, other] = [other, order];
    runs = merged;
  }
  return order;
}

/** Indices put in order by insertion, at least, before a run may end. */
const RUN = 32;
/** The furthest back an index is moved by insertion to keep a run going. */
const MAX_BACK = 64;

// The loops below are plain functions', which V8 optimises while they run, not the generator's
// (see layoutSteps), and they compare starts inline: most comparisons are decided by them.

/**
 * Whether extent a goes strictly before extent b: by start, then end, then index. (`initial` may
 * list the indices out of input order; the index keeps the sort stable.)
 */
function before(starts: Float64Array, ends: Float64Array, a: number, b: number): boolean {
  return (
    starts[a]! < starts[b]! || (starts[a] === starts[b] && (ends[a]! < ends[b]! || (ends[a] === ends[b] && a < b)))
  );
}

/**
 * Extends the run order[lo, hi), already in order, with the indices up to `stop`, each put in its
 * place by insertion; stops before an index that would move more than MAX_BACK places (once the
 * run is RUN long). Returns where the run ends.
 */
function growRun(
  starts: Float64Array,
  ends: Float64Array,
  order: Uint32Array,
  lo: number,
  hi: number,
  stop: number,
): number {
  for (; hi < stop; hi++) {
    const x = order[hi]!;
    // Already in its place, as most are.
    if (starts[x]! > starts[order[hi - 1]!]!) continue;
    const floor = hi - lo < RUN ? lo : Math.max(lo, hi - MAX_BACK);
    let j = hi - 1;
    while (j >= floor && before(starts, ends, x, order[j]!)) j--;
    if (j < floor && floor > lo && before(starts, ends, x, order[floor - 1]!)) return hi;
    for (let k = hi; k > j + 1; k--) order[k] = order[k - 1]!;
    order[j + 1] = x;
  }
  return hi;
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
