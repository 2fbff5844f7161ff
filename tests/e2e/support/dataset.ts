import { readFileSync } from 'node:fs';

/**
 * The bundled dataset as the tests see it: read straight from data/events.json and checked only
 * as far as the tests rely on it. Expectations are computed here, independently of the app's code.
 */

export interface ExpectedCategory {
  readonly id: string;
  readonly label: string;
}

export interface ExpectedEvent {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly categories: readonly string[];
  readonly quote: string;
  /** The date as the app should name it, e.g. "15 August 2025". */
  readonly dateLabel: string;
}

export interface ExpectedDataset {
  readonly title: string;
  /** The article's full text (source.text). */
  readonly text: string;
  readonly categories: readonly ExpectedCategory[];
  readonly events: readonly ExpectedEvent[];
}

/** Month names as the UI writes them; the tests keep their own copy rather than the app's. */
export const MONTHS = [
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
] as const;

/** Names a plain EDTF date the way the UI contract says: "2025", "May 2025", "15 August 2025". */
export function dateLabelOf(edtf: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(edtf);
  if (!m) throw new Error(`dateLabelOf: "${edtf}" is not a plain year, month or day; extend the test helper`);
  const [, year, month, day] = m;
  if (month === undefined) return year!;
  const monthName = MONTHS[Number(month) - 1]!;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

function record(x: unknown, what: string): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x))
    throw new Error(`data/events.json: ${what} is not an object`);
  return x as Record<string, unknown>;
}

function str(x: unknown, what: string): string {
  if (typeof x !== 'string') throw new Error(`data/events.json: ${what} is not a string`);
  return x;
}

function list(x: unknown, what: string): unknown[] {
  if (!Array.isArray(x)) throw new Error(`data/events.json: ${what} is not a list`);
  return x;
}

export function readDataset(file = 'data/events.json'): ExpectedDataset {
  const root = record(JSON.parse(readFileSync(file, 'utf8')) as unknown, 'the file');
  const source = record(root.source, 'source');
  const categories = list(root.categories, 'categories').map((c, i) => {
    const r = record(c, `categories[${i}]`);
    return { id: str(r.id, `categories[${i}].id`), label: str(r.label, `categories[${i}].label`) };
  });
  const events = list(root.events, 'events').map((e, i) => {
    const r = record(e, `events[${i}]`);
    const date = str(r.date, `events[${i}].date`);
    return {
      id: str(r.id, `events[${i}].id`),
      title: str(r.title, `events[${i}].title`),
      date,
      categories: list(r.categories, `events[${i}].categories`).map((c, j) => str(c, `events[${i}].categories[${j}]`)),
      quote: str(r.quote, `events[${i}].quote`),
      dateLabel: dateLabelOf(date),
    };
  });
  return { title: str(source.title, 'source.title'), text: str(source.text, 'source.text'), categories, events };
}

/** How many events name each category. */
export function countsByCategory(data: ExpectedDataset): Map<string, number> {
  const counts = new Map<string, number>(data.categories.map((c) => [c.id, 0]));
  for (const e of data.events) for (const c of new Set(e.categories)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** The ids of the events that still show when only the categories in `enabled` are on. */
export function shownIds(data: ExpectedDataset, enabled: ReadonlySet<string>): string[] {
  return data.events.filter((e) => e.categories.some((c) => enabled.has(c))).map((e) => e.id);
}

/** A string as a literal piece of a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
