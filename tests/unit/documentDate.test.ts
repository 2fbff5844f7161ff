import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDocumentDate, parseDateFlag } from '../../src/extract/documentDate';
import { readSource } from '../../src/extract/source';
import type { SourceDocument } from '../../src/extract/types';

const doc = (text: string, extra: Partial<SourceDocument> = {}): SourceDocument => ({
  format: 'text',
  text,
  bodyStart: 0,
  ...extra,
});

const rest = 'The council voted to close the old bridge after engineers found cracks in two of its piers.';

describe('parseDateFlag', () => {
  it('accepts a calendar day written YYYY-MM-DD', () => {
    expect(parseDateFlag('2013-03-15')).toEqual({ ok: true, value: '2013-03-15' });
    expect(parseDateFlag('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('names the bad flag and the form it wants', () => {
    for (const bad of ['15/03/2013', '2013-3-15', 'yesterday', '']) {
      const result = parseDateFlag(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(`--date "${bad}" is not a date: write it as YYYY-MM-DD`);
    }
  });

  it('refuses a day the calendar does not have', () => {
    const result = parseDateFlag('2013-02-29');
    expect(!result.ok && result.message).toMatch(/"2013-02-29" is not a day of the calendar/);
  });
});

describe('findDocumentDate', () => {
  it('takes the flag over everything the document says', () => {
    const withMeta = doc(`WASHINGTON, March 15, 2013 (AP) — ${rest}`, {
      published: { value: '2012-01-01', field: 'meta' },
    });
    expect(findDocumentDate(withMeta, '2025-12-31')).toEqual({
      value: '2025-12-31',
      source: 'flag',
      evidence: '--date 2025-12-31',
    });
  });

  it('throws the flag message for a bad flag', () => {
    expect(() => findDocumentDate(doc(rest), '2025-13-01')).toThrow(/--date "2025-13-01"/);
  });

  it('reduces a metadata timestamp to the day as written, offset or not', () => {
    const at = (value: string) =>
      findDocumentDate(doc(rest, { published: { value, field: 'meta[property="article:published_time"]' } }));
    expect(at('2013-03-15T23:30:00-05:00')).toMatchObject({ value: '2013-03-15', source: 'metadata' });
    expect(at('2013-03-16T01:30:00+09:00')?.value).toBe('2013-03-16');
    expect(at('2013-03-15T10:00:00Z')?.evidence).toBe('meta[property="article:published_time"]: 2013-03-15T10:00:00Z');
    expect(at('March 15, 2013')?.value).toBe('2013-03-15');
  });

  it('falls past a metadata date it cannot read', () => {
    const d = doc(`LONDON, 15 March 2013 – ${rest}`, { published: { value: 'soon', field: 'meta[name="date"]' } });
    expect(findDocumentDate(d)).toMatchObject({ value: '2013-03-15', source: 'dateline' });
  });

  it.each([
    ['WASHINGTON, March 15, 2013 (AP) — ', 'WASHINGTON, March 15, 2013'],
    ['LONDON, 15 March 2013 – ', 'LONDON, 15 March 2013'],
    ['March 15, 2013 — ', 'March 15, 2013'],
    ['2013-03-15\n\n', '2013-03-15'],
    ['Rio de Janeiro, Fri. Mar. 15, 2013 10:30 a.m. EST — ', 'Rio de Janeiro, Fri. Mar. 15, 2013'],
    ['Published: Sept. 15th, 2013 | ', 'Published: Sept. 15th, 2013'],
  ])('reads the dateline %j', (dateline, words) => {
    const found = findDocumentDate(doc(dateline + rest));
    expect(found?.source).toBe('dateline');
    expect(found?.evidence).toBe(words);
    expect(found?.value).toMatch(/^2013-(03|09)-15$/);
  });

  it('does not take a date inside the first sentence for a dateline', () => {
    expect(findDocumentDate(doc(`On March 15, 2013, the council voted to close the bridge.`))).toBeUndefined();
    expect(findDocumentDate(doc(`The court ruled on March 15, 2013 — a day after the vote.`))).toBeUndefined();
  });

  it('does not take a date with no year, or one past the top of the story', () => {
    expect(findDocumentDate(doc(`WASHINGTON, March 15 (AP) — ${rest}`))).toBeUndefined();
    expect(findDocumentDate(doc(`${rest}\n\nLONDON, 15 March 2013 – ${rest}`))).toBeUndefined();
  });

  it('reads a date from the byline or a header date line', () => {
    expect(findDocumentDate(doc(rest, { byline: 'Jane Doe, March 15, 2013' }))).toMatchObject({
      value: '2013-03-15',
      source: 'dateline',
      evidence: 'Jane Doe, March 15, 2013',
    });
    expect(findDocumentDate(doc(rest, { dateLine: 'Updated 2 Dec. 2013' }))?.value).toBe('2013-12-02');
  });
});

describe('findDocumentDate: the framing year', () => {
  it('takes a year in the title at year precision', () => {
    expect(findDocumentDate(doc(rest, { title: 'Budget Outlook for 2026' }))).toEqual({
      value: '2026',
      source: 'framing',
      evidence: 'title "Budget Outlook for 2026"',
    });
  });

  it('takes a year the lead uses as a frame', () => {
    for (const [lead, words] of [
      ['Exports fell in 2024, the ministry said.', 'in 2024'],
      ["The council passed 2024's budget in March.", "2024's"],
      ['Officials described the year 2024 as a turning point.', 'the year 2024'],
    ])
      expect(findDocumentDate(doc(`${lead}\n\n${rest}`))).toMatchObject({ value: '2024', evidence: `lead "${words}"` });
  });

  it('prefers the year the lead uses when the title has two', () => {
    const d = doc(`Looking back at the outcomes of 2024, the ministry said.\n\n${rest}`, {
      title: 'From 2024 to 2030',
    });
    expect(findDocumentDate(d)).toMatchObject({ value: '2024', source: 'framing' });
  });

  it('gives none when the years stay ambiguous, or are only counts', () => {
    expect(findDocumentDate(doc(`Exports fell in 2023 and rose in 2024.\n\n${rest}`))).toBeUndefined();
    expect(findDocumentDate(doc(rest, { title: 'From 2020 to 2030' }))).toBeUndefined();
    expect(findDocumentDate(doc('The plant employs 2024 people and made $2025 in fees.'))).toBeUndefined();
  });

  it('never reads the clock: an undated article has no date', () => {
    expect(findDocumentDate(doc(rest, { title: 'Bridge Closed' }))).toBeUndefined();
  });
});

describe('findDocumentDate on the seed article', () => {
  const bytes = new Uint8Array(readFileSync(new URL('../../../shared/seed/article.txt', import.meta.url)));
  const read = readSource(bytes, 'article.txt');
  if (!read.ok) throw new Error(read.message);

  it('anchors to the framing year 2025 with no flag', () => {
    expect(findDocumentDate(read.doc)).toMatchObject({ value: '2025', source: 'framing' });
  });

  it('anchors to the flag when one is given', () => {
    expect(findDocumentDate(read.doc, '2025-12-31')).toMatchObject({ value: '2025-12-31', source: 'flag' });
  });
});
