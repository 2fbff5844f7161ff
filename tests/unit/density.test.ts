import { describe, expect, it } from 'vitest';
import { densityBins } from '../../src/timeline/density';

describe('densityBins', () => {
  it('counts a short event once, in its slice', () => {
    const bins = densityBins([{ startMs: 25, endMs: 26 }], [0, 100], 10);
    expect(Array.from(bins)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('spreads an event evenly over the slices it could fall in', () => {
    const bins = densityBins([{ startMs: 0, endMs: 100 }], [0, 100], 4);
    expect(Array.from(bins)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('keeps the total equal to the number of events', () => {
    const events = Array.from({ length: 50 }, (_, i) => ({ startMs: i * 7, endMs: i * 7 + (i % 5) * 13 + 1 }));
    const total = Array.from(densityBins(events, [0, 400], 37)).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(50, 9);
  });
});
