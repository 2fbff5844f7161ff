import type { GestureResult } from './gestures';
import type { RunResult } from './measure';
import { median } from './stats';

/** The median of several runs of one app on one dataset, or why there is no figure. */

export type GestureSummary = Omit<GestureResult, 'intervals' | 'durationMs'>;

export type Summary =
  | {
      readonly status: 'ok';
      readonly runs: number;
      readonly readyMs: number;
      /** Null for a run recorded before the benchmark read it. */
      readonly interactiveMs: number | null;
      readonly dataLoadedMs: number | null;
      readonly loadLongestTaskMs: number;
      readonly heapMB: number;
      readonly domNodes: number;
      readonly zoom: GestureSummary;
      readonly pan: GestureSummary;
      /** Null where the page has no search box or filters (or an older run did not measure them). */
      readonly search: GestureSummary | null;
      readonly filter: GestureSummary | null;
    }
  | { readonly status: 'dnf'; readonly limitMs: number; readonly note: string; readonly okRuns: number }
  | { readonly status: 'error'; readonly message: string; readonly okRuns: number }
  | { readonly status: 'skipped' };

function gestureMedian(gs: readonly GestureResult[]): GestureSummary {
  const m = (f: (g: GestureResult) => number) => median(gs.map(f));
  return {
    steps: m((g) => g.steps),
    plannedSteps: gs[0]!.plannedSteps,
    p50Ms: m((g) => g.p50Ms),
    p95Ms: m((g) => g.p95Ms),
    maxMs: m((g) => g.maxMs),
    longTasks: m((g) => g.longTasks),
    longestTaskMs: m((g) => g.longestTaskMs),
  };
}

/** The median of a gesture some pages do not have: null unless every run has it. */
function optionalMedian(gs: readonly (GestureResult | null | undefined)[]): GestureSummary | null {
  const present = gs.filter((g): g is GestureResult => g !== null && g !== undefined);
  return present.length > 0 && present.length === gs.length ? gestureMedian(present) : null;
}

/** Each figure is the median over the runs; one failed run makes the case a failure. */
export function summarise(runs: readonly RunResult[]): Summary {
  const ok = runs.flatMap((r) => (r.status === 'ok' ? [r] : []));
  const failed = runs.find((r) => r.status !== 'ok');
  if (runs.length === 0) return { status: 'skipped' };
  if (failed?.status === 'dnf') return { ...failed, okRuns: ok.length };
  if (failed?.status === 'error') return { ...failed, okRuns: ok.length };
  const m = (f: (r: (typeof ok)[number]) => number) => median(ok.map(f));
  const loaded = ok.map((r) => r.dataLoadedMs).filter((x): x is number => x !== null);
  return {
    status: 'ok',
    runs: ok.length,
    readyMs: m((r) => r.readyMs),
    interactiveMs: ok.every((r) => typeof r.interactiveMs === 'number') ? m((r) => r.interactiveMs) : null,
    dataLoadedMs: loaded.length === ok.length ? median(loaded) : null,
    loadLongestTaskMs: m((r) => r.loadLongestTaskMs),
    heapMB: m((r) => r.heapMB),
    domNodes: m((r) => r.domNodes),
    zoom: gestureMedian(ok.map((r) => r.zoom)),
    pan: gestureMedian(ok.map((r) => r.pan)),
    search: optionalMedian(ok.map((r) => r.search)),
    filter: optionalMedian(ok.map((r) => r.filter)),
  };
}
