/// <reference lib="webworker" />
import { parseDatasetText } from './dataset';
import { packEvents, packedBuffers } from './eventCodec';
import { decodeBytes, type DatasetBytes } from './loadDataset';
import type { WorkerReply } from './parseInBackground';

// Decodes, parses and validates a dataset off the main thread and sends it back with its events
// packed. It says when it runs, and is then sent the file's bytes.
self.onmessage = (e: MessageEvent<DatasetBytes>) => {
  const result = parseDatasetText(decodeBytes(e.data));
  if (!result.ok) return self.postMessage(result satisfies WorkerReply);
  const { events, ...rest } = result.dataset;
  const packed = packEvents(events, rest.source.text);
  self.postMessage({ ok: true, ...rest, packed } satisfies WorkerReply, packedBuffers(packed));
};
self.postMessage('ready' satisfies WorkerReply);
