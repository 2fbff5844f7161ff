/// <reference lib="webworker" />
import { datasetReplies, quotesCheckedReply } from './eventPacker';
import type { QuoteCheckRequest, WorkerReply, WorkerRequest } from './parseInBackground';
import { checkQuotesInSteps } from './quoteCheck';
import { readingPlacesByEvent } from './readingPlaces';
import { createStreamParse } from './streamParse';

// Parses and validates a dataset's text as it arrives (streamParse.ts), off the main thread, and
// sends it back with its events packed, before its quotes are checked; then, once the page asks
// (when it has drawn the dataset), checks them, saying how far it has come, and sends where each
// one is. It says when it runs, and is then sent the text.
const stream = createStreamParse();
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
    stream.push(data.text);
    return;
  }
  const result = stream.finish();
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
