import { describe, expect, it } from 'vitest';
import { frameStats, median, percentile } from '../../scripts/bench/stats';
import { summarise } from '../../scripts/bench/summary';
import type { RunOk } from '../../scripts/bench/measure';

describe('benchmark statistics', () => {
  it('median takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('percentile uses the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });

  it('frameStats measures the gaps between frames, so one stall shows in max and not in p50', () => {
    const frames = [0, 16.7, 33.4, 50.1, 550.1, 566.8];
    const s = frameStats(frames);
    expect(s.intervals).toBe(5);
    expect(s.p50Ms).toBeCloseTo(16.7);
    expect(s.maxMs).toBeCloseTo(500);
  });
});

describe('summarise', () => {
  const gesture = {
    intervals: 10,
    p50Ms: 16.7,
    p95Ms: 20,
    maxMs: 30,
    steps: 40,
    plannedSteps: 40,
    durationMs: 900,
    longTasks: 0,
    longestTaskMs: 0,
  };
  const run = (readyMs: number, searchLongestMs: number | null = null): RunOk => ({
    status: 'ok',
    readyMs,
    interactiveMs: readyMs + 50,
    dataLoadedMs: 10,
    loadLongestTaskMs: 0,
    heapMB: 5,
    domNodes: 100,
    zoom: gesture,
    pan: gesture,
    search: searchLongestMs === null ? null : { ...gesture, longTasks: 1, longestTaskMs: searchLongestMs },
    filter: null,
  });

  it('reports the median of successful runs', () => {
    const s = summarise([run(300), run(100), run(200)]);
    expect(s.status === 'ok' && s.readyMs).toBe(200);
    expect(s.status === 'ok' && s.interactiveMs).toBe(250);
  });

  it('reports search and filter figures only for a page where every run measured them', () => {
    const s = summarise([run(100, 90), run(100, 60), run(100, 70)]);
    expect(s.status === 'ok' && s.search?.longestTaskMs).toBe(70);
    expect(s.status === 'ok' && s.filter).toBe(null);
    const partial = summarise([run(100, 90), run(100)]);
    expect(partial.status === 'ok' && partial.search).toBe(null);
  });

  it('reports a case as not finished when any run did not finish', () => {
    const s = summarise([run(100), { status: 'dnf', limitMs: 60_000, note: 'not ready within 60 s' }]);
    expect(s.status).toBe('dnf');
  });
});
