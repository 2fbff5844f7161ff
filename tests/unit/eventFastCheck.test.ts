import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fastCheckEvent, knownValid } from '../../src/data/eventFastCheck';
import { EventSchema, LIMITS } from '../../src/data/schema';
import { generateDataset } from '../../src/generate/generateDataset';

// fast-check prints the seed and the shrunk counter-example of a failure.

const generated = generateDataset({ count: 300, seed: 21 }).events;

/** Events as files have them: generated ones, drafts' fields, padded text. */
const goodEvent = fc
  .record(
    {
      base: fc.constantFrom(...generated),
      title: fc.constantFrom(undefined, '  Padded title\n', 'x'.repeat(LIMITS.titleLength)),
      actors: fc.constantFrom(undefined, [' Padded actor\t', 'Another']),
      note: fc.constantFrom('', 'Undated.'),
      status: fc.constantFrom('draft', 'checked'),
      dateText: fc.constantFrom('in August', ''),
      dateSource: fc.constantFrom('sentence', 'heading', 'framing', 'document date'),
      confidence: fc.constantFrom(0, 0.5, 1),
    },
    { requiredKeys: ['base'] },
  )
  .map(({ base, title, actors, ...drafted }) => ({
    ...base,
    ...(title === undefined ? {} : { title }),
    ...(actors === undefined ? {} : { actors }),
    ...drafted,
  }));

/** What to put where a field was: junk of any kind, and near misses of valid values. */
const badValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 6 }),
  fc.constantFrom<unknown>(
    undefined,
    '',
    ' \u00a0\ufeff ',
    'x'.repeat(LIMITS.titleLength + 1),
    'x'.repeat(LIMITS.labelLength + 1),
    ` ${'x'.repeat(LIMITS.labelLength)} `,
    'A-slug',
    'a--slug',
    '-a',
    'a-',
    'a_b',
    'é',
    `a${'-a'.repeat(40)}`,
    '2025-13',
    '2025-02-30',
    '2025-10/2025-01',
    -0.1,
    1.01,
    '0.5',
    'draft ',
    ['a', 'A'],
    [],
    ['a', ''],
    ['a', '  '],
    Array.from({ length: LIMITS.listLength + 1 }, () => 'a'),
    [{ url: 'https://example.org', label: 'A link' }],
    [{ url: 'javascript:alert(1)', label: 'x' }],
  ),
);

// Every field the schema knows (a field added to it is tried here at once), and one it does not.
const FIELDS = [...Object.keys(EventSchema.pipe[1].entries), 'extra'];

/** An event with 0 to 3 fields replaced, dropped or added. */
const anyEvent = fc
  .tuple(goodEvent, fc.array(fc.tuple(fc.constantFrom(...FIELDS), badValue), { maxLength: 3 }))
  .map(([e, changes]) => {
    const out: Record<string, unknown> = { ...e };
    for (const [key, value] of changes)
      if (value === undefined) delete out[key];
      else out[key] = value;
    return out;
  });

describe('fastCheckEvent, the quick way through EventSchema', () => {
  it('says yes only to events valibot passes, and gives what valibot gives, no field more or less', () => {
    fc.assert(
      fc.property(fc.oneof(anyEvent, badValue), (e) => {
        const quick = fastCheckEvent(e);
        if (quick === null) return;
        const r = v.safeParse(EventSchema, e);
        expect(r.success).toBe(true);
        expect(quick).toStrictEqual(r.output);
        expect(Object.keys(quick).sort()).toEqual(Object.keys(r.output as object).sort());
      }),
      { numRuns: 3000 },
    );
  });

  it('answers each event of a file alike, whatever the events before it were found to hold', () => {
    // A file's events are checked with the dates and categories found valid so far remembered:
    // each event comes twice, so the second time meets what its own values left behind.
    fc.assert(
      fc.property(fc.array(fc.oneof(anyEvent, badValue), { maxLength: 8 }), (events) => {
        const known = knownValid();
        for (const e of [...events, ...events]) expect(fastCheckEvent(e, known)).toStrictEqual(fastCheckEvent(e));
      }),
      { numRuns: 500 },
    );
  });

  it('says yes to every valid event without links, as files of many events have them', () => {
    fc.assert(
      fc.property(goodEvent, (e) => {
        expect(fastCheckEvent(e)).toStrictEqual(v.parse(EventSchema, e));
      }),
      { numRuns: 500 },
    );
  });
});
