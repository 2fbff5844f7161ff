/**
 * A work: what a person is authoring, from a drafted article to a checked dataset. It holds the
 * article unchanged and every event with the offset of its quote, so a quote is always
 * `source.text.slice(quoteStart, quoteStart + quote.length)` whatever edits are made.
 */
import { describeIssue, parseDataset, type Dataset } from '../../data/dataset';
import { locateQuote } from '../../data/quotes';
import type { Category, DatasetInput, EventInput, SourceInput } from '../../data/schema';
import type { DraftDataset } from '../../extract/extract';

/** An event while it is being authored: `draft` until a person has checked it. */
export type WorkEvent = EventInput & {
  status: 'draft' | 'checked';
  /** Offset of `quote` in `source.text`, in UTF-16 code units. */
  quoteStart: number;
};

export interface Work {
  readonly id: string;
  /** What the person calls it; the article's title to begin with. */
  readonly name: string;
  /** UTC milliseconds. */
  readonly createdAt: number;
  /** UTC milliseconds of the last successful edit. */
  readonly updatedAt: number;
  readonly source: SourceInput;
  readonly categories: readonly Category[];
  /** In the order of their quotes in the text. */
  readonly events: readonly WorkEvent[];
}

/** How many times `needle` occurs in `text`, counting overlapping occurrences, stopping at 2. */
export function occurrences(text: string, needle: string): number {
  return locateQuote(text, needle).count;
}

/** Events in reading order: by quote offset, then longer quote first; stable otherwise. */
export function inTextOrder(events: readonly WorkEvent[]): WorkEvent[] {
  return [...events].sort((a, b) => a.quoteStart - b.quoteStart || b.quote.length - a.quote.length);
}

/**
 * A new work from the extraction engine's draft. Every event starts as a draft; its quoteStart
 * is where the quote occurs in the text (the engine widens quotes until they are unique).
 * `now` is UTC milliseconds.
 */
export function workFromDraft(dataset: DraftDataset, id: string, now: number): Work {
  const { text } = dataset.source;
  const events = dataset.events.map((e): WorkEvent => ({ ...e, status: 'draft', quoteStart: text.indexOf(e.quote) }));
  return {
    id,
    name: dataset.source.title,
    createdAt: now,
    updatedAt: now,
    source: { ...dataset.source },
    categories: dataset.categories.map((c) => ({ ...c })),
    events: inTextOrder(events.filter((e) => e.quoteStart >= 0)),
  };
}

export interface ExportOptions {
  /** Keep drafts, marked `"status": "draft"`, or leave them out of the file. */
  readonly drafts: 'keep' | 'leave-out';
}

/** The file's contents, and the same dataset as the viewer shows it (the check builds it anyway). */
export type ExportResult = { ok: true; dataset: DatasetInput; viewed: Dataset } | { ok: false; message: string };

/** The event as the file holds it: no offset, and for a checked event none of the drafting detail. */
function fileEvent(e: WorkEvent): EventInput {
  const out: EventInput = {
    id: e.id,
    title: e.title,
    date: e.date,
    categories: [...e.categories],
    actors: [...e.actors],
    attribution: e.attribution,
    quote: e.quote,
    ...(e.note ? { note: e.note } : {}),
  };
  if (e.status === 'checked') return out;
  return {
    ...out,
    status: 'draft',
    ...(e.dateText !== undefined ? { dateText: e.dateText } : {}),
    ...(e.dateSource !== undefined ? { dateSource: e.dateSource } : {}),
    ...(e.confidence !== undefined ? { confidence: e.confidence } : {}),
  };
}

/**
 * The dataset to download. Checked events are written without `status`, so a file of checked
 * events is a plain dataset; drafts keep `"status": "draft"` and their date's provenance, or are
 * left out. Every category of the work is kept, used or not (the format allows unused ones).
 * The result is checked with parseDataset: `ok: true` means the viewer will open it.
 */
export function toDatasetInput(work: Work, options: ExportOptions): ExportResult {
  const kept = work.events.filter((e) => options.drafts === 'keep' || e.status === 'checked');
  if (kept.length === 0) {
    const message =
      work.events.length === 0
        ? 'There are no events left, and a dataset needs at least one: add an event from the article first.'
        : 'No event has been checked yet, and a dataset needs at least one: check an event, or keep the drafts.';
    return { ok: false, message };
  }
  const dataset: DatasetInput = {
    source: { ...work.source },
    categories: work.categories.map((c) => ({ ...c })),
    events: kept.map(fileEvent),
  };
  const parsed = parseDataset(dataset);
  if (!parsed.ok) {
    const first = parsed.issues.slice(0, 3).map(describeIssue).join(' ');
    const more = parsed.issues.length > 3 ? ` (and ${parsed.issues.length - 3} more problems)` : '';
    return { ok: false, message: `The dataset would not open: ${first}${more}` };
  }
  return { ok: true, dataset, viewed: parsed.dataset };
}

/** What an edit gives back: a new work, or why it was refused (the work is then unchanged). */
export type EditResult = { ok: true; work: Work } | { ok: false; message: string };

/** A refusal, in the reducer's shape. */
export const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** The event with this id, or a refusal naming it. */
export function eventById(work: Work, id: string): WorkEvent | { ok: false; message: string } {
  return (
    work.events.find((e) => e.id === id) ?? refuse(`There is no event ${JSON.stringify(id)}; it may have been removed.`)
  );
}

/** The event without how its date was drafted: once a person changes the date, that no longer applies. */
export function withoutDateProvenance(e: WorkEvent): WorkEvent {
  const out = { ...e };
  delete out.dateText;
  delete out.dateSource;
  delete out.confidence;
  return out;
}

/** The work with one event replaced (or removed, with `next` null). */
export function replaceEvent(work: Work, id: string, next: WorkEvent | null): Work {
  const events = next ? work.events.map((e) => (e.id === id ? next : e)) : work.events.filter((e) => e.id !== id);
  return { ...work, events };
}
