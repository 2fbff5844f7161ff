import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcMs } from '../../src/data/edtf';
import { decodeView, encodeView, formatUrlDate, parseUrlDate, type UrlView } from '../../src/state/urlState';

const known = {
  categories: new Set(['bilateral', 'un', 'security']),
  events: new Set(['anchorage-summit', 'iran-treaty']),
};
const DAY = 86_400_000;

describe('decodeView', () => {
  it('reads the example link from the issue', () => {
    const { view, notices } = decodeView(
      '?cats=bilateral,un&event=anchorage-summit&from=2025-05-01&to=2025-09-30',
      known,
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      cats: ['bilateral', 'un'],
      event: 'anchorage-summit',
      fromMs: utcMs(2025, 4, 1),
      toMs: utcMs(2025, 9, 1),
    });
  });

  it('reads an empty category list as "none" and no list as "all"', () => {
    expect(decodeView('?cats=', known).view.cats).toEqual([]);
    expect(decodeView('?data=x.json', known).view.cats).toBeUndefined();
  });

  it('ignores what is malformed or unknown and says so', () => {
    const { view, notices } = decodeView('?cats=un,trade&event=nope&from=2025-13-01&to=2025-02-30', known);
    expect(view).toEqual({ cats: ['un'] });
    expect(notices).toEqual([
      'The link names categories this dataset does not have ("trade"); they were ignored.',
      'The link selects an event "nope" that this dataset does not have; nothing is selected.',
      'The link\'s window has "from=2025-13-01" and "to=2025-02-30" (dates look like 2025-05-01); the whole timeline is shown.',
    ]);
  });

  it('refuses a window that ends before it starts, or has only one end', () => {
    expect(decodeView('?from=2025-09-01&to=2025-05-01', known).notices).toEqual([
      "The link's window ends (2025-05-01) before it starts (2025-09-01); the whole timeline is shown.",
    ]);
    expect(decodeView('?from=2025-09-01', known).notices[0]).toMatch(/has no "to"/);
  });

  it('reads a window to the minute', () => {
    const { view } = decodeView('?from=2025-08-15T06:30&to=2025-08-15T18:00', known);
    expect(view).toEqual({ fromMs: Date.UTC(2025, 7, 15, 6, 30), toMs: Date.UTC(2025, 7, 15, 18) });
  });
});

describe('encodeView', () => {
  it('writes the readable form and keeps other parameters', () => {
    const s = encodeView(
      {
        cats: ['bilateral', 'un'],
        event: 'anchorage-summit',
        fromMs: utcMs(2025, 4, 1),
        toMs: utcMs(2025, 9, 1),
        q: 'summit talks',
      },
      '?data=other.json&from=1999-01-01',
    );
    expect(s).toBe(
      '?data=other.json&cats=bilateral,un&event=anchorage-summit&from=2025-05-01&to=2025-09-30&q=summit+talks',
    );
  });

  it('writes nothing for the default view', () => {
    expect(encodeView({}, '')).toBe('');
    expect(encodeView({}, '?cats=un&event=x')).toBe('');
  });
});

const viewArb: fc.Arbitrary<UrlView> = fc
  .record(
    {
      cats: fc.subarray(['bilateral', 'un', 'security']),
      event: fc.constantFrom('anchorage-summit', 'iran-treaty'),
      window: fc
        .tuple(fc.integer({ min: 0, max: 3000 * 24 * 60 }), fc.integer({ min: 1, max: 400 * 24 * 60 }))
        .map(([startMin, lengthMin]) => ({
          fromMs: utcMs(2020, 0, 1) + startMin * 60_000,
          toMs: utcMs(2020, 0, 1) + (startMin + lengthMin) * 60_000,
        })),
      q: fc.string({ minLength: 1, maxLength: 30 }).filter((q) => q.trim() !== '' && q === q.trim()),
    },
    { requiredKeys: [] },
  )
  .map(({ window, ...rest }) => ({ ...rest, ...(window ?? {}) }));

describe('URL state properties', () => {
  it('decode(encode(view)) gives the view back', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const { view: back, notices } = decodeView(encodeView(view, ''), known);
        expect(notices).toEqual([]);
        expect(back).toEqual(view);
      }),
      { seed: 4242, numRuns: 3000 },
    );
  });

  it('decoding never throws, whatever the query string', () => {
    const anyParam = fc.constantFrom('cats', 'event', 'from', 'to', 'q', 'data', 'x');
    const search = fc.oneof(
      fc.string(),
      fc
        .array(fc.tuple(anyParam, fc.string()), { maxLength: 6 })
        .map((kv) => '?' + kv.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
    );
    fc.assert(
      fc.property(search, (s) => {
        const { view, notices } = decodeView(s, known);
        expect(typeof view).toBe('object');
        for (const n of notices) expect(typeof n).toBe('string');
      }),
      { seed: 77, numRuns: 5000 },
    );
  });
});

describe('URL dates', () => {
  it('round-trip to the minute and reject impossible dates', () => {
    expect(formatUrlDate(utcMs(2025, 4, 1))).toBe('2025-05-01');
    expect(formatUrlDate(Date.UTC(2025, 4, 1, 13, 5))).toBe('2025-05-01T13:05');
    expect(parseUrlDate('2025-02-29')).toBeNull();
    expect(parseUrlDate('2025-05-01T24:00')).toBeNull();
    expect(parseUrlDate('2025-05-01T23:59')).toBe(utcMs(2025, 4, 1) + DAY - 60_000);
  });
});
