import { parseDatasetTextUnchecked } from './datasetText';
import { datasetReplies, quotesCheckedReply, type Reply } from './eventPacker';
import { checkQuotesInSteps, type PendingQuotes } from './quoteCheck';
import { readingPlacesByEvent } from './readingPlaces';

/**
 * What the parse worker does (parseWorker.ts wires it to its messages; tests run it as it is):
 * - a file the page could not read the quick way (pageParse.ts) comes whole: the worker parses
 *   and validates it, and sends its problems, or the dataset, packed, with its quotes not checked;
 * - for a dataset the page read itself, its quotes come in parts, then the text to find them in.
 * When asked, it checks the quotes, saying how far it has come, and sends where each one is.
 * Worker-only.
 */
export interface ParseSession {
  /** A whole file's text: sends the dataset or its problems. */
  parse(text: string): void;
  /** A part of the quotes of a dataset the page read, and their events' ids, in the file's order. */
  addQuotes(quotes: readonly string[], ids: readonly string[]): void;
  /**
   * Checks the quotes, once: those added, in `given`'s text (`order`: where each event goes in the
   * dataset), or without it those of the file parsed here.
   */
  checkQuotes(given?: { readonly text: string; readonly order: Int32Array }): void;
}

/** Progress is told in steps of this fraction of the whole. */
const PROGRESS_STEP = 0.05;

export function createParseSession(send: (reply: Reply) => void): ParseSession {
  let pending: PendingQuotes | null = null;
  let quotes: string[] = [];
  let ids: string[] = [];
  return {
    parse(text) {
      const result = parseDatasetTextUnchecked(text);
      if (!result.ok) return send({ reply: result, transfer: [] });
      for (const reply of datasetReplies(result.dataset, readingPlacesByEvent(result.pending))) send(reply);
      pending = result.pending;
    },
    addQuotes(more, moreIds) {
      quotes = quotes.concat(more);
      ids = ids.concat(moreIds);
    },
    checkQuotes(given) {
      const toCheck = given ? { text: given.text, order: given.order, quotes, ids } : pending;
      pending = null;
      quotes = [];
      ids = [];
      if (!toCheck) return;
      const steps = checkQuotesInSteps(toCheck);
      let told = 0;
      for (;;) {
        const step = steps.next();
        if (step.done) return send(quotesCheckedReply(step.value));
        if (step.value - told >= PROGRESS_STEP)
          send({ reply: { kind: 'quote-progress', checkedFraction: (told = step.value) }, transfer: [] });
      }
    },
  };
}
