/// <reference lib="webworker" />
import { parseDatasetTextUnchecked } from './datasetText';
import { datasetReplies, quotesCheckedReply } from './eventPacker';
import type { QuoteCheckRequest, WorkerReply, WorkerRequest } from './parseInBackground';
import { checkQuotesInSteps } from './quoteCheck';
import { readingPlacesByEvent } from './readingPlaces';

// Decodes a dataset's bytes as they arrive, then parses and validates it off the main thread and
// sends it back with its events packed, before its quotes are checked; then, once the page asks
// (when it has drawn the dataset), checks them, saying how far it has come, and sends where each
// one is. It says when it runs, and is then sent the bytes.
const decoder = new TextDecoder();
const parts: string[] = [];
/** Progress is told in steps of this fraction of the whole. */
const PROGRESS_STEP = 0.05;

const post = (reply: WorkerReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer);

/** The check of the quotes of the dataset sent, to run when the page asks. */
let checkQuotes: (() => void) | null = null;

self.onmessage = ({ data }: MessageEvent<WorkerRequest | QuoteCheckRequest>) => {
  if (data === 'check-quotes') {
    checkQuotes?.();
    checkQuotes = null;
    return;
  }
  if (data !== 'end') {
    parts.push(decoder.decode(data, { stream: true }));
    return;
  }
  parts.push(decoder.decode());
  const result = parseDatasetTextUnchecked(parts.join(''));
  parts.length = 0;
  if (!result.ok) return post(result);
  for (const { reply, transfer } of datasetReplies(result.dataset, false, readingPlacesByEvent(result.pending)))
    post(reply, transfer);
  const { pending } = result;
  checkQuotes = () => {
    const steps = checkQuotesInSteps(pending);
    let told = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        const last = quotesCheckedReply(step.value);
        return post(last.reply, last.transfer);
      }
      if (step.value - told >= PROGRESS_STEP) post({ kind: 'quote-progress', checkedFraction: (told = step.value) });
    }
  };
};
post('ready');
