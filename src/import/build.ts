import { locateQuotes } from '../data/quotes';
import { LIMITS, type Category } from '../data/schema';
import { slugify, uniqueSlug } from '../data/slug';
import type { ImportedEvent, ImportedLink, ImportResult } from './types';

/**
 * The dataset every importer builds, from events already read out of their format. A timeline
 * file has no article behind it, so `source.text` is made of the events' own words: one block
 * per event (its headline, then its text), blocks separated by blank lines, and each event
 * quotes its own block. The framing says so.
 */

/** One event read from a file, in plain text, with a checked EDTF date. */
export interface DraftEvent {
  /** Where it is in the file, for messages: "events[3]", "row 7", "items[0]". */
  readonly where: string;
  readonly headline: string;
  readonly body: string;
  readonly date: string;
  readonly category: CategoryKey;
  /** The file's own id for it (TimelineJS unique_id, vis id), if any. */
  readonly idHint: string | null;
  readonly links: readonly ImportedLink[];
  readonly attribution: string | null;
  readonly notes: readonly string[];
}

/** A category as the file names it; `key` tells "Ungrouped" and "Eras" from a group so named. */
export interface CategoryKey {
  readonly key: string;
  readonly label: string;
  readonly description: string;
}

export const UNGROUPED: CategoryKey = {
  key: 'special:ungrouped',
  label: 'Ungrouped',
  description: 'Events the timeline put in no group.',
};
export const ERAS: CategoryKey = {
  key: 'special:eras',
  label: 'Eras',
  description: "The timeline's eras: labelled periods shown behind its events.",
};

/** A JSON object (not null, not a list): what every importer checks a file's parts against. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A group of the file's own; `key` (default: the label) tells groups apart. */
export function groupCategory(label: string, key = label): CategoryKey {
  return { key: `group:${key}`, label, description: `Events in the timeline's group “${label}”.` };
}

/** Colours with readable contrast against white, distinct from one another (Tableau 10). */
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#b07aa1', '#9c755f', '#edc948', '#76b7b2', '#ff9da7'];
const SPECIAL_COLOURS: Readonly<Record<string, string>> = {
  [UNGROUPED.key]: '#79706e',
  [ERAS.key]: '#8c6d31',
};
const SPECIAL_IDS: Readonly<Record<string, string>> = {
  [UNGROUPED.key]: 'ungrouped',
  [ERAS.key]: 'eras',
  'special:other': 'other-groups',
};
const RESERVED_IDS = new Set(Object.values(SPECIAL_IDS));
const MAX_CATEGORIES = LIMITS.listLength;
const OTHER_GROUPS: CategoryKey = {
  key: 'special:other',
  label: 'Other groups',
  description: `Events of groups past the first ${MAX_CATEGORIES - 3}, which the app cannot list one by one.`,
};

export interface BuildMeta {
  /** "TimelineJS3 JSON timeline" */
  readonly format: string;
  readonly title: string;
  readonly description: string;
}

/** Imported ids and category ids: slugs of at most this many characters, room left for a suffix. */
const SLUG_MAX = 60;

/** Cuts text to `max` characters at a word boundary, marking the cut with "…". */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** How notices name an event: “Big Bang” (events[0]). */
export function nameOf(headline: string, where: string): string {
  const h = headline.replace(/\s+/g, ' ').trim();
  return h === '' ? `The untitled event at ${where}` : `“${clip(h, 60)}” (${where})`;
}

function uniqueId(base: string, used: Set<string>): string {
  const id = uniqueSlug(base, used);
  used.add(id);
  return id;
}

/** The block's quote: the whole block, or its opening when longer than a quote may be. */
function quoteOf(block: string): string {
  if (block.length <= LIMITS.quoteLength) return block;
  const cut = block.slice(0, LIMITS.quoteLength);
  const space = cut.search(/\s\S*$/);
  return (space > LIMITS.quoteLength / 2 ? cut.slice(0, space) : cut).trimEnd();
}

/**
 * Blocks whose quote occurs more than once in the text (the same words twice, or one block
 * inside another) get " (1)", " (2)"... after their first line until every quote is unique.
 * Returns the suffix each block was given.
 */
