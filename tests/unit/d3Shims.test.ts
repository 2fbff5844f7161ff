import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';

// src/d3-shims/timeFormat.ts replaces d3-time-format in the build and in these tests alike (vite.config.ts).

describe('the d3-time-format stand-in', () => {
  it('a time scale’s tickFormat, which the app never uses, says it is not bundled', () => {
    const format = scaleUtc().tickFormat();
    expect(() => format(new Date(0))).toThrow(/d3-time-format is not bundled/);
  });
});
