import * as v from 'valibot';
import { parseEdtf } from './edtf';

/**
 * The dataset format, defined once. The TypeScript types are inferred from these schemas and
 * docs/events.schema.json is generated from them (npm run schema), so the three cannot drift.
 * Checks that JSON Schema cannot express (EDTF validity, unique ids, known categories, quotes
 * found in the text) live in ./validate.ts as part of the same valibot pipeline.
 */

/** What a drafted dataset says for an author or publisher its article does not name. */
export const NOT_STATED = 'Not stated';

export const LIMITS = {
  idLength: 80,
  titleLength: 300,
  labelLength: 80,
  shortText: 2_000,
  quoteLength: 5_000,
  textLength: 20_000_000,
  listLength: 200,
} as const;

/**
 * A value from the data as a message shows it: in double quotes, escaped onto one line and
 * clipped, so a 10 MB date or a line break in an id cannot make a 10 MB or two-line message.
 */
export function quoted(value: string, max = 80): string {
  if (value.length <= max) return JSON.stringify(value);
  // Do not cut a surrogate pair in half.
  const end = /[\ud800-\udbff]/.test(value.charAt(max - 1)) ? max - 1 : max;
  return JSON.stringify(`${value.slice(0, end)}…`);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const text = (what = 'text') =>
  v.string((issue) => (issue.input === undefined ? 'is missing' : `must be ${what}, not ${kindOf(issue.input)}`));

const nonEmptyText = (max: number) =>
  v.pipe(
    text(),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, (issue) => `is ${issue.received} characters long; at most ${max} are allowed`),
  );

const slug = v.pipe(
  text(),
  v.maxLength(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, (issue) =>
    issue.input === ''
      ? 'must not be empty'
      : `${quoted(String(issue.input))} must be lowercase letters, digits and single hyphens, like "anchorage-summit"`,
  ),
);

const list = <T extends v.GenericSchema>(item: T, what: string, atLeastOne?: string) =>
  v.pipe(
    v.array(item, (issue) =>
      issue.input === undefined ? 'is missing' : `must be a list of ${what}, not ${kindOf(issue.input)}`,
    ),
    v.minLength(atLeastOne ? 1 : 0, `must have at least one ${atLeastOne ?? ''}`),
    v.maxLength(LIMITS.listLength, `must have at most ${LIMITS.listLength} ${what}`),
  );

// valibot's object schema takes a list for an object; the custom check in front says "not a list".
const object = <T extends v.ObjectEntries>(entries: T, what: string) => {
  const message = (issue: v.BaseIssue<unknown>) =>
    issue.input === undefined ? 'is missing' : `must be ${what}, not ${kindOf(issue.input)}`;
  return v.pipe(
    v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), message),
    v.object(entries, message),
  );
};

export const EdtfString = v.pipe(
  text('an EDTF date string'),
  v.check(
    (s) => parseEdtf(s).ok,
    (issue) => {
      const r = parseEdtf(String(issue.input));
      if (!r.ok && r.error === 'is empty') return 'must not be empty';
      return `${quoted(String(issue.input))} is not a valid EDTF date: ${r.ok ? 'unknown reason' : r.error}`;
    },
  ),
  v.description(
    'An EDTF (ISO 8601-2) date at the precision the source states: 2025, 2025-05, 2025-08-15, an interval 2025-01/2025-10, with ? (uncertain), ~ (approximate) or % (both) after a date; open (..) or unknown (empty) interval ends.',
  ),
);

export const SourceSchema = object(
  {
    title: v.pipe(nonEmptyText(LIMITS.titleLength), v.description('The article headline.')),
    author: v.pipe(nonEmptyText(LIMITS.shortText), v.description('Byline, as published.')),
    publisher: v.pipe(nonEmptyText(LIMITS.shortText), v.description('Who published the article.')),
    dateline: v.pipe(
      text(),
      v.maxLength(LIMITS.shortText),
      v.description('Where (and when, if given) the article was filed.'),
    ),
    framing: v.optional(
      v.pipe(
        text(),
        v.maxLength(LIMITS.shortText),
        v.description('One sentence on whose account the article relays, shown under the headline.'),
      ),
    ),
    url: v.optional(
      v.pipe(text(), v.maxLength(LIMITS.shortText), v.description('Where the article was published, if known.')),
    ),
    documentDate: v.optional(
      v.pipe(
        object(
          {
            value: v.pipe(text(), v.maxLength(LIMITS.labelLength)),
            source: v.picklist(
              ['flag', 'metadata', 'dateline', 'framing'],
              'must be "flag", "metadata", "dateline" or "framing"',
            ),
            evidence: v.pipe(text(), v.maxLength(LIMITS.shortText)),
          },
          'an object',
        ),
        v.description(
          'For a drafted timeline: the date its relative expressions were resolved against (EDTF), and where it came from.',
        ),
      ),
    ),
    text: v.pipe(
      text(),
      v.nonEmpty('must not be empty'),
      v.maxLength(
        LIMITS.textLength,
        (issue) => `is ${issue.received} characters long; at most ${LIMITS.textLength} are allowed`,
      ),
      v.description(
        'The article body as plain text; paragraphs separated by blank lines. Every quote must occur in it verbatim.',
      ),
    ),
  },
  'an object with the article',
);

