import { parseEdtf } from './edtf';
import { LIMITS, type EventInput } from './schema';

/**
 * The quick way through EventSchema for an event that passes it, for files of 100,000 events
 * (streamParse.ts): valibot takes about 3 µs an event, this a tenth of that. It is EventSchema's
 * rules written out again, but only ever to say yes: it gives the event exactly as
 * `v.parse(EventSchema, e)` would (trimmed where the schema trims, no fields but the schema's;
 * in the file's order, not the schema's, when it is the event itself), or null for anything it is not sure of (links, any value that fails), and the caller
 * then asks valibot, which says what is wrong. tests/unit/eventFastCheck.test.ts holds the two to
 * the same answers.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATUSES: readonly unknown[] = ['draft', 'checked'];
const DATE_SOURCES: readonly unknown[] = ['sentence', 'heading', 'framing', 'document date'];

const slug = (x: unknown): x is string => typeof x === 'string' && x.length <= LIMITS.idLength && SLUG.test(x);

/** The text trimmed, when it is text of 1 to `max` characters once trimmed; else null. */
function trimmed(x: unknown, max: number): string | null {
  if (typeof x !== 'string') return null;
  const t = x.trim();
  return t.length > 0 && t.length <= max ? t : null;
}

const optionalText = (x: unknown, max: number) => x === undefined || (typeof x === 'string' && x.length <= max);

/**
 * Dates and category ids already found valid, each checked once for a whole file: 100,000 events
 * share some 9,000 dates and a handful of categories. fastCheckEvent adds to them.
 */
export interface KnownValid {
  readonly dates: Set<string>;
  readonly categories: Set<string>;
}

export const knownValid = (): KnownValid => ({ dates: new Set(), categories: new Set() });

/** Whether `x` is a valid date; remembered when it is. */
function validDate(x: unknown, known: KnownValid): x is string {
  if (typeof x !== 'string') return false;
  if (known.dates.has(x)) return true;
  if (!parseEdtf(x).ok) return false;
  known.dates.add(x);
  return true;
}

/** Whether `x` is a valid category id; remembered when it is. */
function validCategory(x: unknown, known: KnownValid): boolean {
  if (typeof x !== 'string') return false;
  if (known.categories.has(x)) return true;
  if (!slug(x)) return false;
  known.categories.add(x);
  return true;
}

/**
 * The event (a value JSON.parse gave) as EventSchema outputs it, when it certainly passes; null
 * when valibot must say. `known` carries the dates and categories found valid from one event to
 * the next.
 */
export function fastCheckEvent(e: unknown, known: KnownValid = knownValid()): EventInput | null {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return null;
  const r = e as Record<string, unknown>;
  const { id, date, categories, actors, note, status, dateText, dateSource, confidence } = r;
  if (r.links !== undefined || !slug(id)) return null;
  const title = trimmed(r.title, LIMITS.titleLength);
  const attribution = trimmed(r.attribution, LIMITS.shortText);
  const quote = trimmed(r.quote, LIMITS.quoteLength);
  if (title === null || attribution === null || quote === null) return null;
  if (!validDate(date, known)) return null;
  if (!Array.isArray(categories) || categories.length < 1 || categories.length > LIMITS.listLength) return null;
  for (const c of categories) if (!validCategory(c, known)) return null;
  if (!Array.isArray(actors) || actors.length > LIMITS.listLength) return null;
  let actorsOut: string[] = actors;
  for (let k = 0; k < actors.length; k++) {
    const a = trimmed(actors[k], LIMITS.labelLength);
    if (a === null) return null;
    if (a !== actors[k]) (actorsOut === actors ? (actorsOut = actors.slice()) : actorsOut)[k] = a;
  }
  if (!optionalText(note, LIMITS.shortText) || !optionalText(dateText, LIMITS.labelLength)) return null;
  if (status !== undefined && !STATUSES.includes(status)) return null;
  if (dateSource !== undefined && !DATE_SOURCES.includes(dateSource)) return null;
  if (confidence !== undefined && !(typeof confidence === 'number' && confidence >= 0 && confidence <= 1)) return null;
  // The event itself when it is already what valibot would give (its fields in the file's order,
  // no others, nothing to trim): a new object for each of 100,000 events is time to collect.
  let fields = 0;
  for (const key in r) if (Object.hasOwn(r, key)) fields++;
  const present =
    7 + +(note !== undefined) + +(status !== undefined) + +(dateText !== undefined) + +(dateSource !== undefined);
  if (
    fields === present + +(confidence !== undefined) &&
    title === r.title &&
    attribution === r.attribution &&
    quote === r.quote &&
    actorsOut === actors
  )
    return r as EventInput;
  const out: EventInput = { id, title, date, categories, actors: actorsOut, attribution, quote };
  if (note !== undefined) out.note = note as string;
  if (status !== undefined) out.status = status as EventInput['status'];
  if (dateText !== undefined) out.dateText = dateText as string;
  if (dateSource !== undefined) out.dateSource = dateSource as EventInput['dateSource'];
  if (confidence !== undefined) out.confidence = confidence as number;
  return out;
}
