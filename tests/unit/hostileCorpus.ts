import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The hostile and broken input corpus in tests/fixtures/hostile: each file is valid.json (nine
 * events of the bundled article) broken in one way, or in several for many-problems.json, and
 * every line a person is shown for it, in order. Shared by the parser and the validate CLI tests.
 */
export const HOSTILE_DIR = 'tests/fixtures/hostile';

export function readFixture(file: string): string {
  return readFileSync(join(HOSTILE_DIR, file), 'utf8');
}

/** Files that are valid despite looking hostile. */
export const ACCEPTED = ['valid.json', 'markup-in-every-text-field.json', 'proto-keys.json'] as const;

const EXPECTED_VALUE = 'expected a value (text in double quotes, a number, true, false, null, { or [)';
const ROOT = 'The dataset must be a JSON object with "source", "categories" and "events"';
const KNOWN = 'known: bilateral, un, security, commemoration, regional, information, religion-migration, background';

export const BROKEN: readonly (readonly [file: string, lines: readonly string[]])[] = [
  // The opening of the article itself, pasted where the dataset should be.
  ['not-json.txt', [`Not valid JSON at line 1, column 1: ${EXPECTED_VALUE}, found "I".`]],
  // A server's 404 page served in place of the file.
  ['html-page.txt', [`Not valid JSON at line 1, column 1: ${EXPECTED_VALUE}, found "<".`]],
  // Downloads cut off inside the article text and between two events.
  [
    'truncated-in-string.txt',
    ['Not valid JSON at line 8, column 959: a string is not closed (the file ends inside it).'],
  ],
  [
    'truncated-between-events.txt',
    ['Not valid JSON at line 100, column 1: the file ends too early (2 brackets still open).'],
  ],
  // The comma after "date" of events[5] left out.
  ['missing-comma.txt', [`Not valid JSON at line 114, column 7: expected "," or "}", found '"'.`]],
  // Only the list of events, only an address, and null.
  ['wrong-shape-array.json', [`${ROOT}, not a list.`]],
  ['wrong-shape-string.json', [`${ROOT}, not a string.`]],
  ['wrong-shape-null.json', [`${ROOT}, not null.`]],
  ['missing-source.json', ['Field "source": is missing.']],
  ['missing-categories.json', ['Field "categories": is missing.']],
  ['missing-events.json', ['Field "events": is missing.']],
  ['event-missing-title.json', ['Event "putin-xi-visit-moscow" (events[4]), field "title": is missing.']],
  ['event-missing-id.json', ['Event 4 (events[3]), field "id": is missing.']],
  [
    'event-empty-attribution.json',
    ['Event "putin-xi-visit-beijing" (events[5]), field "attribution": must not be empty.'],
  ],
  ['event-blank-quote.json', ['Event "russia-iran-treaty-signed" (events[6]), field "quote": must not be empty.']],
  [
    'event-date-number.json',
    ['Event "cis-year-of-peace-and-unity" (events[1]), field "date": must be an EDTF date string, not a number.'],
  ],
  [
    'duplicate-ids.json',
    [
      'Event "putin-xi-visit-moscow" (events[6]), field "id": the id "putin-xi-visit-moscow" is already used by events[4].',
    ],
  ],
  ['duplicate-category-ids.json', ['Field "categories[6].id": the category id "un" is already used by categories[1].']],
  [
    'unknown-category.json',
    [
      `Event "un-resolution-glorification-of-nazism" (events[3]), field "categories[1]": "diplomacy" is not a known category (${KNOWN}).`,
    ],
  ],
  [
    'date-month-13.json',
    [
      'Event "unga-wwii-commemoration" (events[2]), field "date": "2025-13" is not a valid EDTF date: month 13 does not exist.',
    ],
  ],
  [
    'date-february-30.json',
    [
      'Event "unga-wwii-commemoration" (events[2]), field "date": "2025-02-30" is not a valid EDTF date: February 2025 has no day 30 (it has 28 days).',
    ],
  ],
  [
    'date-in-words.json',
    [
      'Event "unga-wwii-commemoration" (events[2]), field "date": "May 2025" is not a valid EDTF date: expected a form like 2025, 2025-05, 2025-05-15 or 2025-01/2025-10.',
    ],
  ],
  ['date-empty.json', ['Event "unga-wwii-commemoration" (events[2]), field "date": must not be empty.']],
  [
    'date-interval-backwards.json',
    [
      'Event "russia-iran-treaty-signed" (events[6]), field "date": "2025-10/2025-01" is not a valid EDTF date: interval ends (2025-01) before it starts (2025-10).',
    ],
  ],
  // A straight apostrophe where the article has a curly one.
  [
    'quote-not-found.json',
    [
      'Event "unga-wwii-commemoration" (events[2]), field "quote": is not found in source.text; a quote must be copied from the text exactly.',
    ],
  ],
  // "Comprehensive Strategic Partnership Treaty" is in the paragraphs on Iran and on the DPRK.
  [
    'quote-ambiguous.json',
    [
      'Event "russia-iran-treaty-in-force" (events[7]), field "quote": occurs more than once in source.text, so it is ambiguous; quote a longer passage.',
    ],
  ],
  ['zero-events.json', ['Field "events": is empty: the dataset has no events to show.']],
  [
    'many-problems.json',
    [
      'Field "source.title": must not be empty.',
      'Field "categories[2].color": "red" must be a hex colour like "#1f77b4".',
      'Event "victory-80th-anniversary" (events[0]), field "date": "2025-13" is not a valid EDTF date: month 13 does not exist.',
      'Event "cis-year-of-peace-and-unity" (events[1]), field "actors": is missing.',
      'Event "russia-dprk-relations-deepen" (events[8]), field "title": must not be empty.',
      `Event "un-resolution-glorification-of-nazism" (events[3]), field "categories[1]": "diplomacy" is not a known category (${KNOWN}).`,
      'Event "putin-xi-visit-moscow" (events[5]), field "id": the id "putin-xi-visit-moscow" is already used by events[4].',
      'Event "russia-iran-treaty-signed" (events[6]), field "quote": is not found in source.text; a quote must be copied from the text exactly.',
    ],
  ],
];
