import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEdtfForDisplay } from '../../src/data/displayDate';
import { parseEdtf } from '../../src/data/edtf';
import { formatRangeForDisplay } from '../../src/timeline/rangeLabel';
import { chooseTicks } from '../../src/timeline/ticks';

// The suite runs with TZ=UTC; here the reader is 14 hours ahead of UTC, and then 10 hours behind.
describe.each(['Pacific/Kiritimati', 'Pacific/Honolulu'])('dates shown to a reader in %s', (zone) => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('the zone is really in effect', () => {
    const offsetMin = new Date(Date.UTC(2025, 7, 15)).getTimezoneOffset();
    expect(Math.abs(offsetMin)).toBeGreaterThanOrEqual(600);
    // One end of 15 August (UTC) falls on another local calendar day.
    const local = [Date.UTC(2025, 7, 15), Date.UTC(2025, 7, 15, 23, 59)].map((ms) => new Date(ms).getDate());
    expect(local).not.toEqual([15, 15]);
  });

  it('does not shift a day, a month or a year', () => {
    const show = (s: string) => {
      const r = parseEdtf(s);
      if (!r.ok) throw new Error(r.error);
      return formatEdtfForDisplay(r.value);
    };
    expect(show('2025-08-15')).toBe('15 August 2025');
    expect(show('2025-05')).toBe('May 2025');
    expect(show('2025')).toBe('2025');
    expect(show('2025-12-04/2025-12-14')).toBe('4–14 December 2025');
  });

  it('labels axis ticks and the visible range in UTC', () => {
    const start = Date.UTC(2025, 0, 1);
    const end = Date.UTC(2026, 0, 1);
    const { ticks } = chooseTicks(start, end, 1200);
    expect(ticks[0]).toEqual({ ms: start, label: 'Jan 2025' });
    expect(formatRangeForDisplay(Date.UTC(2025, 7, 15), Date.UTC(2025, 7, 22))).toBe('15–22 August 2025');
  });
});