function makeQuotesUnique(blocks: string[], preamble: string): string[] {
  const suffix = blocks.map(() => '');
  for (let round = 0; round < 8; round++) {
    const text = [preamble, ...blocks].filter((b) => b !== '').join('\n\n');
    const quotes = blocks.map(quoteOf);
    const { count } = locateQuotes(text, quotes);
    const clashing = blocks.map((_, i) => i).filter((i) => count[i] !== 1);
    if (clashing.length === 0) break;
    const seen = new Map<string, number>();
    for (const i of clashing) {
      const n = (seen.get(quotes[i]!) ?? round * 1000) + 1;
      seen.set(quotes[i]!, n);
      const mark = ` (${n})`;
      const nl = blocks[i]!.indexOf('\n');
      blocks[i] = nl < 0 ? blocks[i] + mark : `${blocks[i]!.slice(0, nl)}${mark}${blocks[i]!.slice(nl)}`;
      suffix[i] += mark;
    }
  }
  return suffix;
}

/** The dataset for the drafts, or a failure naming why none could be shown. */
export function buildImport(meta: BuildMeta, drafts: readonly DraftEvent[], notices: string[]): ImportResult {
  if (drafts.length === 0)
    return {
      ok: false,
      message:
        notices.length === 0
          ? `This ${meta.format} has no events.`
          : `None of the events in this ${meta.format} can be shown (${notices.length} left out).`,
      notices,
    };
  // Categories in order of first use; groups past the schema's limit share one.
  const categoryIds = new Map<string, string>();
  const categories: Category[] = [];
  const usedCategoryIds = new Set<string>();
  let groupsPastLimit = 0;
  let paletteUsed = 0;
  const categoryOf = (c: CategoryKey): string => {
    const known = categoryIds.get(c.key);
    if (known) return known;
    if (categories.length >= MAX_CATEGORIES - 1 && c.key !== OTHER_GROUPS.key) {
      groupsPastLimit++;
      const other = categoryOf(OTHER_GROUPS);
      categoryIds.set(c.key, other);
      return other;
    }
    // "eras" and "ungrouped" always name the timeline's own eras and ungrouped events.
    const special = c.key.startsWith('special:');
    let id = special ? (SPECIAL_IDS[c.key] ?? slugify(c.label, SLUG_MAX)) : slugify(c.label, SLUG_MAX) || 'group';
    for (let n = 2; usedCategoryIds.has(id) || (!special && RESERVED_IDS.has(id)); n++)
      id = `${special ? SPECIAL_IDS[c.key] : slugify(c.label, SLUG_MAX) || 'group'}-${n}`;
    usedCategoryIds.add(id);
    const colour = SPECIAL_COLOURS[c.key] ?? PALETTE[paletteUsed++ % PALETTE.length]!;
    categories.push({ id, label: clip(c.label, LIMITS.labelLength), description: c.description, color: colour });
    categoryIds.set(c.key, id);
    return id;
  };

  const preamble = meta.description;
  const blocks = drafts.map((d) => [d.headline, d.body].filter((s) => s !== '').join('\n'));
  const suffixes = makeQuotesUnique(blocks, preamble);
  const text = [preamble, ...blocks].filter((b) => b !== '').join('\n\n');

  const usedIds = new Set<string>();
  const events = drafts.map((d, i): ImportedEvent => {
    const notes = [...d.notes];
    if (suffixes[i])
      notes.push(
        `“${suffixes[i]!.trim()}” was added to this passage to tell it apart from another with the same words.`,
      );
    const firstLine = d.headline || d.body.split('\n')[0]!;
    const event: ImportedEvent = {
      id: uniqueId(slugify(d.idHint ?? '', SLUG_MAX) || slugify(firstLine, SLUG_MAX) || 'event', usedIds),
      title: clip(firstLine, LIMITS.titleLength),
      date: d.date,
      categories: [categoryOf(d.category)],
      actors: [],
      attribution: clip(d.attribution || 'As written in the timeline', LIMITS.shortText),
      quote: quoteOf(blocks[i]!),
    };
    if (notes.length > 0) event.note = clip(notes.join(' '), LIMITS.shortText);
    if (d.links.length > 0) event.links = d.links.slice(0, LIMITS.listLength).map((l) => ({ ...l }));
    return event;
  });
  if (groupsPastLimit > 0) notices.push(`${groupsPastLimit} groups are shown together as “Other groups”.`);
  const framing = `${meta.description ? `${clip(meta.description.replace(/\n/g, ' '), 1500)} ` : ''}The passages quoted are this timeline's own headlines and texts, imported from a ${meta.format}, not an article's words.`;
  return {
    ok: true,
    format: meta.format,
    dataset: {
      source: {
        title: clip(meta.title, LIMITS.titleLength),
        author: 'Not stated',
        publisher: 'Not stated',
        dateline: '',
        framing,
        text,
      },
      categories,
      events,
    },
    notices,
  };
}
