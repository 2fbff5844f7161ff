import { describe, expect, it } from 'vitest';
import { extentOrderSteps } from '../../src/timeline/extentOrder';
import { random } from './random';

function drain<T>(steps: Generator<void, T>): { value: T; yields: number } {
  let yields = 0;
  for (let step = steps.next(); ; step = steps.next(), yields++) if (step.done) return { value: step.value, yields };
}

/** What a stable sort with the layout's comparator gives. */
function reference(starts: Float64Array, ends: Float64Array): number[] {
  return Array.from(starts, (_, i) => i).sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]!);
}

/** Extents like a layout's: mostly in order of start, some moved earlier, many sharing a start. */
function extents(seed: number, n: number): { starts: Float64Array; ends: Float64Array } {
  const next = random(seed);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = Math.floor(i / 3) - (next() < 0.3 ? Math.floor(next() * 40) : 0);
    starts[i] = start;
    ends[i] = start + Math.floor(next() * 5);
  }
  return { starts, ends };
}

describe('extentOrderSteps', () => {
  it('orders extents by start, then end, ties in input order, as a stable sort does (seeded)', () => {
    for (const [seed, n] of [
      [1, 0],
      [2, 1],
      [3, 31],
      [4, 33],
      [5, 1000],
      [6, 20_000],
    ] as const) {
      const { starts, ends } = extents(seed, n);
      expect(Array.from(drain(extentOrderSteps(starts, ends, Infinity)).value), `${n} extents`).toEqual(
        reference(starts, ends),
      );
    }
  });

  it('orders extents in any order, not only nearly sorted ones (seeded)', () => {
    const next = random(8);
    const starts = Float64Array.from({ length: 5000 }, () => Math.floor(next() * 300));
    const ends = Float64Array.from(starts, (s) => s + Math.floor(next() * 3));
    expect(Array.from(drain(extentOrderSteps(starts, ends, Infinity)).value)).toEqual(reference(starts, ends));
  });

  it('gives the same order starting from the indices taken apart in interleaved sequences (seeded)', () => {
    // Like a layout's points and bars: two sequences each nearly in order, shifted from each other,
    // with some extents far out of place (the events of a year, which share its first day).
    const next = random(10);
    const n = 20_000;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const groups: number[][] = [[], []];
    for (let i = 0; i < n; i++) {
      const group = next() < 0.5 ? 0 : 1;
      starts[i] = Math.floor(i / 4) - group * 25 - (next() < 0.03 ? 500 : 0);
      ends[i] = starts[i]! + Math.floor(next() * 30);
      groups[group]!.push(i);
    }
    const initial = Uint32Array.from([...groups[0]!, ...groups[1]!]);
    const sequenceEnds = [groups[0]!.length, n];
    for (const slice of [Infinity, 1000]) {
      const sorted = drain(extentOrderSteps(starts, ends, slice, initial.slice(), sequenceEnds)).value;
      expect(Array.from(sorted)).toEqual(reference(starts, ends));
      // Not told where the sequences end, it still sorts them.
      expect(Array.from(drain(extentOrderSteps(starts, ends, slice, initial.slice())).value)).toEqual(
        reference(starts, ends),
      );
    }
  });

  it('gives the same order in slices as at once, yielding between them', () => {
    const { starts, ends } = extents(9, 20_000);
    const sliced = drain(extentOrderSteps(starts, ends, 1000));
    expect(sliced.yields).toBeGreaterThan(20);
    expect(Array.from(sliced.value)).toEqual(reference(starts, ends));
  });
});
