import { eventsLabel, failure, kB, ms, ratio } from './format';
import type { BenchMeta, CaseResult } from './report';
import type { GestureSummary } from './summary';

/** The targets of issue 6, and whether a run met them. */

export const TARGETS = {
  readyMs100k: 1000,
  heapMB100k: 150,
  frameP95Ms: 16.7,
  /** requestAnimationFrame times jitter by tenths of a ms even on an idle page; this much over still counts as on time. */
  frameSlackMs: 0.8,
  longTaskMs: 50,
  /** The article's time to timeline-ready over vis-timeline's in the same run (issue 13: absolute times drift between days). */
  articleReadyRatio: 0.6,
  /** The viewer's first-load JavaScript (issue 13's decision); authoring, import and export load on demand. */
  jsGzipBytes: 120_000,
} as const;

/** Each target, met or not, from this run's figures. */
export function targetChecks(cases: readonly CaseResult[], meta: BenchMeta): string[] {
  const mark = (ok: boolean | null) => (ok === null ? 'no figure' : ok ? 'met' : 'NOT met');
  const big = cases.find((c) => c.label === '100000' && c.ours.status !== 'skipped');
  const article = cases.find((c) => c.label === 'article');
  const s100k = big?.ours.status === 'ok' ? big.ours : null;
  const lines = [
    `100,000 events ready within ${ms(TARGETS.readyMs100k)} ms: ${mark(big ? s100k !== null && s100k.readyMs <= TARGETS.readyMs100k : null)}` +
      (s100k ? ` (${ms(s100k.readyMs)} ms)` : big ? ` (${failure(big.ours, true)})` : ''),
    `JS heap at 100,000 events under ${TARGETS.heapMB100k} MB: ${mark(s100k ? s100k.heapMB < TARGETS.heapMB100k : null)}` +
      (s100k ? ` (${s100k.heapMB.toFixed(1)} MB)` : ''),
  ];
  for (const c of cases) {
    const s = c.ours;
    if (s.status === 'skipped') continue;
    const smooth = (g: GestureSummary) =>
      g.p95Ms <= TARGETS.frameP95Ms + TARGETS.frameSlackMs && g.longestTaskMs <= TARGETS.longTaskMs;
    const longest = (g: GestureSummary) =>
      g.longTasks === 0 ? 'no long task' : `longest task ${ms(g.longestTaskMs)} ms`;
    const said =
      s.status === 'ok'
        ? `${mark(smooth(s.zoom) && smooth(s.pan))} (zoom p95 ${ms(s.zoom.p95Ms)} ms, ${longest(s.zoom)}; ` +
          `pan p95 ${ms(s.pan.p95Ms)} ms, ${longest(s.pan)})`
        : `no figure (${failure(s, true)})`;
    lines.push(
      `${eventsLabel(c)} events, zoom and pan p95 ≤ ${TARGETS.frameP95Ms} ms (+${TARGETS.frameSlackMs} ms jitter) ` +
        `and no long task over ${TARGETS.longTaskMs} ms: ${said}`,
    );
  }
  const articleBoth = article?.ours.status === 'ok' && article.vis.status === 'ok' ? article : null;
  lines.push(
    `The article's dataset drawn in at most ${TARGETS.articleReadyRatio} of vis-timeline's time: ` +
      (articleBoth?.ours.status === 'ok' && articleBoth.vis.status === 'ok'
        ? `${mark(articleBoth.ours.readyMs <= TARGETS.articleReadyRatio * articleBoth.vis.readyMs)} ` +
          `(${ratio(articleBoth.ours.readyMs, articleBoth.vis.readyMs)}: ${ms(articleBoth.ours.readyMs)} ms against ${ms(articleBoth.vis.readyMs)} ms; ` +
          `interactive ${articleBoth.ours.interactiveMs === null ? '–' : `${ratio(articleBoth.ours.interactiveMs, articleBoth.vis.interactiveMs ?? NaN)}`})`
        : mark(null)),
    `The viewer's first-load JavaScript at most ${kB(TARGETS.jsGzipBytes)} gzip: ${mark(meta.sizes.ours.firstLoadJs.gzip <= TARGETS.jsGzipBytes)} (${kB(meta.sizes.ours.firstLoadJs.gzip)}; ${kB(meta.sizes.ours.js.gzip)} in all, with what loads on demand)`,
  );
  return lines;
}
