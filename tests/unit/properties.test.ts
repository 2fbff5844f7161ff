import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeIssue, parseDataset, type DatasetResult } from '../../src/data/dataset';
import { parseDatasetText } from '../../src/data/datasetText';
import { formatEdtf, parseEdtf, type EdtfDate, type EdtfInterval, type IntervalEnd } from '../../src/data/edtf';
import { findJsonSyntaxError } from '../../src/data/jsonSyntax';
import { readFixture } from './hostileCorpus';

// Property-based tests. Each property has its own fixed seed, so a failure replays exactly:
// fast-check prints the seed and the path of the shrunk counter-example.

/** A plain assertion: expect() is too slow to call tens of thousands of times in a few seconds. */
function check(ok: boolean, what: string, value?: unknown): void {
  if (!ok) throw new Error(value === undefined ? what : `${what}: ${JSON.stringify(value)}`);
}

/**
 * What every result must satisfy: a dataset whose events are sorted, inside the extent, with
 * their quotes where quoteStart says and their categories known; or issues that each read as
 * one short line ending in a full stop.
 */
function checkResult(r: DatasetResult): void {
  if (r.ok) {
    const { events, extent, categories, source } = r.dataset;
    check(events.length > 0, 'an accepted dataset has events');
    check(new Set(events.map((e) => e.id)).size === events.length, 'event ids are unique');
    const known = new Set(categories.map((c) => c.id));
    events.forEach((e, i) => {
      check(e.startMs < e.endMs, 'an event ends after it starts', e);
      check(e.startMs >= extent.startMs && e.endMs <= extent.endMs, 'inside the extent', e);
      check(i === 0 || events[i - 1]!.startMs <= e.startMs, 'events are sorted by start', e);
      check(source.text.startsWith(e.quote, e.quoteStart), 'the quote is at quoteStart', e);
      check(
        e.categories.every((c) => known.has(c)),
        'categories are known',
        e,
      );
    });
    return;
  }
  check(r.issues.length > 0, 'a rejection has issues');
  for (const issue of r.issues) {
    check(typeof issue.message === 'string' && issue.message.trim() !== '', 'the message is text', issue);
    const line = describeIssue(issue);
    check(typeof line === 'string' && line.endsWith('.'), 'describeIssue gives a sentence', line);
    check(!/[\n\r]/.test(line) && line.length < 2_000, 'describeIssue gives one short line', line);
  }
}

// ---------------------------------------------------------------------------------------------
// Datasets that start valid and are then broken in 0-3 places, so that both the shape checks and
// the cross-checks (ids, categories, quotes) and the building of the timeline are reached.

const TEXT =
  'In May, the first thing happened in the north.\n\nOn August 15, a summit was held by the river.\n\n' +
  'In 2025, talks continued all year long. Talks continued.';

const validEvent = fc.record(
  {
    title: fc.constantFrom('Summit', '<script>alert(1)</script>', 'Talks'),
    date: fc.constantFrom(
      '2025',
      '2025-05',
      '2025-08-15',
      '2025-08-15T10:00:00Z',
      '2025-01/2025-10',
      '2025-05/..',
      '/2025',
    ),
    categories: fc.subarray(['bilateral', 'un', 'constructor'], { minLength: 1 }),
    actors: fc.subarray(['Russia', 'China', '<img src=x onerror=alert(1)>']),
    attribution: fc.constantFrom('Russia says', 'The article'),
    quote: fc.constantFrom('the first thing happened in the north', 'a summit was held by the river', 'all year long'),
    note: fc.constantFrom('Undated.', 'javascript:alert(1)'),
  },
  { requiredKeys: ['title', 'date', 'categories', 'actors', 'attribution', 'quote'] },
);
const validDataset = fc.array(validEvent, { minLength: 1, maxLength: 6 }).map((events) => ({
  source: { title: 'A test article', author: 'A. Writer', publisher: 'Test Times', dateline: 'CITY', text: TEXT },
  categories: ['bilateral', 'un', 'constructor'].map((id) => ({ id, label: id, description: '', color: '#0b6bb3' })),
  events: events.map((e, i) => ({ id: `event-${i}`, ...e })),
}));

