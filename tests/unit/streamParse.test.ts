import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildUnchecked, describeIssue } from '../../src/data/dataset';
import { parseDatasetTextUnchecked } from '../../src/data/datasetText';
import type { EventInput } from '../../src/data/schema';
import { createStreamParse } from '../../src/data/streamParse';
import { generateDataset } from '../../src/generate/generateDataset';

/** The file's text given in pieces cut at `cuts` (positions, any order), as a download gives it. */
function streamed(text: string, cuts: readonly number[], batchChars?: number) {
  const at = [...new Set(cuts.map((c) => Math.min(Math.max(0, c), text.length)))].sort((a, b) => a - b);
  const told: EventInput[] = [];
  const parse = createStreamParse({ batchChars, onEvents: (events) => void told.push(...events) });
  let from = 0;
  for (const c of [...at, text.length]) {
    parse.push(text.slice(from, c));
    from = c;
  }
  const end = parse.finish();
  if (end.way === 'whole') return { result: parseDatasetTextUnchecked(text), way: end.way };
  // The events told as they passed are the dataset's, in the file's order.
  return { result: buildUnchecked({ ...end.rest, events: told }), way: end.way };
}

/** What a person is told, or the dataset (as JSON, so the two compare field by field). */
const answer = (r: ReturnType<typeof parseDatasetTextUnchecked>) =>
  r.ok ? JSON.parse(JSON.stringify({ dataset: r.dataset, pending: r.pending })) : r.issues.map(describeIssue);

const everyCut = (text: string, size: number) =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) => i * size);

const small = generateDataset({ count: 40, seed: 3 });
const compact = JSON.stringify(small);

describe('a dataset parsed as it downloads (createStreamParse)', () => {
  it('gives exactly the dataset the whole text gives, however the text is cut, and takes the quick way', () => {
    const whole = answer(parseDatasetTextUnchecked(compact));
    for (const size of [1, 7, 100, 4096, 300_000]) {
      const { result, way } = streamed(compact, everyCut(compact, size));
      expect(answer(result), `pieces of ${size}`).toEqual(whole);
      expect(way, `pieces of ${size}`).toBe('quick');
    }
  });

  it('takes the quick way for a large file, its events parsed in batches', () => {
    const text = JSON.stringify(generateDataset({ count: 3000, seed: 8 }));
    const { result, way } = streamed(text, everyCut(text, 65_536));
    expect(answer(result)).toEqual(answer(parseDatasetTextUnchecked(text)));
    expect(way).toBe('quick');
  });

  it('reads the fields in any order, pretty-printed or not, with a byte order mark', () => {
    const { source, categories, events } = small;
    for (const text of [
      JSON.stringify({ events, categories, source }),
      JSON.stringify({ categories, events, extra: { note: ['kept out'] }, source }),
      JSON.stringify(small, null, 2),
      `\ufeff${compact}`,
      ` \n${compact}\n `,
    ]) {
      const whole = answer(parseDatasetTextUnchecked(text));
      expect(whole).not.toBeInstanceOf(Array); // a dataset, not problems
      for (const size of [3, 5000])
        expect(answer(streamed(text, everyCut(text, size)).result), text.slice(0, 20)).toEqual(whole);
    }
  });

  it('keeps passages that hold braces, commas, quotes and backslashes, cut anywhere', () => {
    const tricky = 'He said "},{" and \\"}, then {"a":[1]}, and C:\\\\dir\\\\ ended.';
    const text0 = `${small.source.text}\n\n${tricky}`;
    const events = small.events.map((e, i) => (i % 3 === 0 ? { ...e, quote: tricky, note: '},{"x":"\\' } : e));
    // The tricky passage is quoted by many events: only the quote check minds that.
    const text = JSON.stringify({ ...small, source: { ...small.source, text: text0 }, events });
    const whole = answer(parseDatasetTextUnchecked(text));
    fc.assert(
      // Batches as small as a few events, so that they are cut inside those passages too.
      fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 60 }), fc.nat(3000), (cuts, batchChars) => {
        const { result, way } = streamed(text, cuts, batchChars);
        expect(answer(result)).toEqual(whole);
        expect(way).toBe('quick');
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the last of a field given twice, as JSON.parse does', () => {
    for (const text of [
      compact.replace('"source":', '"events":[],"source":'),
      compact.replace('"source":', '"source":{},"source":'),
      compact.replace(/]}$/, '],"events":[]}'),
    ]) {
      const whole = answer(parseDatasetTextUnchecked(text));
      for (const size of [1, 9, 1000, 300_000])
        expect(answer(streamed(text, everyCut(text, size)).result)).toEqual(whole);
    }
  });

  it('names every problem of a bad file exactly as the whole text does', () => {
    const e0 = JSON.stringify(small.events[0]);
    const e1 = JSON.stringify(small.events[1]);
    const bad = [
      compact.replace(`${e0},`, `${e0}`), // no comma between two events
      compact.replace(`${e0},${e1}`, `${e0},${e1},`).replace(/]}$/, ',]}'), // a trailing comma
      `${compact} {}`, // text after the end
      compact.replace('"title":', '"titel":'), // an event without a title
      compact.replace(`"id":"${small.events[1]!.id}"`, `"id":"${small.events[0]!.id}"`), // a duplicate id
      compact.replace(/"categories":\["[a-z-]+"/, '"categories":["nowhere"'), // an unknown category
      JSON.stringify({ ...small, categories: [...small.categories, small.categories[0]] }), // a category id used twice
      compact.replace(`"id":"${small.events[39]!.id}"`, `"id":"${small.events[2]!.id}"`), // a duplicate id, far apart
      JSON.stringify({ ...small, events: {} }), // events that are not a list
      JSON.stringify({ ...small, events: [] }), // no events
      JSON.stringify({ ...small, events: [...small.events, 5] }), // an event that is a number
      compact.slice(0, compact.length / 2), // cut short
      '[]',
      '',
    ];
    for (const text of bad) {
      const whole = answer(parseDatasetTextUnchecked(text));
      expect(whole, text.slice(0, 60)).toBeInstanceOf(Array);
      for (const size of [1, 9, 1000, 300_000])
        for (const batchChars of [undefined, 50]) {
          const { result, way } = streamed(text, everyCut(text, size), batchChars);
          expect(answer(result), `${text.slice(0, 40)}… in pieces of ${size}`).toEqual(whole);
          expect(way).toBe('whole');
        }
    }
  });
});
