import { describe, expect, it } from 'vitest';
import { utcMs } from '../../src/data/edtf';
import { stepSelection } from '../../src/state/navigation';
import {
  IDENTITY,
  fitDomain,
  transformForRange,
  transformToShow,
  viewScale,
  zoomLimits,
} from '../../src/timeline/viewport';

const events = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('stepSelection', () => {
  it('moves forward and back in order, stopping at the ends', () => {
    expect(stepSelection(events, 'a', 1)).toBe('b');
    expect(stepSelection(events, 'b', -1)).toBe('a');
    expect(stepSelection(events, 'c', 1)).toBeNull();
    expect(stepSelection(events, 'a', -1)).toBeNull();
  });

  it('starts at the first (next) or last (previous) when nothing, or something hidden, is selected', () => {
    expect(stepSelection(events, null, 1)).toBe('a');
    expect(stepSelection(events, null, -1)).toBe('c');
    expect(stepSelection(events, 'filtered-out', 1)).toBe('a');
    expect(stepSelection([], null, 1)).toBeNull();
  });
});

describe('transformToShow', () => {
  const domain = fitDomain({ startMs: utcMs(2025, 0, 1), endMs: utcMs(2026, 0, 1) });
  const limits = zoomLimits(domain);
  const width = 1000;
  const june = transformForRange(domain, width, utcMs(2025, 5, 1), utcMs(2025, 6, 1), limits);
  const view = (t: { k: number; x: number }) =>
    viewScale(domain, width, t)
      .domain()
      .map((d) => d.getTime());

  it('leaves the view alone when the event already shows', () => {
    expect(transformToShow(domain, width, june, utcMs(2025, 5, 10), utcMs(2025, 5, 11), limits)).toEqual(june);
    expect(transformToShow(domain, width, IDENTITY, utcMs(2025, 7, 15), utcMs(2025, 7, 16), limits)).toEqual(IDENTITY);
  });

  it('pans, at the same zoom, to centre an event that is off screen', () => {
    const t = transformToShow(domain, width, june, utcMs(2025, 7, 15), utcMs(2025, 7, 16), limits);
    expect(t.k).toBeCloseTo(june.k, 9);
    const [a, b] = view(t);
    expect((a! + b!) / 2).toBeCloseTo(utcMs(2025, 7, 15) + 43_200_000, -4);
  });

  it('never zooms out for a long event: its start is brought in instead', () => {
    const t = transformToShow(domain, width, june, utcMs(2025, 8, 1), utcMs(2025, 11, 1), limits);
    expect(t.k).toBeCloseTo(june.k, 9);
    const [a, b] = view(t);
    expect(utcMs(2025, 8, 1)).toBeGreaterThan(a!);
    expect(utcMs(2025, 8, 1)).toBeLessThan(b!);
  });
});
