import * as v from 'valibot';
import { createDatePlacer, spanIn } from './placement';
import { createQuoteCheck, NOT_FOUND, quoteProblem, type PendingQuotes, type QuoteCheck } from './quoteCheck';
import { locateQuotes, type QuoteLocations } from './quotes';
import { DatasetShape, quoted, type Category, type DatasetInput, type EventInput, type SourceInput } from './schema';

/** How an event is drawn: a day (point), a month or year it could fall anywhere in (period), or an interval (range). */
export type MarkShape = 'point' | 'period' | 'range';

export interface TimelineEvent extends EventInput {
  /** First UTC millisecond the event may cover. */
  readonly startMs: number;
  /** First UTC millisecond after it (exclusive). */
  readonly endMs: number;
  readonly shape: MarkShape;
  /** The date as a reader would say it, at the dataset's precision. */
  readonly dateLabel: string;
  /** An interval side that is open (..) or unknown, drawn to the data's edge or as its known end. */
  readonly openStart: boolean;
  readonly openEnd: boolean;
  /**
   * Offset of the quote in source.text, when the dataset was built with its quotes checked
   * (parseDataset); -1 when it was built before (parseDatasetUnchecked), or the quote is not found
   * exactly once. The dataset's `quotes` check has every event's place either way.
   */
  readonly quoteStart: number;
}

export interface Dataset {
  readonly source: SourceInput;
  readonly categories: readonly Category[];
  /** Sorted by startMs, then shorter first, then id. */
  readonly events: readonly TimelineEvent[];
  /** The span of all events, half-open, in UTC ms. */
  readonly extent: { readonly startMs: number; readonly endMs: number };
  /**
   * Whether each quote is found exactly once in source.text, and where: done with the dataset
   * (parseDataset), or followed while it runs (a large file is shown before its quotes are checked).
   */
  readonly quotes: QuoteCheck;
}

/** A dataset built before its quotes were checked: every event's quoteStart is -1. */
export type UncheckedDataset = Omit<Dataset, 'quotes'>;

/** One thing wrong with a dataset, located. */
export interface DatasetIssue {
  readonly path: readonly (string | number)[];
  /** The id of the event the issue is in, when it has one. */
  readonly eventId?: string;
  readonly message: string;
  /** For JSON syntax errors. */
  readonly line?: number;
  readonly column?: number;
}

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

/** The quotes crossCheck located, kept for building the dataset so the text is scanned once. */
const quotesFound = new WeakMap<object, QuoteLocations>();

type AddIssue = (info: { message: string; path: [v.IssuePathItem, ...v.IssuePathItem[]] }) => void;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function at(input: unknown, key: string | number, value: unknown): v.IssuePathItem {
  return Array.isArray(input)
    ? { type: 'array', origin: 'value', input, key: key as number, value }
    : { type: 'object', origin: 'value', input: input as Record<string, unknown>, key: key as string, value };
}

/**
 * Checks across fields: unique ids, known categories and, `withQuotes`, every quote found exactly
 * once in the text. Written defensively because valibot runs it even when parts of the shape
 * failed, so one run reports every problem at once.
 */
function crossCheck(value: unknown, addIssue: AddIssue, withQuotes: boolean): void {
  if (!isRecord(value) || !Array.isArray(value.events)) return;
  const events = value.events;
  const categories = Array.isArray(value.categories) ? value.categories : [];
  // Each id with the index of its first use, so a duplicate can say where the original is.
  const known = new Map<string, number>();
  categories.forEach((c, i) => {
    if (!isRecord(c) || typeof c.id !== 'string') return;
    const first = known.get(c.id);
    if (first !== undefined)
      addIssue({
        message: `the category id ${quoted(c.id)} is already used by categories[${first}]`,
        path: [at(value, 'categories', categories), at(categories, i, c), at(c, 'id', c.id)],
      });
    else known.set(c.id, i);
  });
  const names = [...known.keys()].slice(0, 10).map((id) => quoted(id).slice(1, -1));
  const knownList =
    names.length === 0 ? 'none' : names.join(', ') + (known.size > 10 ? ` and ${known.size - 10} more` : '');
  const text = withQuotes && isRecord(value.source) && typeof value.source.text === 'string' ? value.source.text : null;
  const located =
    text === null
      ? null
      : locateQuotes(
          text,
          events.map((e) => (isRecord(e) && typeof e.quote === 'string' ? e.quote : '')),
        );
  if (located) quotesFound.set(value, located);
  const seen = new Map<string, number>();
  // The path to an event, made only for an issue: 100,000 events have none.
  const pathTo = (i: number, e: unknown) => [at(value, 'events', events), at(events, i, e)] as const;
  events.forEach((e, i) => {
    if (!isRecord(e)) return;
    if (typeof e.id === 'string') {
      const first = seen.get(e.id);
      if (first !== undefined)
        addIssue({
          message: `the id ${quoted(e.id)} is already used by events[${first}]`,
          path: [...pathTo(i, e), at(e, 'id', e.id)],
        });
      else seen.set(e.id, i);
    }
    if (Array.isArray(e.categories) && categories.length > 0) {
      e.categories.forEach((c, j) => {
        if (typeof c === 'string' && !known.has(c))
          addIssue({
            message: `${quoted(c)} is not a known category (known: ${knownList})`,
            path: [...pathTo(i, e), at(e, 'categories', e.categories), at(e.categories, j, c)],
          });
      });
    }
    if (located && typeof e.quote === 'string' && e.quote !== '') {
      const message = quoteProblem(located.count[i]!);
      if (message !== null) addIssue({ message, path: [...pathTo(i, e), at(e, 'quote', e.quote)] });
    }
  });
}

