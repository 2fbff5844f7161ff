import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/dataset';
import { convertVisItems, visDate } from '../../src/import/vis';

function dateOf(value: unknown): string {
  const d = visDate(value);
  if (!d?.outcome.ok) throw new Error(JSON.stringify(d));
  return d.outcome.edtf;
}

describe('visDate precision', () => {
  it('takes the precision an ISO string is written with', () => {
    expect(dateOf('2025')).toBe('2025');
    expect(dateOf('2025-05')).toBe('2025-05');
    expect(dateOf('2025-05-03')).toBe('2025-05-03');
  });

  it('keeps a timestamp to the second unless it is midnight, which is the day', () => {
    expect(dateOf('2025-05-03T14:30:15.250Z')).toBe('2025-05-03T14:30:15Z');
    expect(dateOf('2025-05-03T14:30')).toBe('2025-05-03T14:30:00');
    expect(dateOf('2025-05-03T14:30:00+0200')).toBe('2025-05-03T14:30:00+02:00');
    expect(dateOf('2025-05-03T00:00:00.000Z')).toBe('2025-05-03');
    // Midnight as written, not in UTC: this is the 3rd where it was written.
    expect(dateOf('2025-05-03T00:00:00+02:00')).toBe('2025-05-03');
  });

  it('reads epoch milliseconds and Dates in UTC, midnight as the day', () => {
    expect(dateOf(Date.UTC(2025, 4, 3))).toBe('2025-05-03');
    expect(dateOf(Date.UTC(2025, 4, 3, 9, 5, 1, 999))).toBe('2025-05-03T09:05:01Z');
    expect(dateOf(new Date(Date.UTC(1969, 6, 20, 20, 17)))).toBe('1969-07-20T20:17:00Z');
  });

  it('refuses text that is not ISO 8601 and years the axis cannot hold', () => {
    expect(visDate('May 3, 2025')?.outcome).toEqual({
      ok: false,
      reason: '“May 3, 2025” is not an ISO 8601 date or a number of milliseconds',
    });
    expect(visDate('-013800-01-01')?.outcome.ok).toBe(false);
    expect(visDate(8.64e15 + 1)?.outcome.ok).toBe(false);
  });
});

describe('convertVisItems', () => {
  const fixture = JSON.parse(readFileSync('tests/fixtures/import/vis-items.json', 'utf8')) as unknown;

  it('converts {items, groups}: groups by id with their content as label, the rest Ungrouped', () => {
    const r = convertVisItems(fixture, 'vis-items');
    if (!r.ok) throw new Error(r.message);
    expect(parseDataset(r.dataset).ok).toBe(true);
    expect(r.format).toBe('vis-timeline item list');
    expect(r.dataset.categories.map((c) => [c.id, c.label])).toEqual([
      ['talks', 'Talks'],
      ['field-work', 'Field work'],
      ['ungrouped', 'Ungrouped'],
      ['eras', 'Eras'],
    ]);
    expect(r.dataset.events.map((e) => [e.id, e.title, e.date, e.categories[0]])).toEqual([
      ['1', 'Opening session', '2025-05-03', 'talks'],
      // A range ends at the instant it stops: the end's midnight means the 3rd is its last day.
      ['2', 'Site visit', '2025-05-01/2025-05-03', 'field-work'],
      ['3', 'Press call', '2025-05-03T14:30:00Z', 'ungrouped'],
      ['4', 'Budget month', '2025-06', 'talks'],
      ['5', 'Deadline', '2025-06-01', 'ungrouped'],
      ['7', 'Summer', '2025-06-01/2025-08-31', 'eras'],
    ]);
    expect(r.dataset.events[2]!.quote).toBe('Press call\nStreamed live');
    expect(r.notices).toEqual(['“Undated” (items[5]): has no start, so it is left out.']);
  });

  it('takes a bare array, plain-texts hostile content and keeps http(s) links only', () => {
    const r = convertVisItems([
      {
        id: 'a',
        content: '<img src=x onerror=alert(1)><b>Bold</b> <a href="https://e.org/">e</a>',
        start: '2020-01-01',
      },
      { id: 'b', content: '<script>alert(1)</script>Safe <a href="javascript:alert(1)">x</a>', start: '2020-01-02' },
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.dataset.events.map((e) => e.title)).toEqual(['Bold e', 'Safe x']);
    expect(r.dataset.source.text).not.toMatch(/script|onerror|alert/);
    expect(r.dataset.events[0]!.links).toEqual([{ url: 'https://e.org/', label: 'e' }]);
    expect(r.dataset.events[1]!.links).toBeUndefined();
  });

  it('ignores the end of a point or box item, and names an end before the start', () => {
    const r = convertVisItems([
      { id: 1, content: 'Point', start: '2020-01-01', end: '2020-02-01', type: 'point' },
      { id: 2, content: 'Backwards', start: '2020-03-01', end: '2020-02-01' },
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.dataset.events.map((e) => e.date)).toEqual(['2020-01-01', '2020-03-01']);
    expect(r.notices).toEqual([expect.stringMatching(/^“Backwards” \(items\[1\]\): shown at its start only/)]);
  });

  it('collapses a one-day range to its day', () => {
    const r = convertVisItems([{ id: 1, content: 'Day', start: '2020-01-01', end: '2020-01-02' }]);
    expect(r.ok && r.dataset.events[0]!.date).toBe('2020-01-01');
  });
});
