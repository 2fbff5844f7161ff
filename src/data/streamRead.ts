import { decodeChunks, type UncheckedDataset } from './dataset';
import { createStreamedEvents } from './streamedEvents';
import { createStreamParse } from './streamParse';

/**
 * A large file read as its bytes arrive, on the page (parseInBackground.ts loads this for one):
 * decoded, parsed and checked a batch of events at a time (streamParse.ts), each a few ms, and the
 * events placed and built as they pass (streamedEvents.ts). The page has little else to do while
 * a file downloads, and events built here need no trip from a worker: packing them there and
 * unpacking them here cost more than parsing them here does.
 *
 * Only the quotes are left to check: the page then hands the bytes to the parse worker, which
 * parses them again for the quotes (parseSession.ts). A file that does not pass comes
 * back whole, for the worker to name every problem without holding up the page.
 */
export type StreamReadEnd =
  | {
      readonly way: 'quick';
      readonly dataset: UncheckedDataset;
      /** For each event in the file's order, its index in the dataset's events. */
      readonly order: Int32Array;
      /** The file's bytes, as they came. */
      readonly bytes: readonly Uint8Array[];
    }
  | { readonly way: 'whole'; readonly text: string };

export interface StreamRead {
  /** The next bytes of the file. */
  push(chunk: Uint8Array): void;
  /** After the last bytes: the dataset, or the whole text to parse. */
  finish(): StreamReadEnd;
}

export function createStreamRead(): StreamRead {
  const decoder = new TextDecoder();
  const streamed = createStreamedEvents();
  const stream = createStreamParse({ onEvents: (events) => streamed.add(events) });
  // The bytes are kept (they cost the page's heap nothing) for the whole text should the quick
  // way be left, or for the worker to read again.
  const bytes: Uint8Array[] = [];
  return {
    push(chunk) {
      bytes.push(chunk);
      stream.push(decoder.decode(chunk, { stream: true }));
    },
    finish() {
      stream.push(decoder.decode());
      const end = stream.finish();
      if (end.way === 'whole') return { way: 'whole', text: decodeChunks(bytes.splice(0)) };
      const { source, categories } = end.rest;
      const { extent, events, order } = streamed.finish();
      return {
        way: 'quick',
        dataset: { source, categories, extent, events },
        order,
        bytes,
      };
    },
  };
}
