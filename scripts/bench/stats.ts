/** Small statistics for benchmark figures. Pure, so it can be unit-tested. */

/** The median of the numbers; NaN for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The nearest-rank percentile `p` (0-100) of the numbers; NaN for none. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1]!;
}

/** Differences between consecutive timestamps. */
export function intervals(timestampsMs: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < timestampsMs.length; i++) out.push(timestampsMs[i]! - timestampsMs[i - 1]!);
  return out;
}

export interface FrameStats {
  /** How many frame intervals the figures come from. */
  readonly intervals: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

/** p50, p95 and the longest interval between requestAnimationFrame callbacks. */
export function frameStats(frameTimesMs: readonly number[]): FrameStats {
  const gaps = intervals(frameTimesMs);
  return {
    intervals: gaps.length,
    p50Ms: percentile(gaps, 50),
    p95Ms: percentile(gaps, 95),
    maxMs: gaps.length === 0 ? NaN : Math.max(...gaps),
  };
}
