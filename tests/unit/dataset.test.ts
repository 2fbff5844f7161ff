import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeIssue, parseDataset, type DatasetIssue } from '../../src/data/dataset';
import { parseDatasetText } from '../../src/data/datasetText';
import { utcMs } from '../../src/data/edtf';
import { smallDataset } from './fixtures';

function problems(input: unknown): string[] {
  const r = parseDataset(input);
  if (r.ok) throw new Error('expected the dataset to be rejected');
  return r.issues.map(describeIssue);
}

function issues(input: unknown): DatasetIssue[] {
  const r = parseDataset(input);
  if (r.ok) throw new Error('expected the dataset to be rejected');
  return r.issues;
}

describe('parseDataset on valid data', () => {
  it('accepts the bundled dataset with its twenty events, sorted by date', () => {
    const r = parseDatasetText(readFileSync('data/events.json', 'utf8'));
    if (!r.ok) throw new Error(r.issues.map(describeIssue).join('\n'));
    expect(r.dataset.events).toHaveLength(20);
    const starts = r.dataset.events.map((e) => e.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(r.dataset.extent).toEqual({ startMs: utcMs(2025, 0, 1), endMs: utcMs(2026, 0, 1) });
  });

  it("derives each event's span, shape, date label and quote offset", () => {
    const r = parseDataset(smallDataset());
    if (!r.ok) throw new Error('rejected');
    const byId = new Map(r.dataset.events.map((e) => [e.id, e]));
    const summit = byId.get('summit')!;
    expect(summit).toMatchObject({
      shape: 'point',
      dateLabel: '15 August 2025',
      startMs: utcMs(2025, 7, 15),
      endMs: utcMs(2025, 7, 16),
    });
    expect(byId.get('first-thing')).toMatchObject({ shape: 'period', dateLabel: 'May 2025' });
    expect(byId.get('talks')).toMatchObject({
      shape: 'period',
      dateLabel: '2025',
      startMs: utcMs(2025, 0, 1),
      endMs: utcMs(2026, 0, 1),
    });
    const text = smallDataset().source.text;
    expect(text.slice(summit.quoteStart, summit.quoteStart + summit.quote.length)).toBe(
      'a summit was held by the river',
    );
  });

  it('draws an open interval end to the edge of the data and an unknown end as the known side', () => {
    const d = smallDataset();
    d.events[0]!.date = '2025-05/..';
    d.events[1]!.date = '/2025-08-15';
    const r = parseDataset(d);
    if (!r.ok) throw new Error(r.issues.map(describeIssue).join('\n'));
    const byId = new Map(r.dataset.events.map((e) => [e.id, e]));
    expect(byId.get('first-thing')).toMatchObject({ shape: 'range', openEnd: true, endMs: utcMs(2026, 0, 1) });
    expect(byId.get('summit')).toMatchObject({
      shape: 'range',
      openStart: true,
      startMs: utcMs(2025, 7, 15),
      endMs: utcMs(2025, 7, 16),
    });
  });
});

describe('the extent of a dataset', () => {
  it("holds an interval's unknown side, drawn as the known side's period", () => {
    const d = smallDataset();
    d.events = d.events.slice(0, 2);
    d.events[0]!.date = '2025-05';
    d.events[1]!.date = '/2025';
    const r = parseDataset(d);
    if (!r.ok) throw new Error(r.issues.map(describeIssue).join('\n'));
    expect(r.dataset.extent).toEqual({ startMs: utcMs(2025, 0, 1), endMs: utcMs(2026, 0, 1) });
    expect(r.dataset.events.find((e) => e.id === 'summit')).toMatchObject({ startMs: utcMs(2025, 0, 1) });
  });

  it("holds at least the known side's period of an event that is open at the other", () => {
    const d = smallDataset();
    d.events = d.events.slice(0, 1);
    d.events[0]!.date = '2025-05/..';
    const r = parseDataset(d);
    if (!r.ok) throw new Error(r.issues.map(describeIssue).join('\n'));
    expect(r.dataset.extent).toEqual({ startMs: utcMs(2025, 4, 1), endMs: utcMs(2025, 5, 1) });
    expect(r.dataset.events[0]).toMatchObject({ startMs: utcMs(2025, 4, 1), endMs: utcMs(2025, 5, 1) });
  });
});

describe('parseDataset names what is wrong and where', () => {
  it('rejects JSON of the wrong shape', () => {
    expect(problems([])).toEqual([
      'The dataset must be a JSON object with "source", "categories" and "events", not a list.',
    ]);
    expect(problems('x')).toEqual([
      'The dataset must be a JSON object with "source", "categories" and "events", not a string.',
    ]);
    expect(problems(null)).toEqual([
      'The dataset must be a JSON object with "source", "categories" and "events", not null.',
    ]);
  });

  it('names each missing top-level part', () => {
    expect(problems({})).toEqual([
      'Field "source": is missing.',
      'Field "categories": is missing.',
      'Field "events": is missing.',
    ]);
  });

  it('names the event id and field of a missing or empty field', () => {
    const d = smallDataset();
    delete (d.events[1] as Partial<(typeof d.events)[number]>).title;
    d.events[2]!.attribution = '   ';
    expect(problems(d)).toEqual([
      'Event "summit" (events[1]), field "title": is missing.',
      'Event "talks" (events[2]), field "attribution": must not be empty.',
    ]);
  });

  it('reports an event with no usable id by its position', () => {
    const d = smallDataset();
    (d.events[0] as { id: unknown }).id = 42;
    expect(problems(d)).toEqual(['Event 1 (events[0]), field "id": must be text, not a number.']);
  });

  it('finds duplicate ids', () => {
    const d = smallDataset();
    d.events[2]!.id = 'summit';
    expect(problems(d)).toEqual([
      'Event "summit" (events[2]), field "id": the id "summit" is already used by events[1].',
    ]);
  });

  it('finds unknown categories and lists the known ones', () => {
    const d = smallDataset();
    d.events[0]!.categories = ['bilateral', 'trade'];
    expect(problems(d)).toEqual([
      'Event "first-thing" (events[0]), field "categories[1]": "trade" is not a known category (known: bilateral, un).',
    ]);
  });

  it('explains each kind of invalid date', () => {
    const cases: [string, string][] = [
      ['2025-13', '"2025-13" is not a valid EDTF date: month 13 does not exist'],
      ['2025-02-30', '"2025-02-30" is not a valid EDTF date: February 2025 has no day 30 (it has 28 days)'],
      [
        'May 2025',
        '"May 2025" is not a valid EDTF date: expected a form like 2025, 2025-05, 2025-05-15 or 2025-01/2025-10',
      ],
      ['', 'must not be empty'],
      [
        '2025-10/2025-01',
        '"2025-10/2025-01" is not a valid EDTF date: interval ends (2025-01) before it starts (2025-10)',
      ],
    ];
    for (const [date, message] of cases) {
      const d = smallDataset();
      d.events[1]!.date = date;
      expect(problems(d)).toEqual([`Event "summit" (events[1]), field "date": ${message}.`]);
    }
  });

  it('finds a quote that is not in the text, and one that is ambiguous', () => {
    const d = smallDataset();
    d.events[0]!.quote = 'the first thing happened in the south';
    d.source.text += '\n\nLater, a summit was held by the river again.';
    expect(problems(d)).toEqual([
      'Event "first-thing" (events[0]), field "quote": is not found in source.text; a quote must be copied from the text exactly.',
      'Event "summit" (events[1]), field "quote": occurs more than once in source.text, so it is ambiguous; quote a longer passage.',
    ]);
  });

  it('rejects a dataset with no events', () => {
    const d = smallDataset();
    d.events = [];
    expect(problems(d)).toEqual(['Field "events": is empty: the dataset has no events to show.']);
  });

  it('reports every problem at once, shape and cross-checks together', () => {
    const d = smallDataset();
    d.events[0]!.date = '2025-13';
    d.events[2]!.id = 'summit';
    delete (d.events[1] as Partial<(typeof d.events)[number]>).actors;
    const found = issues(d).map((i) => `${i.eventId}:${i.path.slice(2).join('.')}`);
    expect(found.sort()).toEqual(['first-thing:date', 'summit:actors', 'summit:id'].sort());
  });

  it('rejects a bad colour and an id that is not a slug', () => {
    const d = smallDataset();
    d.categories[0]!.color = 'blue';
    d.events[0]!.id = 'First Thing';
    expect(problems(d)).toEqual([
      'Field "categories[0].color": "blue" must be a hex colour like "#1f77b4".',
      'Event "First Thing" (events[0]), field "id": "First Thing" must be lowercase letters, digits and single hyphens, like "anchorage-summit".',
    ]);
  });
});

describe('parseDatasetText', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const r = parseDatasetText('{\n  "source": {,\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map(describeIssue)).toEqual([
      'Not valid JSON at line 2, column 14: expected a property name in double quotes, found ",".',
    ]);
  });

  it('says when the file ends too early', () => {
    const r = parseDatasetText('{"source": {"title": "x"');
    expect(!r.ok && describeIssue(r.issues[0]!)).toBe(
      'Not valid JSON at line 1, column 25: the file ends too early (2 brackets still open).',
    );
  });

  it('accepts a byte-order mark', () => {
    expect(parseDatasetText('\ufeff' + JSON.stringify(smallDataset())).ok).toBe(true);
  });
});

describe('parseDataset on lists where objects belong', () => {
  it('says "not a list" for a list in place of the article or an event', () => {
    const d = smallDataset() as unknown as { source: unknown; events: unknown[] };
    d.source = ['text'];
    d.events[1] = ['summit'];
    expect(problems(d)).toEqual([
      'Field "source": must be an object with the article, not a list.',
      'Event 2 (events[1]): must be an object, not a list.',
    ]);
  });
});
