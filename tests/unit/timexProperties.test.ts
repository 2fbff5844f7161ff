import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../src/extract/timex/find';

// Property-based tests of the time-expression tagger, each with a fixed seed so a failure
// replays exactly. The expected values are computed here with Date.UTC, not by the tagger's
// own calendar code.

const RUNS = { seed: 42, numRuns: 300 };
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** The usual abbreviations; May has none, and September has two. */
const ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const dayOf = (ms: number): Day => {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
const edtf = ({ y, m, d }: Day) => `${y}-${pad(m)}-${pad(d)}`;

/** Any real calendar day from 1900-01-01 to 2099-12-31. */
const calendarDay = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 })
  .map((n) => dayOf(n * 86_400_000));

type Precision = 'day' | 'month' | 'year';
interface Style {
  readonly precision: Precision;
  /** Words before the date that are not part of it, and the date as written. */
  readonly write: (day: Day) => readonly [before: string, date: string];
}

const month = (day: Day) => MONTHS[day.m - 1]!;
const abbr = (day: Day) => (day.m === 5 ? 'May' : `${ABBR[day.m - 1]}.`);
const at = (precision: Precision, write: (day: Day) => string | readonly [string, string]): Style => ({
  precision,
  write: (day) => {
    const w = write(day);
    return typeof w === 'string' ? ['', w] : w;
  },
});

/** Ways a news writer spells a date out in words, at day, month and year precision. */
const WORD_STYLES: readonly Style[] = [
  at('day', (x) => `${month(x)} ${x.d}, ${x.y}`),
  at('day', (x) => `${x.d} ${month(x)} ${x.y}`),
  at('day', (x) => `${abbr(x)} ${x.d}, ${x.y}`),
  at('day', (x) => `${abbr(x).replace('.', '')} ${x.d}, ${x.y}`),
  at('day', (x) => `${month(x)} ${ordinal(x.d)}, ${x.y}`),
  at('day', (x) => ['the ', `${ordinal(x.d)} of ${month(x)} ${x.y}`]),
  at('day', (x) => `${ordinal(x.d)} ${month(x)} ${x.y}`),
  at('day', (x) => `${month(x)} ${x.d} ${x.y}`),
  at('day', (x) => `${x.d} ${month(x)}, ${x.y}`),
  at('month', (x) => `${month(x)} ${x.y}`),
  at('month', (x) => `${month(x)} of ${x.y}`),
  at('month', (x) => `${abbr(x)} ${x.y}`),
  at('month', (x) => `early ${month(x)} ${x.y}`),
  at('year', (x) => `${x.y}`),
  at('year', (x) => `the year ${x.y}`),
  at('year', (x) => `fiscal ${x.y}`),
  at('year', (x) => `late ${x.y}`),
];

/** Numeric styles, and a weekday before the date, which must read as one date. */
const NUMERIC_STYLES: readonly Style[] = [
  at('day', (x) => `${x.y}-${pad(x.m)}-${pad(x.d)}`),
  at('day', (x) => `${x.m}/${x.d}/${x.y}`),
];
const WEEKDAY_STYLE: Style = at(
  'day',
  (x) => `${WEEKDAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]}, ${month(x)} ${x.d}, ${x.y}`,
);

/** Sentences to carry a date: `{p}` is the preposition ("on" for a day, "in" otherwise). */
const TEMPLATES = [
  'The accord was signed {p} {d}.',
  '{P} {d}, the ministers met in Geneva.',
  'Officials said the plant closed {p} {d}, after a fire.',
  'The committee will vote {p} {d} on the budget.',
];

const valueAt = (day: Day, precision: Precision) =>
  precision === 'day' ? edtf(day) : precision === 'month' ? `${day.y}-${pad(day.m)}` : String(day.y);

