import { parseDatasetText, type Dataset, type DatasetResult } from './dataset';
import { unpackEvents, type PackedEvents } from './eventCodec';
import { decodeBytes, type DatasetBytes } from './loadDataset';

/** What the parse worker says: that it runs, then the result with the events packed. */
export type WorkerReply =
  'ready' | Extract<DatasetResult, { ok: false }> | ({ ok: true; packed: PackedEvents } & Omit<Dataset, 'events'>);

/**
 * Parses a dataset without freezing the page: large files go to a worker, their bytes
 * transferred rather than copied, to be decoded, parsed and validated there; small ones are
 * parsed here (a worker's start-up costs more than parsing twenty events).
 */
const WORKER_THRESHOLD_BYTES = 512 * 1024;

export function parseDatasetInBackground(bytes: DatasetBytes): Promise<DatasetResult> {
  if (bytes.byteLength < WORKER_THRESHOLD_BYTES || typeof Worker === 'undefined')
    return Promise.resolve(parseDatasetText(decodeBytes(bytes)));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
    let sent = false;
    const done = (result: DatasetResult) => {
      worker.terminate();
      resolve(result);
    };
    // The bytes are handed over only once the worker runs: until then, if it cannot (a strict
    // policy, an old browser), they are still here to parse on this side rather than fail.
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data === 'ready') {
        sent = true;
        worker.postMessage(bytes, [...new Set(bytes.chunks.map((c) => c.buffer as ArrayBuffer))]);
      } else if (!data.ok) done(data);
      else {
        const { packed, ...rest } = data;
        done({ ok: true, dataset: { ...rest, events: unpackEvents(packed, rest.source.text) } });
      }
    };
    worker.onerror = () =>
      done(
        sent
          ? {
              ok: false,
              issues: [{ path: [], message: 'could not be read: the parser stopped, perhaps out of memory' }],
            }
          : parseDatasetText(decodeBytes(bytes)),
      );
  });
}
