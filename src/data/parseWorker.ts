/// <reference lib="webworker" />
import type { WorkerReply, WorkerRequest } from './parseInBackground';
import { createParseSession } from './parseSession';

// The parse worker: a whole file to parse, or the bytes of a file the page read, for its quotes;
// the session (parseSession.ts) answers, and checks the quotes. It says when it runs.
const session = createParseSession(({ reply, transfer }) => self.postMessage(reply satisfies WorkerReply, transfer));

self.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
  if (data.kind === 'parse') session.parse(data.text);
  else if (data.kind === 'check-quotes-of') session.checkQuotesOf(data.bytes, data.order);
  else session.checkQuotes();
};
self.postMessage('ready' satisfies WorkerReply);
