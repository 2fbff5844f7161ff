import { describe, expect, it } from 'vitest';
import { formatEdtfForDisplay } from '../../src/data/displayDate';
import { parseEdtf } from '../../src/data/edtf';

const show = (s: string) => {
  const r = parseEdtf(s);
  if (!r.ok) throw new Error(r.error);
  return formatEdtfForDisplay(r.value);
};

describe('formatEdtfForDisplay', () => {
  it('shows each date at its own precision', () => {
    expect(show('2025')).toBe('2025');
    expect(show('2025-05')).toBe('May 2025');
    expect(show('2025-08-15')).toBe('15 August 2025');
    expect(show('2025-08-15T10:00:00Z')).toBe('15 August 2025, 10:00 UTC');
    expect(show('2025-08-15T10:00:00+05:30')).toBe('15 August 2025, 10:00 UTC+05:30');
  });

  it('says when a date is approximate or uncertain', () => {
    expect(show('2025-05~')).toBe('about May 2025');
    expect(show('2025?')).toBe('2025 (uncertain)');
    expect(show('2025-05-01%')).toBe('about 1 May 2025 (uncertain)');
  });

  it('shows intervals compactly where the ends share a year or month', () => {
    expect(show('2025-01/2025-10')).toBe('January – October 2025');
    expect(show('2025-12-04/2025-12-14')).toBe('4–14 December 2025');
    expect(show('2025-11-28/2025-12-03')).toBe('28 November – 3 December 2025');
    expect(show('2024/2025')).toBe('2024 – 2025');
    expect(show('2024-11/2025-02')).toBe('November 2024 – February 2025');
    expect(show('2025-05~/2025-06')).toBe('about May 2025 – June 2025');
  });

  it('names open and unknown ends', () => {
    expect(show('2025-05/..')).toBe('from May 2025 onwards');
    expect(show('../2025-05')).toBe('until May 2025');
    expect(show('/2025-05')).toBe('unknown start – May 2025');
    expect(show('2025-05/')).toBe('May 2025 – unknown end');
  });
});
