import * as v from 'valibot';
import { checkDatasetParts } from './dataset';
import { fastCheckEvent, knownValid } from './eventFastCheck';
import { EventSchema, type DatasetInput, type EventInput } from './schema';

/**
 * A dataset file parsed and validated while it downloads (a large file, by streamRead.ts). The
 * file's events are parsed and checked batch by batch as their text arrives,
 * and its other fields as each one ends, so that once the last byte is in, little is left to do.
 *
 * This is only ever a quicker way to the answer the whole text gives: anything it does not expect
 * (another layout of the JSON, a syntax error, an event or field that fails its check) and the
 * end says so: the caller then has parseDatasetTextUnchecked parse and validate the whole text (in
 * the parse worker), which locates and names every problem as always. Only a file that passes
 * takes the quick way to the end. The text is not kept here: the caller keeps the bytes.
 */

const enum At {
  /** Before the opening brace. */
  Start,
  /** After `{` or `,`: a key, or (after `{` only) the closing brace. */
  Key,
  /** After a key: the colon. */
  Colon,
  /** After the colon: a value. */
  Value,
  /** After a value: a comma or the closing brace. */
  Next,
  /** Inside the events list, at the start of an element or its end. */
  Element,
  /** After an element: a comma or the end of the list. */
  ElementNext,
  /** After the closing brace: nothing but white space. */
  End,
}

