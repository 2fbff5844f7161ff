/** How many times each text is run, and the figures drawn from the runs. Pure. */
import { median, percentile } from '../stats';
import { KB, MB } from './inputs';

export interface RunPlan {
  /**
   * Runs thrown away first, at least this many and for at least `warmupMs`, so the JIT has
   * compiled the hot paths. On a 10 KB text three warm-ups were not enough: runs went on falling
   * from 30 to 7 ms over the next dozen.
   */
  readonly warmups: number;
  readonly warmupMs: number;
  readonly runs: number;
}

/** At least 5 timed runs below 1 MB and 3 at 1 MB; `--quick` keeps to those floors. */
export function planFor(bytes: number, quick: boolean): RunPlan {
  if (bytes >= MB) return quick ? { warmups: 1, warmupMs: 0, runs: 3 } : { warmups: 1, warmupMs: 0, runs: 5 };
  return quick ? { warmups: 3, warmupMs: 500, runs: 5 } : { warmups: 3, warmupMs: 1500, runs: 11 };
}

/** Calls `run` until the plan's warm-up is done: both the count and the time. */
export async function warmUp(plan: RunPlan, run: () => unknown | Promise<unknown>): Promise<void> {
  const t0 = performance.now();
  for (let i = 0; i < plan.warmups || performance.now() - t0 < plan.warmupMs; i++) await run();
}

export interface Timing {
  readonly samplesMs: readonly number[];
  readonly medianMs: number;
  readonly p95Ms: number;
}

export function timing(samplesMs: readonly number[]): Timing {
  return { samplesMs, medianMs: median(samplesMs), p95Ms: percentile(samplesMs, 95) };
}

/** Milliseconds per 100 KB of UTF-8 text: flat across sizes when the cost grows linearly. */
export function msPer100Kb(ms: number, bytes: number): number {
  return (ms * 100 * KB) / bytes;
}
