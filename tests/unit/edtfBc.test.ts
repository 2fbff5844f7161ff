import { describe, expect, it } from 'vitest';
import { formatEdtfForDisplay } from '../../src/data/displayDate';
import { formatEdtf, parseEdtf } from '../../src/data/edtf';
import { formatRangeForDisplay } from '../../src/timeline/rangeLabel';
import { chooseTicks } from '../../src/timeline/ticks';
import { formatUrlDate, parseUrlDate } from '../../src/state/urlState';

const parsed = (s: string) => {
  const r = parseEdtf(s);
  if (!r.ok) throw new Error(`${s}: ${r.error}`);
  return r.value;
};

describe('years before 1 AD, as EDTF writes them', () => {
  it('reads -0300 as 301 BC and 0000 as 1 BC, and writes them back as given', () => {
    expect(formatEdtfForDisplay(parsed('-0300'))).toBe('301 BC');
    expect(formatEdtfForDisplay(parsed('0000'))).toBe('1 BC');
    expect(formatEdtfForDisplay(parsed('-0044-03-15'))).toBe('15 March 45 BC');
    expect(formatEdtf(parsed('-0300'))).toBe('-0300');
    expect(formatEdtfForDisplay(parsed('-0500/-0300'))).toBe('501 BC – 301 BC');
  });

  it('puts a BC year before AD ones on the time axis, a year long', () => {
    const bc = parsed('-0300');
    const ad = parsed('0001');
    if (bc.type !== 'date' || ad.type !== 'date') throw new Error('not dates');
    expect(bc.startMs).toBeLessThan(ad.startMs);
    expect(new Date(bc.startMs).getUTCFullYear()).toBe(-300);
    expect(bc.endMs - bc.startMs).toBe(365 * 86_400_000);
  });

  it('labels the axis, the window and links in BC years', () => {
    const start = parsed('-0300');
    const end = parsed('-0100');
    if (start.type !== 'date' || end.type !== 'date') throw new Error('not dates');
    expect(formatRangeForDisplay(start.startMs, end.startMs)).toBe('1 January 301 BC – 1 January 101 BC');
    const labels = chooseTicks(start.startMs, end.startMs, 800).ticks.map((t) => t.label);
    expect(labels.some((l) => / BC$/.test(l))).toBe(true);
    expect(labels.some((l) => l.startsWith('-'))).toBe(false);
    expect(parseUrlDate(formatUrlDate(start.startMs))).toBe(start.startMs);
  });

  it('still refuses what is not a date', () => {
    expect(parseEdtf('-300').ok).toBe(false);
    expect(parseEdtf('--0300').ok).toBe(false);
  });
});
