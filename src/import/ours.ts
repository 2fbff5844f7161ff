/**
 * A timeline this app exported to TimelineJS3 (src/export/timelinejs.ts) carries, in fields
 * TimelineJS ignores, everything its format has no place for. Brought back in, it is read from
 * those fields, so the round trip loses nothing: the same events, dates (qualifiers and all),
 * categories, actors, attributions and quotes.
 */
import type { Category, SourceInput } from '../data/schema';
import type { ImportedEvent, ImportResult } from './types';
import { isRecord } from './build';
import { decodeEntities } from './html';

const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
const strings = (x: unknown) =>
  Array.isArray(x) && x.every((s) => typeof s === 'string') ? (x as string[]) : undefined;

export const OUR_TIMELINEJS_JSON = 'TimelineJS3 JSON timeline exported from article-timeline';
export const OUR_TIMELINEJS_SHEET = 'TimelineJS3 spreadsheet exported from article-timeline';

function eventFrom(x: unknown): ImportedEvent | null {
  if (!isRecord(x)) return null;
  const [id, date, attribution, quote] = [str(x.id), str(x.date), str(x.attribution), str(x.quote)];
  if (!id || !date || !attribution || !quote || !strings(x.categories) || !strings(x.actors)) return null;
  // Every field as exported; the dataset's own checks run on it as on any file.
  return { ...(x as unknown as ImportedEvent), title: str(x.title) ?? '' };
}

/** Our own export in TimelineJS3 JSON, or null when `input` is not one. */
export function fromOurTimelineJson(input: unknown): ImportResult | null {
  if (!isRecord(input) || !isRecord(input.article_timeline) || !Array.isArray(input.events)) return null;
  const ext = input.article_timeline;
  if (!isRecord(ext.source) || typeof ext.source.text !== 'string' || !Array.isArray(ext.categories)) return null;
  const events: ImportedEvent[] = [];
  for (const e of input.events) {
    if (!isRecord(e) || !isRecord(e.text)) return null;
    const event = eventFrom(e.article_timeline);
    if (!event) return null;
    events.push(event.title ? event : { ...event, title: decodeEntities(str(e.text.headline) ?? event.id) });
  }
  return {
    ok: true,
    format: OUR_TIMELINEJS_JSON,
    dataset: { source: ext.source as SourceInput, categories: ext.categories as Category[], events },
    notices: [],
  };
}

const PALETTE = ['#0b6bb3', '#00805a', '#c2410c', '#a8327d', '#8a6400', '#0e7490', '#6b4fbb', '#57534e'];

/**
 * Our own export as the TimelineJS3 sheet (its extra columns ID, EDTF, Category IDs, Categories,
 * Actors, Attribution, Quote, Note, Status), or null when the rows are not one.
 */
export function fromOurSheet(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  title: { headline: string; text: string; source: string } | null,
): ImportResult | null {
  const at = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const cols = {
    id: at('id'),
    edtf: at('edtf'),
    ids: at('category ids'),
    labels: at('categories'),
    actors: at('actors'),
    attribution: at('attribution'),
    quote: at('quote'),
    note: at('note'),
    status: at('status'),
    headline: at('headline'),
  };
  if ([cols.id, cols.edtf, cols.ids, cols.labels, cols.quote, cols.attribution].some((i) => i < 0)) return null;
  const categories = new Map<string, Category>();
  const events: ImportedEvent[] = [];
  for (const row of rows) {
    const cell = (i: number) => (i < 0 ? '' : (row[i] ?? '').trim());
    if (!cell(cols.id) || !cell(cols.edtf) || !cell(cols.quote)) return null;
    const ids = cell(cols.ids)
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    const labels = cell(cols.labels)
      .split(';')
      .map((s) => s.trim());
    ids.forEach((id, i) => {
      if (!categories.has(id))
        categories.set(id, {
          id,
          label: labels[i] || id,
          description: '',
          color: PALETTE[categories.size % PALETTE.length]!,
        });
    });
    const status = cell(cols.status);
    events.push({
      id: cell(cols.id),
      title: decodeEntities(cell(cols.headline)) || cell(cols.id),
      date: cell(cols.edtf),
      categories: ids,
      actors: cell(cols.actors)
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      attribution: cell(cols.attribution),
      quote: cell(cols.quote),
      ...(cell(cols.note) ? { note: cell(cols.note) } : {}),
      ...(status === 'draft' || status === 'checked' ? { status } : {}),
    });
  }
  if (events.length === 0) return null;
  // The article's text rides on the title row; without it, the passages one after another are the text.
  const text = title?.source || events.map((e) => e.quote).join('\n\n');
  return {
    ok: true,
    format: OUR_TIMELINEJS_SHEET,
    dataset: {
      source: {
        title: title?.headline || 'Imported timeline',
        author: 'Not stated',
        publisher: 'Not stated',
        dateline: '',
        framing: `${title?.text ? `${title.text} ` : ''}The passages are the events' own, as the sheet gives them.`,
        text,
      },
      categories: [...categories.values()],
      events,
    },
    notices: [],
  };
}
