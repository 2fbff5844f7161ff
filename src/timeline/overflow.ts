import { lowerBound } from './search';

/**
 * Counts of the events that found no lane at this zoom, for the strip under the lanes: one count
 * per tick interval (a button that zooms into it) and one per thin column (drawn on a canvas as
 * density). Events are counted where they start. O((ticks + columns) log n) per view.
 */

export interface OverflowBucket {
  readonly startMs: number;
  readonly endMs: number;
  readonly leftPx: number;
  readonly widthPx: number;
  readonly count: number;
}

export interface OverflowSummary {
  readonly buckets: readonly OverflowBucket[];
  /** Events starting in each COLUMN_PX-wide column of the plot. */
  readonly columns: Uint32Array;
  readonly inView: number;
}

export const COLUMN_PX = 2;

export function summarizeOverflow(
  startsMs: Float64Array,
  viewStartMs: number,
  viewEndMs: number,
  widthPx: number,
  tickMs: readonly number[],
): OverflowSummary {
  const msPerPx = (viewEndMs - viewStartMs) / widthPx;
  const count = (a: number, b: number) => lowerBound(startsMs, b) - lowerBound(startsMs, a);
  const edges = [viewStartMs, ...tickMs.filter((t) => t > viewStartMs && t < viewEndMs), viewEndMs];
  const buckets: OverflowBucket[] = [];
  for (let i = 1; i < edges.length; i++) {
    const [a, b] = [edges[i - 1]!, edges[i]!];
    const n = count(a, b);
    if (n > 0)
      buckets.push({ startMs: a, endMs: b, leftPx: (a - viewStartMs) / msPerPx, widthPx: (b - a) / msPerPx, count: n });
  }
  const columns = new Uint32Array(Math.ceil(widthPx / COLUMN_PX));
  let previous = lowerBound(startsMs, viewStartMs);
  for (let c = 0; c < columns.length; c++) {
    const next = lowerBound(startsMs, viewStartMs + (c + 1) * COLUMN_PX * msPerPx);
    columns[c] = next - previous;
    previous = next;
  }
  return { buckets, columns, inView: count(viewStartMs, viewEndMs) };
}

/**
 * A count as the strip shows it, with a comma between thousands ("12,345"), as en-GB writes it.
 * Written out, not toLocaleString: the page's first call of that (the strip's, as a large dataset
 * is first drawn) loads the locale's data, tens of ms.
 */
export function countLabel(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
