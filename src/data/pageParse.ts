import type { UncheckedDataset } from './dataset';
import { decodeChunks } from './parseInBackground';
import type { PendingQuotes } from './quoteCheck';
import { createStreamedEvents } from './streamedEvents';
import { createStreamParse } from './streamParse';

/**
 * A large file parsed on the page as its bytes arrive (parseInBackground.ts loads this for one):
 * decoded, parsed and checked a batch of events at a time (streamParse.ts), each a few ms, and the
 * events placed and built as they pass (streamedEvents.ts). The page has little else to do while
 * a file downloads, and events built here need no trip from a worker: packing them there and
 * unpacking them here cost more than parsing them here does. Only the quotes are left to check
 * (in the parse worker, after the first draw), and a file that does not pass comes back whole,
 * for the worker to name every problem without holding up the page.
 */
export type PageParseEnd =
  | { readonly way: 'quick'; readonly dataset: UncheckedDataset; readonly pending: PendingQuotes }
  | { readonly way: 'whole'; readonly text: string };

export interface PageParse {
  /** The next bytes of the file. */
  push(chunk: Uint8Array): void;
  /** After the last bytes: the dataset, its quotes to check, or the whole text to parse. */
  finish(): PageParseEnd;
}

export function createPageParse(): PageParse {
  const decoder = new TextDecoder();
  const streamed = createStreamedEvents();
  const stream = createStreamParse({ onEvents: (events) => streamed.add(events) });
  // The bytes, kept for the whole text should the quick way be left: bytes cost the page's heap
  // nothing, where the decoded text, kept, would be copied into its old space as it ages.
  const chunks: Uint8Array[] = [];
  return {
    push(chunk) {
      chunks.push(chunk);
      stream.push(decoder.decode(chunk, { stream: true }));
    },
    finish() {
      stream.push(decoder.decode());
      const end = stream.finish();
      if (end.way === 'whole') return { way: 'whole', text: decodeChunks(chunks.splice(0)) };
      const { source, categories, events: inFileOrder } = end.input;
      const { extent, events, order } = streamed.finish();
      return {
        way: 'quick',
        dataset: { source, categories, extent, events },
        pending: {
          text: source.text,
          quotes: inFileOrder.map((e) => e.quote),
          ids: inFileOrder.map((e) => e.id),
          order,
        },
      };
    },
  };
}
