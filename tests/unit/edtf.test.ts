import { describe, expect, it } from 'vitest';
import edtf from 'edtf';
import { edtfBounds, formatEdtf, parseEdtf, utcMs, type Edtf } from '../../src/data/edtf';
import { random } from './random';

function ok(s: string): Edtf {
  const r = parseEdtf(s);
  if (!r.ok) throw new Error(`${s}: ${r.error}`);
  return r.value;
}

function error(s: string): string {
  const r = parseEdtf(s);
  if (r.ok) throw new Error(`${s} parsed but should not`);
  return r.error;
}

describe('parseEdtf', () => {
  it('reads a year as the whole year', () => {
    const d = ok('2025');
    expect(d).toMatchObject({ type: 'date', precision: 'year', uncertain: false, approximate: false });
    expect(edtfBounds(d)).toEqual({ startMs: utcMs(2025, 0, 1), endMs: utcMs(2026, 0, 1) });
  });

  it('reads a month as the whole month, and a day as the whole day', () => {
    expect(edtfBounds(ok('2025-05'))).toEqual({ startMs: utcMs(2025, 4, 1), endMs: utcMs(2025, 5, 1) });
    expect(edtfBounds(ok('2025-12'))).toEqual({ startMs: utcMs(2025, 11, 1), endMs: utcMs(2026, 0, 1) });
    expect(edtfBounds(ok('2025-08-15'))).toEqual({ startMs: utcMs(2025, 7, 15), endMs: utcMs(2025, 7, 16) });
    expect(ok('2025-08-15')).toMatchObject({ precision: 'day' });
  });

  it('reads the level-1 qualifiers ? ~ and %', () => {
    expect(ok('2025-05?')).toMatchObject({ uncertain: true, approximate: false, precision: 'month' });
    expect(ok('2025~')).toMatchObject({ uncertain: false, approximate: true, precision: 'year' });
    expect(ok('2025-05-01%')).toMatchObject({ uncertain: true, approximate: true, precision: 'day' });
  });

  it('reads intervals, including open and unknown ends', () => {
    const i = ok('2025-01/2025-10');
    expect(edtfBounds(i)).toEqual({ startMs: utcMs(2025, 0, 1), endMs: utcMs(2025, 10, 1) });
    expect(edtfBounds(ok('2025-05-01/..'))).toEqual({ startMs: utcMs(2025, 4, 1), endMs: null });
    expect(edtfBounds(ok('/2025-05'))).toEqual({ startMs: null, endMs: utcMs(2025, 5, 1) });
    expect(ok('../2025')).toMatchObject({ type: 'interval', start: { type: 'open' } });
  });

  it('reads date-times with and without offsets, as UTC', () => {
    expect(edtfBounds(ok('2025-08-15T10:00:00Z')).startMs).toBe(Date.UTC(2025, 7, 15, 10));
    expect(edtfBounds(ok('2025-08-15T10:00:00')).startMs).toBe(Date.UTC(2025, 7, 15, 10));
    expect(edtfBounds(ok('2025-08-15T10:00:00+05:30')).startMs).toBe(Date.UTC(2025, 7, 15, 4, 30));
  });

  it('keeps years below 100 as themselves', () => {
    expect(new Date(edtfBounds(ok('0042')).startMs!).getUTCFullYear()).toBe(42);
  });

  it('says what is wrong with an invalid date', () => {
    expect(error('2025-13')).toBe('month 13 does not exist');
    expect(error('2025-00')).toBe('month 0 does not exist');
    expect(error('2025-02-30')).toBe('February 2025 has no day 30 (it has 28 days)');
    expect(error('2025-02-29')).toMatch(/no day 29/);
    expect(parseEdtf('2024-02-29').ok).toBe(true);
    expect(error('May 2025')).toMatch(/expected a form like 2025/);
    expect(error('')).toBe('is empty');
    expect(error('2025-05/2025-01')).toBe('interval ends (2025-01) before it starts (2025-05)');
    expect(error('2025-05/2025-05')).toMatch(/ends .* before it starts/);
    expect(error('../..')).toBe('an interval needs at least one known end');
    expect(error('2025/2026/2027')).toBe('has more than one "/"');
    expect(error('2025-08-15T25:00:00Z')).toMatch(/time 25:00:00 does not exist/);
    expect(error(' 2025')).toMatch(/expected a form/);
  });

  it('formats back to the same string', () => {
    for (const s of [
      '2025',
      '2025-05',
      '2025-08-15',
      '2025-05?',
      '2025~',
      '2025-05-01%',
      '2025-01/2025-10',
      '2025-05-01/..',
      '../2025',
      '/2025-05',
      '2025-03?/2025-10~',
      '2025-08-15T10:00:00Z',
      '2025-08-15T10:00:00+05:30',
      '2025-08-15T10:00:00-03:00',
      '2025-08-15T10:00:00',
    ])
      expect(formatEdtf(ok(s))).toBe(s);
  });
});

/** Strings near and inside the supported grammar: valid dates, off-by-one fields, odd qualifiers. */
function candidate(next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const two = (max: number) => String(Math.floor(next() * max)).padStart(2, '0');
  const date = () => {
    const year = pick(['2025', '2024', '1999', '0001', '2100', '1900']);
    const parts = [year];
    if (next() < 0.75) parts.push(pick([two(14), '02', '12', '00']));
    if (parts.length === 2 && next() < 0.6) parts.push(pick([two(33), '28', '29', '30', '31', '00']));
    return parts.join('-') + pick(['', '', '', '?', '~', '%']);
  };
  const r = next();
  if (r < 0.5) return date();
  if (r < 0.9) return `${date()}/${date()}`;
  return pick([`${date()}/..`, `../${date()}`, `/${date()}`, `${date()}/`]);
}

describe('parseEdtf against edtf.js as an oracle', () => {
  it('agrees on validity and bounds for 3,000 seeded level-0/1 strings', () => {
    const next = random(20251215);
    let compared = 0;
    for (let n = 0; n < 3000; n++) {
      const s = candidate(next);
      // Known edtf.js divergences: it accepts 29 February in non-leap years (as 1 March).
      if (/-02-29/.test(s)) continue;
      let theirs: { min: number; max: number } | null;
      try {
        const d = edtf(s);
        theirs = { min: d.min, max: d.max };
      } catch {
        theirs = null;
      }
      const ours = parseEdtf(s);
      expect(ours.ok, `${s}: ours ${ours.ok ? 'ok' : ours.error}, edtf.js ${theirs ? 'ok' : 'rejects'}`).toBe(
        theirs !== null,
      );
      if (ours.ok && theirs) {
        const b = edtfBounds(ours.value);
        // edtf.js uses ±Infinity for open ends and null (reported as 0) for unknown ones; compare known ends.
        if (b.startMs !== null) expect(b.startMs, s).toBe(theirs.min);
        if (b.endMs !== null) expect(b.endMs - 1, s).toBe(theirs.max);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
