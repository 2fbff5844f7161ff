import { describe, expect, it } from 'vitest';
import { utcMs } from '../../src/data/edtf';
import { chooseTicks } from '../../src/timeline/ticks';

describe('chooseTicks', () => {
  it('labels months when the whole year shows on a desktop', () => {
    const { unit, ticks } = chooseTicks(utcMs(2024, 11, 20), utcMs(2026, 0, 12), 1200);
    expect(unit).toBe('month');
    expect(ticks.map((t) => t.label)).toEqual([
      'Jan 2025',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      'Jan 2026',
    ]);
  });

  it('falls back to quarters when the year is squeezed onto a phone', () => {
    const { unit, ticks } = chooseTicks(utcMs(2024, 11, 20), utcMs(2026, 0, 12), 360);
    expect(unit).toBe('quarter');
    expect(ticks.map((t) => t.label)).toEqual(['Jan 2025', 'Apr', 'Jul', 'Oct', 'Jan 2026']);
  });

  it('labels weeks, then days, then hours as the view narrows', () => {
    expect(chooseTicks(utcMs(2025, 6, 1), utcMs(2025, 9, 1), 1200).unit).toBe('week');
    const days = chooseTicks(utcMs(2025, 7, 10), utcMs(2025, 7, 20), 1200);
    expect(days.unit).toBe('day');
    expect(days.ticks[0]!.label).toBe('10 Aug');
    const quarterDays = chooseTicks(utcMs(2025, 7, 15), utcMs(2025, 7, 17), 1200);
    expect(quarterDays.unit).toBe('6 hours');
    expect(quarterDays.ticks.slice(0, 3).map((t) => t.label)).toEqual(['15 Aug', '06:00', '12:00']);
    const hours = chooseTicks(utcMs(2025, 7, 15), utcMs(2025, 7, 15, 12), 1200);
    expect(hours.unit).toBe('hour');
    expect(hours.ticks.slice(0, 3).map((t) => t.label)).toEqual(['15 Aug', '01:00', '02:00']);
  });

  it('keeps ticks at least the minimum spacing apart and inside the view', () => {
    for (const days of [2, 9, 40, 200, 400, 1500]) {
      const start = utcMs(2025, 0, 1);
      const end = start + days * 86_400_000;
      const { ticks } = chooseTicks(start, end, 800, 64);
      const px = ticks.map((t) => ((t.ms - start) / (end - start)) * 800);
      for (let i = 1; i < px.length; i++) expect(px[i]! - px[i - 1]!).toBeGreaterThanOrEqual(50);
      for (const t of ticks) expect(t.ms >= start && t.ms <= end + 1).toBe(true);
    }
  });
});