export const CategorySchema = object(
  {
    id: v.pipe(slug, v.description('Stable id that events refer to.')),
    label: v.pipe(nonEmptyText(LIMITS.labelLength), v.description('Short name shown on the filter.')),
    description: v.pipe(text(), v.maxLength(LIMITS.shortText), v.description('What belongs in this category.')),
    color: v.pipe(
      text(),
      v.hexColor((issue) => `${quoted(String(issue.input))} must be a hex colour like "#1f77b4"`),
      v.description("Colour of the category's filter and events, as #rgb or #rrggbb."),
    ),
  },
  'an object',
);

export const EventSchema = object(
  {
    id: v.pipe(slug, v.description('Stable, readable slug, unique in the dataset.')),
    title: v.pipe(nonEmptyText(LIMITS.titleLength), v.description('Short, neutral title.')),
    date: EdtfString,
    categories: v.pipe(list(slug, 'category ids', 'category id'), v.description('One or more category ids.')),
    actors: v.pipe(
      list(nonEmptyText(LIMITS.labelLength), 'actors'),
      v.description('Countries, bodies and people involved.'),
    ),
    attribution: v.pipe(nonEmptyText(LIMITS.shortText), v.description('Who makes the claim, as the source says.')),
    quote: v.pipe(
      nonEmptyText(LIMITS.quoteLength),
      v.description('The passage of source.text that reports the event, verbatim.'),
    ),
    note: v.optional(
      v.pipe(text(), v.maxLength(LIMITS.shortText), v.description('Where the source is ambiguous, how.')),
    ),
    links: v.optional(
      v.pipe(
        list(
          object(
            {
              url: v.pipe(
                text(),
                v.maxLength(LIMITS.shortText),
                v.check(
                  (u) => /^https?:\/\//i.test(u) && URL.canParse(u),
                  (issue) => `${quoted(String(issue.input))} must be an http or https address`,
                ),
              ),
              label: v.pipe(nonEmptyText(LIMITS.titleLength)),
            },
            'an object with "url" and "label"',
          ),
          'links',
        ),
        v.description('Links the event came with (from an imported timeline): http(s) only, shown as ordinary links.'),
      ),
    ),
    // Drafts from `npm run extract` carry these until a person has checked them.
    status: v.optional(
      v.pipe(
        v.picklist(['draft', 'checked'], 'must be "draft" or "checked"'),
        v.description('"draft" for an event drafted by a program and not yet checked by a person.'),
      ),
    ),
    dateText: v.optional(
      v.pipe(text(), v.maxLength(LIMITS.labelLength), v.description('The words of the passage that give the date.')),
    ),
    dateSource: v.optional(
      v.pipe(
        v.picklist(
          ['sentence', 'heading', 'framing', 'document date'],
          'must be "sentence", "heading", "framing" or "document date"',
        ),
        v.description(
          "Where the date came from: the passage's own words, a heading or lead-in above it, the year the article frames itself around, or the document date.",
        ),
      ),
    ),
    confidence: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.minValue(0, 'must be at least 0'),
        v.maxValue(1, 'must be at most 1'),
        v.description('How sure the drafting program is of the date, from 0 to 1.'),
      ),
    ),
  },
  'an object',
);

export const ROOT_SHAPE = 'a JSON object with "source", "categories" and "events"';

export const DatasetShape = v.pipe(
  object(
    {
      source: SourceSchema,
      categories: list(CategorySchema, 'categories', 'category'),
      events: v.pipe(
        v.array(EventSchema, (issue) =>
          issue.input === undefined ? 'is missing' : `must be a list of events, not ${kindOf(issue.input)}`,
        ),
        v.description('The events, in any order.'),
      ),
    },
    ROOT_SHAPE,
  ),
  v.title('article-timeline dataset'),
  v.description('The events an article reports, each tied to the passage that reports it.'),
);

export type SourceInput = v.InferOutput<typeof SourceSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type EventInput = v.InferOutput<typeof EventSchema>;
export type DatasetInput = v.InferOutput<typeof DatasetShape>;
