import { parseDatasetTextUnchecked } from './datasetText';
import { datasetReplies, quotesCheckedReply, type Reply } from './eventPacker';
import { checkQuotesInSteps, type PendingQuotes } from './quoteCheck';
import { readingPlacesByEvent } from './readingPlaces';
import { createStreamParse } from './streamParse';

/**
 * What the parse worker does (parseWorker.ts wires it to its messages; tests run it as it is):
 * - a file the page could not read the quick way (streamRead.ts) comes whole: the worker parses
 *   and validates it, and sends its problems, or the dataset, packed, with its quotes not checked,
 *   which it checks when the page asks;
 * - for a dataset the page read, the page hands over the file's bytes, and where each event went,
 *   once it has drawn it: the worker parses them again for the quotes, and checks them at once.
 * As it checks, it says how far it has come, and at the end where each quote is. Worker-only.
 */
export interface ParseSession {
  /** A whole file's text: sends the dataset or its problems. */
  parse(text: string): void;
  /** Checks the quotes of the file parsed here, once. */
  checkQuotes(): void;
  /**
   * Checks the quotes of a file the page read as it arrived, from its bytes: `order`, for each
   * event in the file's order, its index in the dataset's events.
   */
  checkQuotesOf(bytes: readonly Uint8Array[], order: Int32Array): void;
}

/** Progress is told in steps of this fraction of the whole. */
const PROGRESS_STEP = 0.05;

/**
 * Parsing a file again for its quotes is about three tenths of checking them (about 0.3 s of 1 s
 * at 100,000 events): the progress told counts it as that share.
 */
const READ_SHARE = 0.3;

export function createParseSession(send: (reply: Reply) => void): ParseSession {
  let pending: PendingQuotes | null = null;
  // Tells how far the check has come, in steps of PROGRESS_STEP.
  let told = 0;
  const progress = (fraction: number) => {
    if (fraction - told >= PROGRESS_STEP)
      send({ reply: { kind: 'quote-progress', checkedFraction: (told = fraction) }, transfer: [] });
  };
  /** Checks the quotes, their progress told from `from` on. */
  const check = (quotes: PendingQuotes, from = 0) => {
    const steps = checkQuotesInSteps(quotes);
    for (;;) {
      const step = steps.next();
      if (step.done) return send(quotesCheckedReply(step.value));
      progress(from + (1 - from) * step.value);
    }
  };
  return {
    parse(text) {
      const result = parseDatasetTextUnchecked(text);
      if (!result.ok) return send({ reply: result, transfer: [] });
      for (const reply of datasetReplies(result.dataset, readingPlacesByEvent(result.pending))) send(reply);
      pending = result.pending;
    },
    checkQuotes() {
      const quotes = pending;
      pending = null;
      if (quotes) check(quotes);
    },
    checkQuotesOf(bytes, order) {
      // Parsed and checked again as the page did (the quotes as the schema gives them, trimmed),
      // but neither placed nor sorted: the page says where each event went.
      const decoder = new TextDecoder();
      const quotes: string[] = [];
      const ids: string[] = [];
      const stream = createStreamParse({
        onEvents: (events) => {
          for (const e of events) {
            quotes.push(e.quote);
            ids.push(e.id);
          }
        },
      });
      const total = bytes.reduce((sum, chunk) => sum + chunk.byteLength, 0);
      let done = 0;
      for (const chunk of bytes) {
        stream.push(decoder.decode(chunk, { stream: true }));
        progress((READ_SHARE * (done += chunk.byteLength)) / total);
      }
      stream.push(decoder.decode());
      const end = stream.finish();
      // The page read these bytes the quick way; read again, they cannot go another.
      if (end.way !== 'quick') throw new Error('the file read on the page could not be read again');
      check({ text: end.rest.source.text, quotes, ids, order }, READ_SHARE);
    },
  };
}
