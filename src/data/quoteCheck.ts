import type { DatasetIssue } from './dataset';
import { DEFAULT_STEP_CHARS, locateQuote, locateQuotesInSteps, type QuoteLocations } from './quotes';
import { runToEnd } from './steps';

/**
 * Checking that every quote is found exactly once in the article's text, apart from the rest of
 * a dataset's checks. A large file's events are shown as soon as everything else has passed; the
 * quotes are checked after (in the parse worker, in steps), and a quote that fails is reported
 * and left unhighlighted, without taking the timeline away. Until then, an event that is opened
 * has its one quote checked at once (two indexOf).
 */

/** What the check says of a quote that is not found exactly once; the same words as a full check of the dataset. */
export const QUOTE_NOT_FOUND = 'is not found in source.text; a quote must be copied from the text exactly';
export const QUOTE_MORE_THAN_ONCE = 'occurs more than once in source.text, so it is ambiguous; quote a longer passage';

/** In a list of quote offsets: the quote is not in the text. */
export const NOT_FOUND = -1;
/** In a list of quote offsets: the quote is in the text more than once. */
export const MORE_THAN_ONCE = -2;

/** The quotes of a dataset built before they were checked, and what checking them needs. */
export interface PendingQuotes {
  readonly text: string;
  /** Each event's quote and id, in the file's order (the order issues name events in). */
  readonly quotes: readonly string[];
  readonly ids: readonly string[];
  /** For each event, in the file's order, its index in the dataset's events (sorted by time). */
  readonly order: Int32Array;
}

/** The outcome of checking every quote. */
export interface QuotesChecked {
  /**
   * By index in the dataset's events: the quote's offset in source.text, or NOT_FOUND, or
   * MORE_THAN_ONCE.
   */
  readonly starts: Int32Array;
  /** One per quote not found exactly once, in the file's order, as parseDataset reports them. */
  readonly issues: readonly DatasetIssue[];
}

/** Where one quote is: its offset, NOT_FOUND or MORE_THAN_ONCE (an empty quote is never found). */
export function findQuote(text: string, quote: string): number {
  const { start, count } = locateQuote(text, quote);
  return count === 1 ? start : count === 0 ? NOT_FOUND : MORE_THAN_ONCE;
}

/** The problem with a quote found `count` times (counted up to 2), or null when it is found once. */
export function quoteProblem(count: number): string | null {
  return count === 0 ? QUOTE_NOT_FOUND : count > 1 ? QUOTE_MORE_THAN_ONCE : null;
}

/** The outcome from the quotes' locations (by index in the file's order). */
function outcome(pending: PendingQuotes, located: QuoteLocations): QuotesChecked {
  const starts = new Int32Array(pending.order.length);
  const issues: DatasetIssue[] = [];
  for (let k = 0; k < pending.order.length; k++) {
    const count = located.count[k]!;
    starts[pending.order[k]!] = count === 1 ? located.start[k]! : count === 0 ? NOT_FOUND : MORE_THAN_ONCE;
    const message = quoteProblem(count);
    if (message !== null) issues.push({ path: ['events', k, 'quote'], eventId: pending.ids[k]!, message });
  }
  return { starts, issues };
}

/**
 * Checks every pending quote, a step at a time: each step yields the fraction done (0 to 1), and
 * the generator returns the outcome, the same for any step size.
 */
export function* checkQuotesInSteps(
  pending: PendingQuotes,
  stepChars = DEFAULT_STEP_CHARS,
): Generator<number, QuotesChecked, void> {
  const located = yield* locateQuotesInSteps(pending.text, pending.quotes, stepChars);
  return outcome(pending, located);
}

/** checkQuotesInSteps, all at once. */
export function checkQuotes(pending: PendingQuotes): QuotesChecked {
  return runToEnd(checkQuotesInSteps(pending, Infinity));
}

/** How far the check of a dataset's quotes has come. */
export type QuoteCheckState =
  | { readonly status: 'checking'; readonly checkedFraction: number }
  | { readonly status: 'done'; readonly issues: readonly DatasetIssue[] }
  /** The check ended before it was done (another dataset was opened, the worker failed). */
  | { readonly status: 'stopped'; readonly reason: string };

/** What is known of one event's quote. */
export type QuotePlace =
  | {
      readonly status: 'found';
      /** Offset in source.text. */
      readonly start: number;
      /** Checked on its own, when the event was opened before the check of the dataset had finished. */
      readonly checkedAlone: boolean;
    }
  | { readonly status: 'not-found' }
  | { readonly status: 'more-than-once' };

/**
 * A dataset's quote check, as the page follows it: its state (a new object on every change, so
 * it suits useSyncExternalStore) and each event's quote.
 */
export interface QuoteCheck {
  readonly state: () => QuoteCheckState;
  /** Calls `listener` on every change of state; returns the function that stops it. */
  readonly subscribe: (listener: () => void) => () => void;
  /**
   * Where the quote of the dataset's event at `index` is. Before the check has finished, the one
   * quote is checked at once, and the answer kept. The same object until the state changes.
   */
  readonly placeOf: (index: number, event: { readonly quote: string; readonly quoteStart: number }) => QuotePlace;
}

/** What the parser tells a check that is running. */
export interface QuoteCheckReport {
  progress(checkedFraction: number): void;
  finish(checked: QuotesChecked): void;
  stop(reason: string): void;
}

const NOT_FOUND_PLACE: QuotePlace = { status: 'not-found' };
const MORE_THAN_ONCE_PLACE: QuotePlace = { status: 'more-than-once' };

function placeAt(start: number, checkedAlone: boolean): QuotePlace {
  if (start === NOT_FOUND) return NOT_FOUND_PLACE;
  if (start === MORE_THAN_ONCE) return MORE_THAN_ONCE_PLACE;
  return { status: 'found', start, checkedAlone };
}

/**
 * A check to follow: `check` for the page, `report` for whatever runs it. Given `checked`, it
 * is done already.
 */
export function createQuoteCheck(
  text: string,
  checked?: QuotesChecked,
): { check: QuoteCheck; report: QuoteCheckReport } {
  let state: QuoteCheckState = checked
    ? { status: 'done', issues: checked.issues }
    : { status: 'checking', checkedFraction: 0 };
  let starts: Int32Array | null = checked?.starts ?? null;
  // Places worked out so far, by index; emptied when the state changes.
  let places = new Map<number, QuotePlace>();
  const listeners = new Set<() => void>();
  const set = (next: QuoteCheckState) => {
    if (state.status !== 'checking') return;
    state = next;
    places = new Map();
    for (const listener of [...listeners]) listener();
  };
  const check: QuoteCheck = {
    state: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    placeOf: (index, event) => {
      let place = places.get(index);
      if (!place) {
        const start = starts ? starts[index]! : NOT_FOUND;
        // An offset that does not hold this event's quote (an index that is not this event's) is
        // not believed: the quote is checked on its own instead.
        place =
          starts && (start < 0 || text.startsWith(event.quote, start))
            ? placeAt(start, false)
            : placeAt(findQuote(text, event.quote), true);
        places.set(index, place);
      }
      return place;
    },
  };
  const report: QuoteCheckReport = {
    progress: (checkedFraction) => {
      if (state.status !== 'checking') return;
      // Progress alone keeps the places found so far: they do not change.
      state = { status: 'checking', checkedFraction };
      for (const listener of [...listeners]) listener();
    },
    finish: (result) => {
      if (state.status !== 'checking') return;
      starts = result.starts;
      set({ status: 'done', issues: result.issues });
    },
    stop: (reason) => set({ status: 'stopped', reason }),
  };
  return { check, report };
}