/** Values to put where a field was: junk of any kind, and near misses of valid values. */
const badValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom<unknown>(
    undefined,
    '',
    '   ',
    'x'.repeat(301),
    '2025-13',
    '2025-02-30',
    'May 2025',
    '2025-10/2025-01',
    'Summit',
    'event-0',
    'nope',
    ['nope'],
    'talks continued',
    'blue',
    JSON.parse('{"__proto__": {"polluted": true, "id": "event-0"}}'),
  ),
);
const corruption = fc.record({
  where: fc.constantFrom('root', 'source', 'category', 'event', 'event', 'event'),
  index: fc.nat(5),
  key: fc.constantFrom(
    'id',
    'title',
    'date',
    'categories',
    'actors',
    'attribution',
    'quote',
    'note',
    'source',
    'events',
    'text',
    'label',
    'color',
    '__proto__',
    'constructor',
  ),
  value: badValue,
});

/** Sets a key as data, the way JSON.parse does, even when the key is "__proto__". */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The object under `key` in `root`, or at `index` in the list there, if there is one. */
function at(root: unknown, key: string, index?: number): Record<string, unknown> | undefined {
  const value: unknown = (root as Record<string, unknown>)[key];
  const item: unknown = Array.isArray(value) && index !== undefined ? value[index % value.length] : value;
  return typeof item === 'object' && item !== null && !Array.isArray(item)
    ? (item as Record<string, unknown>)
    : undefined;
}

const brokenDataset = fc.tuple(validDataset, fc.array(corruption, { maxLength: 3 })).map(([valid, corruptions]) => {
  const d = structuredClone(valid) as unknown as Record<string, unknown>;
  for (const { where, index, key, value } of corruptions) {
    const target =
      where === 'root'
        ? d
        : where === 'source'
          ? at(d, 'source')
          : where === 'category'
            ? at(d, 'categories', index)
            : at(d, 'events', index);
    if (target) put(target, key, value);
  }
  return d;
});

describe('parseDataset never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => checkResult(parseDataset(value))),
      { seed: 0x5eed0001, numRuns: 3_000 },
    );
  });

  it('on valid datasets broken in up to three places, accepting some and rejecting most', () => {
    let accepted = 0;
    fc.assert(
      fc.property(brokenDataset, (value) => {
        const before = JSON.stringify(value);
        const r = parseDataset(value);
        checkResult(r);
        check(JSON.stringify(value) === before, 'parseDataset leaves its input as it was');
        if (r.ok) accepted++;
      }),
      { seed: 0x5eed0002, numRuns: 4_000 },
    );
    // Both outcomes must be common, or the arbitrary is not testing what it claims to.
    expect(accepted).toBeGreaterThan(400);
    expect(accepted).toBeLessThan(3_600);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Text: arbitrary strings, and the JSON text of a valid dataset truncated or edited.

const VALID_TEXT = readFixture('valid.json');
const jsonChar = fc.constantFrom(...[...'{}[]",:\\ \n0123456789-.eEtrufalsn\u00a0\ufeff\u0000é🙂']);
// Any code point, half surrogate pairs included. (fc.string({ unit: 'binary' }) takes a second to build.)
const anyChar = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));
const edit = fc.tuple(fc.nat(), fc.nat(12), fc.string({ unit: jsonChar, maxLength: 4 }));
const mutatedText = fc.oneof(
  fc.nat(VALID_TEXT.length).map((n) => VALID_TEXT.slice(0, n)),
  fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((text, [at, remove, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + remove);
    }, VALID_TEXT),
  ),
);