export const DatasetSchema = v.pipe(
  DatasetShape,
  v.rawCheck(({ dataset, addIssue }) => crossCheck(dataset.value, addIssue as AddIssue, true)),
);

/** Every check of DatasetSchema but the quotes'. */
const DatasetSchemaButQuotes = v.pipe(
  DatasetShape,
  v.rawCheck(({ dataset, addIssue }) => crossCheck(dataset.value, addIssue as AddIssue, false)),
);

function toIssue(input: unknown, issue: v.BaseIssue<unknown>): DatasetIssue {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  let eventId: string | undefined;
  if (path[0] === 'events' && typeof path[1] === 'number' && isRecord(input) && Array.isArray(input.events)) {
    const e: unknown = input.events[path[1]];
    if (isRecord(e) && typeof e.id === 'string' && e.id !== '') eventId = e.id;
  }
  return eventId === undefined ? { path, message: issue.message } : { path, eventId, message: issue.message };
}

type SortKey = Pick<TimelineEvent, 'startMs' | 'endMs' | 'id'>;

function sortEvents(a: SortKey, b: SortKey): number {
  return a.startMs - b.startMs || a.endMs - b.endMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** What the dataset works out for an event, beside the fields the file gives. */
export type EventPlacement = Omit<TimelineEvent, keyof EventInput>;

/**
 * An event from its fields and what was worked out for it, built field by field in one order (not
 * spread), so every event has one shape and sorting stays fast. The dataset and the events sent
 * back by the parse worker are both built here.
 */
export function timelineEvent(e: EventInput, p: EventPlacement): TimelineEvent {
  const out: { -readonly [K in keyof TimelineEvent]: TimelineEvent[K] } = {
    id: e.id,
    title: e.title,
    date: e.date,
    categories: e.categories,
    actors: e.actors,
    attribution: e.attribution,
    quote: e.quote,
    note: e.note,
    startMs: p.startMs,
    endMs: p.endMs,
    shape: p.shape,
    dateLabel: p.dateLabel,
    openStart: p.openStart,
    openEnd: p.openEnd,
    quoteStart: p.quoteStart,
  };
  // A drafted event's fields only when present, so a checked dataset's events keep the shape they
  // had before drafts existed; drafts, added after, in one order too.
  if (e.status !== undefined) out.status = e.status;
  if (e.dateText !== undefined) out.dateText = e.dateText;
  if (e.dateSource !== undefined) out.dateSource = e.dateSource;
  if (e.confidence !== undefined) out.confidence = e.confidence;
  if (e.links !== undefined) out.links = e.links;
  return out;
}

/**
 * The dataset's events, sorted, and for each event in the file's order its index among them.
 * Each quoteStart is from `located`, or -1 (`located` null: the quotes are checked later).
 */
function buildDataset(
  input: v.InferOutput<typeof DatasetShape>,
  located: QuoteLocations | null,
): { dataset: UncheckedDataset; order: Int32Array } {
  const placer = createDatePlacer();
  const placed = input.events.map((e) => placer.place(e.date));
  const extent = placer.extent();
  const built = input.events.map((e, i) => {
    const p = placed[i]!;
    return timelineEvent(e, {
      ...spanIn(p, extent),
      shape: p.shape,
      dateLabel: p.dateLabel,
      openStart: p.openStart,
      openEnd: p.openEnd,
      quoteStart: located && located.count[i] === 1 ? located.start[i]! : NOT_FOUND,
    });
  });
  // Sorted by index, so each event's place in the file stays known (quote issues are named by it).
  const order = sortedOrder(built.length, (k) => built[k]!);
  const events = new Array<TimelineEvent>(built.length);
  order.forEach((i, k) => (events[i] = built[k]!));
  return { dataset: { source: input.source, categories: input.categories, events, extent }, order };
}

/**
 * For `count` events given by index, the place of each among them in the dataset's order (by
 * start, then shorter first, then id): `order[k]` is where event k goes.
 */
function sortedOrder(count: number, eventAt: (k: number) => SortKey): Int32Array {
  const byTime = Array.from({ length: count }, (_, k) => k).sort((a, b) => sortEvents(eventAt(a), eventAt(b)));
  const order = new Int32Array(count);
  byTime.forEach((k, i) => (order[k] = i));
  return order;
}

const EMPTY: DatasetIssue = { path: ['events'], message: 'is empty: the dataset has no events to show' };

/** Validates a parsed JSON value as a dataset. Never throws: every problem comes back as an issue. */
export function parseDataset(input: unknown): DatasetResult {
  const result = v.safeParse(DatasetSchema, input);
  if (!result.success) return { ok: false, issues: result.issues.map((i) => toIssue(input, i)) };
  if (result.output.events.length === 0) return { ok: false, issues: [EMPTY] };
  const located =
    quotesFound.get(result.output) ??
    locateQuotes(
      result.output.source.text,
      result.output.events.map((e) => e.quote),
    );
  const { dataset } = buildDataset(result.output, located);
  const starts = Int32Array.from(dataset.events, (e) => e.quoteStart);
  return {
    ok: true,
    dataset: { ...dataset, quotes: createQuoteCheck(dataset.source.text, { starts, issues: [] }).check },
  };
}

/** A dataset with every check passed but its quotes', and the quotes to check (quoteCheck.ts). */
export type UncheckedResult =
  { ok: true; dataset: UncheckedDataset; pending: PendingQuotes } | { ok: false; issues: DatasetIssue[] };

/**
 * Validates a parsed JSON value as a dataset, all but its quotes, which are left to check after
 * (checkQuotesInSteps), so that a large dataset can be shown first. When anything else fails,
 * every problem comes back, quotes' too, exactly as parseDataset gives them.
 */
export function parseDatasetUnchecked(input: unknown): UncheckedResult {
  const result = v.safeParse(DatasetSchemaButQuotes, input);
  if (!result.success || result.output.events.length === 0) {
    const full = parseDataset(input);
    // Unreachable: what fails without the quotes fails with them.
    if (full.ok) throw new Error('the dataset passed its whole check but not part of it');
    return full;
  }
  return buildUnchecked(result.output);
}

/** A dataset valid in all but its quotes, built, with its quotes to check. */
export function buildUnchecked(input: DatasetInput): UncheckedResult {
  const { dataset, order } = buildDataset(input, null);
  const { events } = input;
  return {
    ok: true,
    dataset,
    pending: { text: dataset.source.text, quotes: events.map((e) => e.quote), ids: events.map((e) => e.id), order },
  };
}

/**
 * For a file read in parts (streamParse.ts): `fields`, the file's fields but its events, and how
 * many events it has (`eventCount`), each already checked by EventSchema and its id found unique
 * as it came, naming the categories `named`: the fields as the dataset has them when everything
 * but the quotes passes; null when anything fails (the caller then validates the whole file, which
 * names every problem). The rest of crossCheck's rules are checked here, once for each category,
 * not once for each of 100,000 events.
 */
export function checkDatasetParts(
  fields: Record<string, unknown>,
  eventCount: number,
  named: ReadonlySet<string>,
): Omit<DatasetInput, 'events'> | null {
  const result = v.safeParse(DatasetShape, { ...fields, events: [] });
  if (!result.success || eventCount === 0) return null;
  const { categories } = result.output;
  const known = new Set(categories.map((c) => c.id));
  if (known.size < categories.length) return null; // a category id used twice
  if (known.size > 0 && [...named].some((c) => !known.has(c))) return null;
  return { source: result.output.source, categories };
}

/** UTF-8 text from chunks cut anywhere, even inside a character (a byte order mark is dropped). */
export function decodeChunks(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
}

/**
 * A dataset file's text as JSON (a byte order mark dropped); when it is not JSON, the text to
 * find where it goes wrong in (jsonSyntax.ts: loaded by the page only then, see datasetText.ts).
 */
export function readJson(text: string): { ok: true; json: unknown } | { ok: false; body: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, json: JSON.parse(body) };
  } catch {
    return { ok: false, body };
  }
}

function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** One line a person can act on: what is wrong and where. */
export function describeIssue(issue: DatasetIssue): string {
  if (issue.line !== undefined)
    return `Not valid JSON at line ${issue.line}, column ${issue.column}: ${issue.message}.`;
  const { path } = issue;
  if (path.length === 0) return `The dataset ${issue.message}.`;
  if (path[0] === 'events' && typeof path[1] === 'number') {
    const who = issue.eventId
      ? `Event ${quoted(issue.eventId)} (events[${path[1]}])`
      : `Event ${path[1] + 1} (events[${path[1]}])`;
    const field = pathText(path.slice(2));
    return field ? `${who}, field "${field}": ${issue.message}.` : `${who}: ${issue.message}.`;
  }
  return `Field "${pathText(path)}": ${issue.message}.`;
}
