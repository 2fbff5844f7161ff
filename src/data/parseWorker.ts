/// <reference lib="webworker" />
import { unpackStrings } from './eventCodec';
import type { WorkerReply, WorkerRequest } from './parseInBackground';
import { createParseSession } from './parseSession';

// The parse worker: a whole file to parse, or the quotes of a dataset the page read; the session
// (parseSession.ts) answers, and checks the quotes when the page asks. It says when it runs.
const session = createParseSession(({ reply, transfer }) => self.postMessage(reply satisfies WorkerReply, transfer));

self.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
  if (data.kind === 'parse') session.parse(data.text);
  else if (data.kind === 'quotes') session.addQuotes(unpackStrings(data.quotes), unpackStrings(data.ids));
  else session.checkQuotes(data.given);
};
self.postMessage('ready' satisfies WorkerReply);
