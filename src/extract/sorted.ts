/** The index of the first span starting at or after `start`, in spans sorted by start (binary search). */
export function firstAtOrAfter(spans: readonly { readonly start: number }[], start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
