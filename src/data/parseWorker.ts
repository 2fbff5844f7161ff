/// <reference lib="webworker" />
import { parseDatasetTextUnchecked } from './dataset';
import { datasetReplies, quotesCheckedReply } from './eventPacker';
import type { WorkerReply, WorkerRequest } from './parseInBackground';
import { checkQuotesInSteps } from './quoteCheck';
import { readingPlacesByEvent } from './readingPlaces';

// Decodes a dataset's bytes as they arrive, then parses and validates it off the main thread and
// sends it back with its events packed, before its quotes are checked; then checks them, saying
// how far it has come, and sends where each one is. It says when it runs, and is then sent the bytes.
const decoder = new TextDecoder();
const parts: string[] = [];
/** Progress is told in steps of this fraction of the whole. */
const PROGRESS_STEP = 0.05;

const post = (reply: WorkerReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer);

self.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
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
  const steps = checkQuotesInSteps(result.pending);
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
post('ready');
