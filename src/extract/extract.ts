/**
 * The whole pipeline, from a source document to a draft dataset in the app's format: segment,
 * find time expressions against the document date, draft events, then give each its title,
 * categories, actors and attribution. Pure and deterministic: the same in Node, a worker and
 * the page.
 */
import { NOT_STATED, type Category, type DatasetInput, type EventInput } from '../data/schema';
import { findActors } from './actors';
import { findAttribution } from './attribution';
import { DEFAULT_PROFILES, type CategoryProfile } from './categoryProfiles';
import { suggestCategories } from './categories';
import { uniqueSlug } from '../data/slug';
import { findDocumentDate, parseDateFlag } from './documentDate';
import { draftEvents, type DateSource } from './draft';
import { findFramingYear } from './framingYear';
import { datasetDate, slug, titleOf, uniqueQuotes } from './passage';
import { segment } from './segment';
import type { Anchor } from './timex/calendar';
import { findTimexes } from './timex/find';
import type { DocumentDate, SourceDocument, Timex } from './types';

export interface ExtractOptions {
  /** `YYYY-MM-DD`: the document date, overriding what the document says. */
  readonly date?: string;
  /** Category keyword profiles; the defaults cover bilateral ties, UN actions, security and common news. */
  readonly profiles?: readonly CategoryProfile[];
  /** Used as the title when the document has none. */
  readonly fileName?: string;
}

/** A drafted event: the dataset's fields plus what a reviewer needs to check it. */
export interface DraftEvent extends EventInput {
  readonly status: 'draft';
  readonly dateText?: string;
  readonly dateSource: DateSource;
  readonly confidence: number;
}

export interface DraftDataset extends DatasetInput {
  readonly source: DatasetInput['source'] & { readonly documentDate?: DocumentDate };
  readonly events: DraftEvent[];
}

export type ExtractResult =
  { ok: true; dataset: DraftDataset; documentDate?: DocumentDate; timexes: Timex[] } | { ok: false; message: string };

/** The document date as an anchor for relative expressions. */
export function anchorOf(date: DocumentDate | undefined): Anchor | undefined {
  const m = date && /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.value);
  if (!m) return undefined;
  return { year: +m[1]!, ...(m[2] ? { month: +m[2] } : {}), ...(m[3] ? { day: +m[3] } : {}) };
}

export function extractDraft(doc: SourceDocument, options: ExtractOptions = {}): ExtractResult {
  if (options.date !== undefined) {
    const flag = parseDateFlag(options.date);
    if (!flag.ok) return { ok: false, message: flag.message };
  }
  const documentDate = findDocumentDate(doc, options.date);
  const { text } = doc;
  const timexes = findTimexes(text, anchorOf(documentDate));
  const framing = findFramingYear(doc.title, text);
  const blocks = segment(text);
  // A dateline dates the report, not a happening in it.
  const dateline = documentDate?.source === 'dateline' ? text.slice(0, 400).indexOf(documentDate.evidence) : -1;
  const happenings =
    dateline < 0
      ? timexes
      : timexes.filter((t) => t.end <= dateline || t.start >= dateline + documentDate!.evidence.length);
  const drafts = draftEvents({ text, blocks, timexes: happenings, ...(framing ? { framing } : {}) });
  if (drafts.length === 0) {
    // Dates that only the article's own date could place ("on Tuesday", "last week").
    const open = [...new Set(timexes.filter((t) => t.type === 'date' && t.value.includes('X')).map((t) => t.text))];
    if (open.length > 0 && !documentDate)
      return {
        ok: false,
        message: `no happening can be dated: the text dates things only from when it was written (${open
          .slice(0, 3)
          .map((t) => `"${t}"`)
          .join(', ')}), and it does not say when that was: give the article's date`,
      };
    return { ok: false, message: 'no dated happening was found in the text: there is nothing to put on a timeline' };
  }

  const profiles = options.profiles ?? DEFAULT_PROFILES;
  const ids = new Set<string>();
  const events: DraftEvent[] = [];
  const spans = uniqueQuotes(
    text,
    drafts.map((d) => [d.quote, ...d.wider]),
  );
  for (const [index, d] of drafts.entries()) {
    const date = datasetDate(d.value);
    if (!date) continue;
    const span = spans[index]!;
    const quote = text.slice(span.start, span.end);
    if (events.some((e) => e.quote === quote && e.date === date.date)) continue;
    const title = titleOf(quote);
    const id = uniqueSlug(slug(title), ids);
    ids.add(id);
    const block = blocks[d.block]!;
    const leadIn = block.parent === undefined ? undefined : blocks[block.parent]!;
    const actors = findActors(quote);
    const attribution = findAttribution(quote, {
      paragraph: text.slice(block.start, block.end),
      ...(leadIn ? { heading: text.slice(leadIn.start, leadIn.end) } : {}),
    });
    const notes = [...d.notes, ...(date.note ? [date.note] : [])];
    events.push({
      id,
      title,
      date: date.date,
      categories: suggestCategories(quote, profiles, actors),
      actors,
      attribution: attribution.text,
      quote,
      ...(notes.length ? { note: capitalise(notes.join('; ')) + '.' } : {}),
      status: 'draft',
      ...(d.timex ? { dateText: d.timex.text } : {}),
      dateSource: d.dateSource,
      confidence: Math.round(d.confidence * 100) / 100,
    });
  }
  const used = new Set(events.flatMap((e) => e.categories));
  const categories: Category[] = profiles
    .filter((p) => used.has(p.id))
    .map(({ id, label, description, color }) => ({ id, label, description, color }));
  const dataset: DraftDataset = {
    source: {
      title: doc.title ?? options.fileName ?? 'Untitled article',
      author: doc.byline ?? NOT_STATED,
      publisher: doc.publisher ?? NOT_STATED,
      dateline: doc.dateLine ?? '',
      text,
      ...(documentDate ? { documentDate } : {}),
    },
    categories,
    events,
  };
  return { ok: true, dataset, ...(documentDate ? { documentDate } : {}), timexes };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
