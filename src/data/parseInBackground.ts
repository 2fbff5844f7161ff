import { parseDatasetText, type Dataset, type DatasetResult } from './dataset';
import { unpackEvents, type PackedEvents } from './eventCodec';
import type { ChunkSink } from './loadDataset';

/** What the page tells the parse worker: a chunk of the file's bytes, then that it has them all. */
export type WorkerRequest = Uint8Array | 'end';

/** What the parse worker says: that it runs, then the result with the events packed. */
export type WorkerReply =
  'ready' | Extract<DatasetResult, { ok: false }> | ({ ok: true; packed: PackedEvents } & Omit<Dataset, 'events'>);

/** Past this many bytes a file is parsed in a worker; below, here (a worker costs more than twenty events). */
export const WORKER_THRESHOLD_BYTES = 512 * 1024;

export interface DatasetParser {
  /** Takes the file's bytes as they arrive. */
  readonly push: ChunkSink;
  /** After the last chunk: the dataset, or every problem with it. */
  finish(): Promise<DatasetResult>;
  /**
   * The file will not be finished (the download failed, or another load replaced this one): ends
   * the worker, ignores any further chunk, and `finish()` answers that it was cancelled.
   */
  cancel(): void;
}

/** UTF-8 text from chunks cut anywhere, even inside a character (a byte order mark is dropped). */
export function decodeChunks(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
}

/**
 * Parses a dataset without freezing the page. Once a file passes WORKER_THRESHOLD_BYTES its bytes
 * go to a worker as they arrive (transferred, not copied), which decodes them while the rest
 * downloads and then parses and validates the whole; smaller files are parsed here.
 */
export function createDatasetParser(): DatasetParser {
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  let worker: Worker | null = null;
  let workerFailed = typeof Worker === 'undefined';
  let sending = false;
  let finished = false;
  let cancelled = false;
  let resolve: (result: DatasetResult) => void = () => {};
  const result = new Promise<DatasetResult>((r) => (resolve = r));
  const done = (r: DatasetResult) => {
    worker?.terminate();
    resolve(r);
  };
  const parseHere = () => done(parseDatasetText(decodeChunks(held)));
  const send = (chunk: Uint8Array) => {
    // Its own buffer, so transferring it cannot take bytes from another chunk.
    const own = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
    worker!.postMessage(own satisfies WorkerRequest, [own.buffer as ArrayBuffer]);
  };

  const start = () => {
    const w = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
    worker = w;
    // The bytes are handed over only once the worker runs: until then, if it cannot (a strict
    // policy, an old browser), they are still here to parse on this side rather than fail.
    w.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data === 'ready') {
        sending = true;
        held.forEach(send);
        held = [];
        if (finished) w.postMessage('end' satisfies WorkerRequest);
      } else if (!data.ok) done(data);
      else {
        const { packed, ...rest } = data;
        done({ ok: true, dataset: { ...rest, events: unpackEvents(packed, rest.source.text) } });
      }
    };
    w.onerror = () => {
      w.terminate();
      if (sending)
        return done({
          ok: false,
          issues: [{ path: [], message: 'could not be read: the parser stopped, perhaps out of memory' }],
        });
      worker = null;
      workerFailed = true;
      if (finished) parseHere();
    };
  };

  return {
    push(chunk) {
      if (cancelled) return;
      if (sending) return send(chunk);
      held.push(chunk);
      heldBytes += chunk.byteLength;
      if (worker === null && !workerFailed && heldBytes >= WORKER_THRESHOLD_BYTES) start();
    },
    finish() {
      if (cancelled) return result;
      finished = true;
      if (worker === null) parseHere();
      else if (sending) worker.postMessage('end' satisfies WorkerRequest);
      return result;
    },
    cancel() {
      cancelled = true;
      held = [];
      done({ ok: false, issues: [{ path: [], message: 'was not read: loading it was cancelled' }] });
    },
  };
}
