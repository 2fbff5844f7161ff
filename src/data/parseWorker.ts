/// <reference lib="webworker" />
import { parseDatasetText } from './dataset';
import { packEvents, packedBuffers } from './eventCodec';
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
  const result = parseDatasetText(parts.join(''));
  parts.length = 0;
  if (!result.ok) return self.postMessage(result satisfies WorkerReply);
  const { events, ...rest } = result.dataset;
  const packed = packEvents(events);
  self.postMessage({ ok: true, ...rest, packed } satisfies WorkerReply, packedBuffers(packed));
};
self.postMessage('ready' satisfies WorkerReply);
