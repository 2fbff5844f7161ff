/**
 * The order of extents by start, then end, ties kept in input order: a stable merge sort of their
 * indices that yields after about `slice` indices moved, so that 100,000 extents can be sorted
 * between frames. (Sorting the indices at once with a comparator took about 20 ms there, the one
 * step of a layout that could not be cut.) Runs of RUN indices are first put in order by
 * insertion, which is quick for extents already nearly in order, as a dataset's are; a merge of
 * two runs already in order is a copy.
 */
export function* extentOrderSteps(
  starts: Float64Array,
  ends: Float64Array,
  slice: number,
): Generator<void, Uint32Array> {
  const n = starts.length;
  let order = new Uint32Array(n);
  let other = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  /** Whether extent a goes strictly before extent b. */
  const before = (a: number, b: number) => starts[a]! < starts[b]! || (starts[a] === starts[b] && ends[a]! < ends[b]!);
  let moved = 0;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(n, lo + RUN);
    for (let i = lo + 1; i < hi; i++) {
      const x = order[i]!;
      let j = i - 1;
      for (; j >= lo && before(x, order[j]!); j--) order[j + 1] = order[j]!;
      order[j + 1] = x;
    }
    moved += hi - lo;
    if (moved >= slice) {
      moved = 0;
      yield;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      if (mid === hi || !before(order[mid]!, order[mid - 1]!)) other.set(order.subarray(lo, hi), lo);
      else {
        let i = lo;
        let j = mid;
        let k = lo;
        // The left run's index wins a tie, which keeps the sort stable.
        while (i < mid && j < hi) other[k++] = before(order[j]!, order[i]!) ? order[j++]! : order[i++]!;
        while (i < mid) other[k++] = order[i++]!;
        while (j < hi) other[k++] = order[j++]!;
      }
      moved += hi - lo;
      if (moved >= slice) {
        moved = 0;
        yield;
      }
    }
    [order, other] = [other, order];
  }
  return order;
}

/** Indices put in order by insertion before merging. */
const RUN = 32;
