/**
 * What the benchmark runs inside the page, as source text: playwright would serialise a
 * function with whatever helpers the TypeScript loader injected into it, which do not exist in
 * the page. Installed before any page script, it keeps every long task since navigation and,
 * between start() and stop(), every requestAnimationFrame timestamp.
 */

export interface LongTask {
  readonly startMs: number;
  readonly durationMs: number;
}

export interface Recording {
  readonly startMs: number;
  readonly endMs: number;
  readonly frameTimesMs: number[];
  /** Long tasks that overlap [startMs, endMs]. */
  readonly longTasks: LongTask[];
}

export const RECORDER_SCRIPT = `(() => {
  const longTasks = [];
  const take = (list) => {
    for (const e of list) longTasks.push({ startMs: e.startTime, durationMs: e.duration });
  };
  let observer = null;
  try {
    observer = new PerformanceObserver((list) => take(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
  } catch (e) {
    observer = null;
  }
  const flush = () => { if (observer) take(observer.takeRecords()); };
  let frames = null;
  let startMs = 0;
  const loop = (t) => {
    if (!frames) return;
    frames.push(t);
    requestAnimationFrame(loop);
  };
  window.__bench = {
    supported: observer !== null,
    longTasks: () => { flush(); return longTasks.slice(); },
    start: () => {
      frames = [];
      startMs = performance.now();
      requestAnimationFrame(loop);
      return startMs;
    },
    stop: () => {
      flush();
      const endMs = performance.now();
      const frameTimesMs = frames || [];
      frames = null;
      return {
        startMs, endMs, frameTimesMs,
        longTasks: longTasks.filter((t) => t.startMs + t.durationMs >= startMs && t.startMs <= endMs),
      };
    },
  };
})();`;
