/// <reference lib="webworker" />
import type { QuoteCheckRequest, WorkerReply, WorkerRequest } from './parseInBackground';
import { createParseSession } from './parseSession';

// The parse worker: one file's text comes in pieces, then 'end'; the session (parseSession.ts)
// answers with the dataset, then checks its quotes when the page asks. It says when it runs.
const session = createParseSession(({ reply, transfer }) => self.postMessage(reply satisfies WorkerReply, transfer));

self.onmessage = ({ data }: MessageEvent<WorkerRequest | QuoteCheckRequest>) => {
  if (data === 'check-quotes') session.checkQuotes();
  else if (data === 'end') session.end();
  else session.push(data.text);
};
self.postMessage('ready' satisfies WorkerReply);