/** parseDatasetText's result on `text` is well formed, and its JSON verdict agrees with JSON.parse. */
function checkText(text: string): void {
  const r = parseDatasetText(text);
  checkResult(r);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let isJson = true;
  try {
    JSON.parse(body);
  } catch {
    isJson = false;
  }
  check((findJsonSyntaxError(body) === null) === isJson, 'findJsonSyntaxError agrees with JSON.parse');
  if (isJson || r.ok) return;
  const [issue, ...rest] = r.issues;
  check(rest.length === 0 && issue?.line !== undefined && issue.column !== undefined, 'one located issue', r.issues);
  const lines = body.split('\n');
  const { line = 0, column = 0 } = issue ?? {};
  check(line >= 1 && line <= lines.length, 'the line is in the text', issue);
  check(column >= 1 && column <= lines[line - 1]!.length + 1, 'the column is on the line', issue);
}

describe('parseDatasetText never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: anyChar }), fc.string({ unit: jsonChar })), checkText),
      { seed: 0x5eed0003, numRuns: 4_000 },
    );
  });

  it("on a valid dataset's JSON text, truncated or edited", () => {
    let parsedAsJson = 0;
    fc.assert(
      fc.property(mutatedText, (text) => {
        checkText(text);
        if (findJsonSyntaxError(text) === null) parsedAsJson++;
      }),
      { seed: 0x5eed0004, numRuns: 2_000 },
    );
    expect(parsedAsJson).toBeGreaterThan(100);
  });
});

// ---------------------------------------------------------------------------------------------
// EDTF: valid values built from their parts, with bounds counted without Date, round-trip.

const DAY_MS = 86_400_000;
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const monthDays = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

/** Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar, counted by hand. */
function epochDay(y: number, m: number, d: number): number {
  // Leap years in [0, y): multiples of 4, less multiples of 100, plus multiples of 400 (0 is all three).
  const leapYearsBefore = Math.ceil(y / 4) - Math.ceil(y / 100) + Math.ceil(y / 400);
  let days = 365 * y + leapYearsBefore - 719_528;
  for (let k = 1; k < m; k++) days += monthDays(y, k);
  return days + d - 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const QUALIFIER = { '': [false, false], '?': [true, false], '~': [false, true], '%': [true, true] } as const;

/** A valid EDTF date: its canonical text and the value parseEdtf must give for it. */
const edtfDate: fc.Arbitrary<{ text: string; value: EdtfDate }> = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }))
  .chain(([year, month]) =>
    fc.record({
      year: fc.constant(year),
      month: fc.constant(month),
      day: fc.integer({ min: 1, max: monthDays(year, month) }),
      precision: fc.constantFrom('year', 'month', 'day', 'time'),
      qualifier: fc.constantFrom('', '?', '~', '%'),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
      // null: no offset written; 0: Z; otherwise ±hh:mm, as the parser accepts up to 14:59.
      offsetMinutes: fc.oneof(
        fc.constant(null),
        fc.constant(0),
        fc
          .tuple(fc.constantFrom(1, -1), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 59 }))
          .filter(([, h, m]) => h + m > 0)
          .map(([sign, h, m]) => sign * (h * 60 + m)),
      ),
    }),
  )
  .map(({ year, month, day, precision, qualifier, hour, minute, second, offsetMinutes }) => {
    const [uncertain, approximate] = QUALIFIER[qualifier];
    const base = { type: 'date', year, uncertain, approximate } as const;
    const y = pad(year, 4);
    if (precision === 'year')
      return {
        text: `${y}${qualifier}`,
        value: { ...base, precision, startMs: epochDay(year, 1, 1) * DAY_MS, endMs: epochDay(year + 1, 1, 1) * DAY_MS },
      };
    const next = month === 12 ? epochDay(year + 1, 1, 1) : epochDay(year, month + 1, 1);
    if (precision === 'month')
      return {
        text: `${y}-${pad(month)}${qualifier}`,
        value: { ...base, month, precision, startMs: epochDay(year, month, 1) * DAY_MS, endMs: next * DAY_MS },
      };
    const startOfDay = epochDay(year, month, day) * DAY_MS;
    if (precision === 'day')
      return {
        text: `${y}-${pad(month)}-${pad(day)}${qualifier}`,
        value: { ...base, month, day, precision, startMs: startOfDay, endMs: startOfDay + DAY_MS },
      };
    const zone =
      offsetMinutes === null
        ? ''
        : offsetMinutes === 0
          ? 'Z'
          : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
    const startMs = startOfDay + ((hour * 60 + minute) * 60 + second) * 1000 - (offsetMinutes ?? 0) * 60_000;
    return {
      text: `${y}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`,
      value: {
        type: 'date',
        year,
        month,
        day,
        time: { hour, minute, second, offsetMinutes },
        precision,
        uncertain: false,
        approximate: false,
        startMs,
        endMs: startMs + 1,
      },
    };
  });

