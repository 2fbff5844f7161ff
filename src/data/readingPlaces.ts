import type { PendingQuotes } from './quoteCheck';

// Where quotes not checked yet can be read in the text, so the parse worker need not send them:
// worker-only, so it stays out of the code the page loads first.

/**
 * Somewhere each quote can be read in `text` (not necessarily its first or only occurrence: that
 * is for locateQuotes to say), looking for each after the one before, as quotes usually follow
 * the text; -1 where it was not found. Each search that misses costs a pass over the rest of the
 * text, so the whole stops, leaving -1, once it has read `budgetChars` characters: about one pass
 * when the quotes follow the text, a bounded few when they do not.
 */
export function readingPlaces(text: string, quotes: readonly string[], budgetChars = 2 * text.length): Int32Array {
  const places = new Int32Array(quotes.length).fill(-1);
  let cursor = 0;
  let spent = 0;
  for (let k = 0; k < quotes.length && spent <= budgetChars; k++) {
    const q = quotes[k]!;
    if (q === '') continue;
    let at = text.indexOf(q, cursor);
    spent += (at < 0 ? text.length : at + q.length) - cursor;
    if (at < 0 && cursor > 0) {
      // Out of order: from the start, up to where the first search began.
      at = text.indexOf(q);
      spent += at < 0 ? cursor : at + q.length;
    }
    if (at < 0) continue;
    places[k] = at;
    cursor = at + q.length;
  }
  return places;
}

/**
 * By index in the dataset's events, somewhere the text has each pending quote (readingPlaces), or
 * -1: enough to read the quote from the text before it is checked, not to say where it is.
 */
export function readingPlacesByEvent(pending: PendingQuotes): Int32Array {
  const inFileOrder = readingPlaces(pending.text, pending.quotes);
  const byEvent = new Int32Array(inFileOrder.length);
  for (let k = 0; k < inFileOrder.length; k++) byEvent[pending.order[k]!] = inFileOrder[k]!;
  return byEvent;
}
