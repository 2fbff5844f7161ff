/**
 * Live checks for the editor's fields. Each takes what the person typed and says either the
 * value to keep or, in plain words, what is wrong with it. The reducer (edits.ts) uses the same
 * checks, so a value the editor accepts is one the dataset accepts.
 */
import { parseEdtf, type EdtfDate, type IntervalEnd } from '../../data/edtf';
import { formatDateForDisplay } from '../../data/displayDate';
import { LIMITS, quoted } from '../../data/schema';

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; message: string };

/** A date as a person would read it aloud: "somewhere in May 2025", "perhaps around 2025". */
export type DateCheck = { ok: true; value: string; reading: string } | { ok: false; message: string };

function plainDate(d: EdtfDate): string {
  return formatDateForDisplay({ ...d, uncertain: false, approximate: false });
}

/** One date with its qualifiers; `bare` leaves out "somewhere in"/"on", for an interval's ends. */
function readDate(d: EdtfDate, bare: boolean): string {
  const plain = plainDate(d);
  let text: string;
  if (d.approximate) text = `around ${plain}`;
  else if (bare) text = plain;
  else if (d.precision === 'year') text = `some time in ${plain}`;
  else if (d.precision === 'month') text = `somewhere in ${plain}`;
  else text = `on ${plain}`;
  return d.uncertain ? `perhaps ${text}` : text;
}

function readEnd(e: IntervalEnd): string | null {
  return e.type === 'date' ? readDate(e, true) : null;
}

/** Checks an EDTF date and reads it out plainly. */
export function checkDate(text: string): DateCheck {
  const value = text.trim();
  if (value === '') return { ok: false, message: 'The date is empty: write one like 2025, 2025-05 or 2025-08-15.' };
  const r = parseEdtf(value);
  if (!r.ok)
    return {
      ok: false,
      message: `${quoted(value)} is not a date the timeline can read (${r.error}). Write 2025, 2025-05, 2025-08-15, or an interval like 2025-05/2025-09; add ~ for "around" or ? for "perhaps".`,
    };
  const edtf = r.value;
  if (edtf.type === 'date') return { ok: true, value, reading: readDate(edtf, false) };
  const start = readEnd(edtf.start);
  const end = readEnd(edtf.end);
  let reading: string;
  if (start !== null && end !== null) reading = `between ${start} and ${end}`;
  else if (start !== null) reading = edtf.end.type === 'open' ? `from ${start} onwards` : `from ${start}, end unknown`;
  else reading = edtf.start.type === 'open' ? `until ${end}` : `up to ${end}, start unknown`;
  return { ok: true, value, reading };
}

function checkText(what: string, text: string, max: number, allowEmpty = false): FieldCheck<string> {
  const value = text.trim();
  if (value === '' && !allowEmpty) return { ok: false, message: `The ${what} is empty.` };
  if (value.length > max)
    return { ok: false, message: `The ${what} is ${value.length} characters long; at most ${max} are allowed.` };
  return { ok: true, value };
}

/** A title: not empty, at most 300 characters. */
export function checkTitle(text: string): FieldCheck<string> {
  return checkText('title', text, LIMITS.titleLength);
}

/** Who makes the claim: not empty, at most 2,000 characters. */
export function checkAttribution(text: string): FieldCheck<string> {
  return checkText('attribution', text, LIMITS.shortText);
}

/** A note: may be empty (the event then has none), at most 2,000 characters. */
export function checkNote(text: string): FieldCheck<string> {
  return checkText('note', text, LIMITS.shortText, true);
}

/** A category's label: not empty, at most 80 characters. */
export function checkLabel(text: string): FieldCheck<string> {
  return checkText('category name', text, LIMITS.labelLength);
}

/** A list of actors, each not empty and at most 80 characters; repeats are dropped. */
export function checkActorList(actors: readonly string[]): FieldCheck<string[]> {
  const value: string[] = [];
  for (const a of actors) {
    const name = a.trim();
    if (name === '') return { ok: false, message: 'An actor is empty: write a name, or remove it.' };
    if (name.length > LIMITS.labelLength)
      return { ok: false, message: `The actor ${quoted(name, 40)} is longer than ${LIMITS.labelLength} characters.` };
    if (!value.includes(name)) value.push(name);
  }
  if (value.length > LIMITS.listLength)
    return { ok: false, message: `An event can have at most ${LIMITS.listLength} actors.` };
  return { ok: true, value };
}

/** Actors typed as comma-separated text ("Russia, China"); empty text means none. */
export function checkActors(text: string): FieldCheck<string[]> {
  if (text.trim() === '') return { ok: true, value: [] };
  const parts = text.split(',');
  // A trailing comma while typing is not an empty actor.
  if (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop();
  return checkActorList(parts);
}

/** A colour as #rrggbb (#rgb is widened); lower case. */
export function checkColor(text: string): FieldCheck<string> {
  const value = text.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(value);
  if (short) return { ok: true, value: `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` };
  if (/^#[0-9a-f]{6}$/.test(value)) return { ok: true, value };
  return { ok: false, message: `${quoted(text.trim(), 20)} is not a colour: write one like #1f77b4.` };
}