const intervalEnd: fc.Arbitrary<{ text: string; value: IntervalEnd }> = fc.oneof(
  { weight: 4, arbitrary: edtfDate },
  { weight: 1, arbitrary: fc.constant({ text: '..', value: { type: 'open' } as const }) },
  { weight: 1, arbitrary: fc.constant({ text: '', value: { type: 'unknown' } as const }) },
);

/** A valid interval: at least one known end, and the end starting after the start starts. */
const edtfInterval: fc.Arbitrary<{ text: string; value: EdtfInterval }> = fc
  .tuple(intervalEnd, intervalEnd)
  .map(([a, b]): [typeof a, typeof b] =>
    a.value.type === 'date' && b.value.type === 'date' && b.value.startMs < a.value.startMs ? [b, a] : [a, b],
  )
  .filter(([a, b]) =>
    a.value.type === 'date' && b.value.type === 'date'
      ? a.value.startMs < b.value.startMs
      : a.value.type === 'date' || b.value.type === 'date',
  )
  .map(([a, b]) => ({ text: `${a.text}/${b.text}`, value: { type: 'interval', start: a.value, end: b.value } }));

const edtfValue = fc.oneof(edtfDate, edtfInterval);

describe('EDTF round trip', () => {
  it('counts days by hand the same as Date.UTC (the oracle below is right)', () => {
    fc.assert(
      fc.property(edtfDate, ({ value }) => {
        if (value.year < 100) return;
        expect(epochDay(value.year, value.month ?? 1, value.day ?? 1) * DAY_MS).toBe(
          Date.UTC(value.year, (value.month ?? 1) - 1, value.day ?? 1),
        );
      }),
      { seed: 0x5eed0005, numRuns: 1_000 },
    );
  });

  it('parses canonical text to the value built from its parts, and formats that value back to the text', () => {
    fc.assert(
      fc.property(edtfValue, ({ text, value }) => {
        const parsed = parseEdtf(text);
        expect(parsed).toEqual({ ok: true, value });
        expect(formatEdtf(value)).toBe(text);
        if (parsed.ok) expect(formatEdtf(parsed.value)).toBe(text);
      }),
      { seed: 0x5eed0006, numRuns: 5_000 },
    );
  });

  it('formats non-canonical offsets (+00:00, -00:00, +05) to text that parses back to the same value', () => {
    const dateTime = edtfDate.filter(({ value }) => value.precision === 'time');
    const zone = fc.oneof(
      fc.constantFrom('+00:00', '-00:00', '+00', '-00'),
      fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 })).map(([sign, h]) => `${sign}${pad(h)}`),
    );
    fc.assert(
      fc.property(dateTime, zone, ({ text }, z) => {
        const r = parseEdtf(text.replace(/(Z|[+-]\d\d:\d\d)?$/, z));
        if (!r.ok) throw new Error(r.error);
        expect(parseEdtf(formatEdtf(r.value))).toEqual(r);
      }),
      { seed: 0x5eed0008, numRuns: 1_000 },
    );
  });

  it('never throws on arbitrary strings, and whatever it accepts formats to text that parses back the same', () => {
    const edtfChar = fc.constantFrom(...'0123456789-/?~%.TZ:+ x'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: edtfChar, maxLength: 30 })), (s) => {
        const r = parseEdtf(s);
        if (!r.ok) {
          expect(typeof r.error).toBe('string');
          expect(r.error).not.toBe('');
          return;
        }
        const again = parseEdtf(formatEdtf(r.value));
        expect(again).toEqual(r);
      }),
      { seed: 0x5eed0007, numRuns: 5_000 },
    );
  });
});
