/// <reference lib="webworker" />
import { parseDatasetText } from './dataset';
import { workerReply } from './eventCodec';
import type { WorkerReply, WorkerRequest } from './parseInBackground';

// Decodes a dataset's bytes as they arrive, then parses and validates it off the main thread and
// sends it back with its events packed. It says when it runs, and is then sent the bytes.
const decoder = new TextDecoder();
const parts: string[] = [];

self.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
  if (data !== 'end') {
    parts.push(decoder.decode(data, { stream: true }));
    return;
  }
  parts.push(decoder.decode());
  const { reply, transfer } = workerReply(parseDatasetText(parts.join('')));
  parts.length = 0;
  self.postMessage(reply, transfer);
};
self.postMessage('ready' satisfies WorkerReply);