/** A written date is found once, as exactly the words written, at exactly their precision. */
function parsesBack(styles: readonly Style[]) {
  return fc.property(calendarDay, fc.constantFrom(...styles), fc.constantFrom(...TEMPLATES), (day, style, template) => {
    const [before, written] = style.write(day);
    const p = style.precision === 'day' ? 'on' : 'in';
    const [head, tail] = template
      .replace('{p}', p)
      .replace('{P}', p === 'on' ? 'On' : 'In')
      .split('{d}') as [string, string];
    const text = head + before + written + tail;
    const dates = findTimexes(text, { year: 2013, month: 3, day: 15 }).filter((t) => t.type === 'date');
    expect(
      dates.map((t) => [t.start, t.text, t.value]),
      text,
    ).toEqual([[head.length + before.length, written, valueAt(day, style.precision)]]);
  });
}

describe('dates written out', () => {
  it(`a date written by a formatter in ${WORD_STYLES.length} word styles parses back to itself at its precision`, () => {
    fc.assert(parsesBack(WORD_STYLES), RUNS);
  });

  it('a date written as ISO 8601 or US month/day/year parses back to itself', () => {
    fc.assert(parsesBack(NUMERIC_STYLES), RUNS);
  });

  it('a date written with its weekday first parses back to itself as one date', () => {
    fc.assert(parsesBack([WEEKDAY_STYLE]), RUNS);
  });
});

/** Pieces of news copy, with dates, numbers, emoji, curly quotes and line breaks. */
const FRAGMENTS = [
  'The accord was signed on March 5, 2013.',
  'Sales fell 3% in the third quarter of 2012',
  'from January to October 2025',
  'between 2009 and 2010,',
  'the talks lasted for three years',
  '“We will meet on Friday,” she said 😀',
  'last July',
  'in early May',
  'the mid-1990s',
  'at 3 p.m. yesterday',
  'every week',
  'until 2030',
  'the end of',
  'May',
  'Prices may rise',
  '2000 people',
  '$1990',
  '1990-91',
  '2013-03-05',
  'Tuesday, March 5',
  '\r\n',
  'nineteen ninety-six',
  'Christmas Day 2024',
  'recently',
  '—',
];

describe('spans', () => {
  it('every timex is its own slice of the text, trimmed, sorted and not overlapping, whatever the copy around it', () => {
    const anchor = fc.option(fc.constantFrom({ year: 2013, month: 3, day: 15 }, { year: 2025 }), { nil: undefined });
    const piece = fc
      .tuple(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
          { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
        ),
        fc.constantFrom(' ', '', ', ', ' and ', ' to ', '\n'),
      )
      .map(([fragment, join]) => fragment + join);
    const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, anchor, (t, a) => {
        const found = findTimexes(t, a);
        found.forEach((x, i) => {
          expect(t.slice(x.start, x.end), t).toBe(x.text);
          expect(x.text, t).toMatch(/^\S(?:.*\S)?$/s);
          if (i > 0) expect(found[i - 1]!.end, t).toBeLessThanOrEqual(x.start);
        });
      }),
      RUNS,
    );
  });
});

describe('named days', () => {
  it('yesterday, today and tomorrow are the day before, the day of and the day after a full document date', () => {
    const sentences: readonly [string, string, number][] = [
      ['He arrived yesterday.', 'yesterday', -1],
      ['Markets are calm today.', 'today', 0],
      ['She leaves tomorrow.', 'tomorrow', 1],
      ['The vote was held the day before yesterday.', 'the day before yesterday', -2],
    ];
    fc.assert(
      fc.property(calendarDay, fc.constantFrom(...sentences), (anchor, [sentence, words, offset]) => {
        const expected = edtf(dayOf(Date.UTC(anchor.y, anchor.m - 1, anchor.d + offset)));
        const found = findTimexes(sentence, { year: anchor.y, month: anchor.m, day: anchor.d });
        expect(found.map((t) => [t.text, t.value])).toEqual([[words, expected]]);
      }),
      RUNS,
    );
  });
});