/** Where a value being scanned has got to, kept between chunks. */
interface Scan {
  depth: number;
  inString: boolean;
  /** Backslashes just before the end of the text scanned so far, inside a string. */
  backslashes: number;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const STRUCTURE = /["{}[\]]/g;

/**
 * Scans `s` from `from` for the end of a value whose scan is `scan` (its opening character
 * already counted): the index just after it, or -1 when `s` ends first (`scan` then says where
 * it got to). Strings are skipped whole with indexOf, so a long passage costs little.
 */
function scanValue(s: string, from: number, scan: Scan): number {
  let i = from;
  for (;;) {
    if (scan.inString) {
      const q = s.indexOf('"', i);
      if (q < 0) {
        // Count the backslashes the text ends with, joined to any run before it.
        let b = s.length;
        while (b > i && s.charCodeAt(b - 1) === 92) b--;
        scan.backslashes = b === i ? scan.backslashes + (s.length - i) : s.length - b;
        return -1;
      }
      let b = q;
      while (b > i && s.charCodeAt(b - 1) === 92) b--;
      const run = b === i ? scan.backslashes + (q - i) : q - b;
      scan.backslashes = 0;
      i = q + 1;
      if (run % 2 === 1) continue; // an escaped quote
      scan.inString = false;
      if (scan.depth === 0) return i;
      continue;
    }
    STRUCTURE.lastIndex = i;
    const m = STRUCTURE.exec(s);
    if (!m) return -1;
    i = m.index + 1;
    const c = m[0];
    if (c === '"') {
      scan.inString = true;
      scan.backslashes = 0;
    } else if (c === '{' || c === '[') scan.depth++;
    else if (--scan.depth === 0) return i;
  }
}

/** At least this much of the events' text is gathered before a batch of them is parsed. */
const BATCH_CHARS = 256 * 1024;

/**
 * What a file read this way comes to: by the quick way, the file's fields but its events, checked
 * (the events, told to `onEvents` as they passed, are the file's); or that the whole text must be
 * parsed and validated.
 */
export type StreamResult =
  { readonly way: 'quick'; readonly rest: Omit<DatasetInput, 'events'> } | { readonly way: 'whole' };

export interface StreamParse {
  /** The next piece of the file's text. */
  push(text: string): void;
  /** After the last piece. */
  finish(): StreamResult;
}

export interface StreamParseOptions {
  /** Events are parsed in batches of at least this many characters. */
  readonly batchChars?: number;
  /**
   * Told each run of events as they pass their check, in the file's order: they are the file's
   * events if the quick way reaches the end, which finish() says. They are not kept here: a
   * caller keeps what it needs of them (100,000 parsed events kept beside the ones built from
   * them would be that much more for the garbage collector to go through).
   */
  readonly onEvents?: (events: readonly EventInput[]) => void;
}

/** Parses a dataset file's text piece by piece as it arrives (see the file's comment). */
export function createStreamParse({ batchChars = BATCH_CHARS, onEvents }: StreamParseOptions = {}): StreamParse {
  let started = false;
  /** The quick way was left: the whole text is parsed at the end. */
  let slow = false;
  let at = At.Start;
  /** Text not consumed yet. */
  let pending = '';
  /** Where the scan of the current key or value is, and the pieces of its text so far. */
  let scan: Scan | null = null;
  let pieces: string[] = [];
  let key = '';
  const fields: Record<string, unknown> = {};
  let hasEvents = false;
  let eventCount = 0;
  // Checked across events as they come: each id once, and the categories they name (which the
  // quick check keeps, with the dates it found valid).
  const ids = new Set<string>();
  const known = knownValid();

  const leave = () => {
    slow = true;
    pending = '';
    pieces = [];
  };

  /** Checks parsed events and tells them on; false when one fails (the whole text will say how). */
  const keep = (parsed: readonly unknown[]): boolean => {
    const passed: EventInput[] = [];
    for (const e of parsed) {
      let event = fastCheckEvent(e, known);
      if (!event) {
        const r = v.safeParse(EventSchema, e);
        if (!r.success) return false;
        event = r.output;
        for (const c of event.categories) known.categories.add(c);
      }
      const seen = ids.size;
      if (ids.add(event.id).size === seen) return false; // an id used before
      passed.push(event);
    }
    eventCount += passed.length;
    onEvents?.(passed);
    return true;
  };

  /** Parses the events in pending up to the last `},` in it, as one list; false if they do not parse. */
  const batch = (): boolean => {
    const end = pending.lastIndexOf('},');
    if (end < 0) return false;
    let parsed: unknown[];
    try {
      // Succeeds only if the cut is between two elements: inside a string or a nested value, the
      // text up to it leaves a string or a bracket open.
      parsed = JSON.parse(`[${pending.slice(0, end + 1)}]`) as unknown[];
    } catch {
      return false;
    }
    if (!keep(parsed)) leave();
    else pending = pending.slice(end + 2);
    return true;
  };

  /**
   * Moves through pending as far as it goes. The events' elements are scanned one by one only
   * when `scanElements` (at the end of the file, or where a batch did not parse); otherwise they
   * are left in pending for the next batch.
   */
  const step = (scanElements: boolean) => {
    let i = 0;
    const s = pending;
    const startScan = (c: string) => {
      scan = { depth: c === '"' ? 0 : 1, inString: c === '"', backslashes: 0 };
      pieces = [c];
      i++;
    };
    while (!slow) {
      if (scan) {
        const end = scanValue(s, i, scan);
        if (end < 0) {
          pieces.push(s.slice(i));
          i = s.length;
          break;
        }
        pieces.push(s.slice(i, end));
        i = end;
        const text = pieces.join('');
        pieces = [];
        scan = null;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          return leave();
        }
        if (at === At.Key) {
          key = value as string;
          at = At.Colon;
        } else if (at === At.Element) {
          if (!keep([value])) return leave();
          at = At.ElementNext;
        } else {
          // A key given twice (JSON.parse keeps the last, which this does not follow), or events
          // that are not a list: the whole text says what is wrong.
          if (Object.hasOwn(fields, key) || key === 'events' || key === '__proto__') return leave();
          fields[key] = value;
          at = At.Next;
        }
        continue;
      }
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (i === s.length) break;
      const c = s[i]!;
      if (at === At.Start && c === '{') {
        at = At.Key;
        i++;
      } else if (at === At.Key && c === '"') startScan(c);
      else if (at === At.Key && c === '}' && Object.keys(fields).length === 0 && !hasEvents) {
        at = At.End;
        i++;
      } else if (at === At.Colon && c === ':') {
        at = At.Value;
        i++;
      } else if (at === At.Value && key === 'events' && c === '[' && !hasEvents) {
        hasEvents = true;
        at = At.Element;
        i++;
      } else if (at === At.Value && (c === '{' || c === '[' || c === '"')) startScan(c);
      else if (at === At.Next && c === ',') {
        at = At.Key;
        i++;
      } else if ((at === At.Next && c === '}') || (at === At.ElementNext && c === ']')) {
        at = at === At.Next ? At.End : At.Next;
        i++;
      } else if (at === At.ElementNext && c === ',') {
        at = At.Element;
        i++;
      } else if (at === At.Element && c === ']' && eventCount === 0) {
        at = At.Next;
        i++;
      } else if (at === At.Element && c === '{') {
        if (!scanElements) break; // left for the next batch
        startScan(c);
      } else return leave(); // a number, true, false or null for a field, text after the end, a syntax error
    }
    pending = s.slice(i);
  };

  return {
    push(text) {
      if (slow) return;
      // A byte order mark is dropped at the start, as readJson does (TextDecoder has already).
      pending += !started && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      started ||= text !== '';
      if (at === At.Element && scan === null) {
        if (pending.length < batchChars) return;
        // Where no batch parses (the list has ended, or a passage holds "},"), read on element by element.
        if (!batch()) step(true);
        return;
      }
      step(false);
    },
    finish() {
      if (!slow && at === At.Element && scan === null) batch();
      if (!slow) step(true);
      const rest = !slow && at === At.End && hasEvents ? checkDatasetParts(fields, eventCount, known.categories) : null;
      return rest ? { way: 'quick', rest } : { way: 'whole' };
    },
  };
}
