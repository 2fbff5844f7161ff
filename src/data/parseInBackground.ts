import { parseDatasetUnchecked, readJson, type Dataset, type DatasetResult } from './dataset';
import type { PackedEvents } from './eventCodec';
import type { ChunkSink } from './loadDataset';
import { checkQuotes, createQuoteCheck, type QuotesChecked } from './quoteCheck';
import type { Moved } from './streamedEvents';
import type { WorkerParse } from './workerParse';

/** What the page tells the parse worker: a piece of the file's text, then that it has it all. */
export type WorkerRequest = { readonly text: string } | 'end';

/** And, for a dataset the worker sent before checking its quotes, when to check them. */
export type QuoteCheckRequest = 'check-quotes';

/**
 * What the parse worker says: that it runs; then the dataset's events, packed, in parts, and the
 * rest of the dataset, before or after them (parts sent before it read no quote from its text):
 * how many events there are and where each goes in its order (`order[k]` for the k-th event sent;
 * null when they are sent in order), with the events whose side runs to the data's edge moved there
 * (`moved`; see streamedEvents.ts). Or the problems with it. `restart` forgets the events sent so
 * far. Unless the dataset says its quotes were checked with it, the worker goes on to check them,
 * says how far it has come, and ends with where each quote is and what failed.
 */
export type WorkerReply =
  | 'ready'
  | { readonly kind: 'events'; readonly packed: PackedEvents }
  | { readonly kind: 'restart' }
  | Extract<DatasetResult, { ok: false }>
  | ({
      ok: true;
      eventCount: number;
      quotesChecked: boolean;
      order: Int32Array | null;
      moved: Moved | null;
    } & Omit<Dataset, 'events' | 'quotes'>)
  | { readonly kind: 'quote-progress'; readonly checkedFraction: number }
  | ({ readonly kind: 'quotes-checked' } & QuotesChecked);

/** Past this many bytes a file is parsed in a worker; below, here (a worker costs more than twenty events). */
export const WORKER_THRESHOLD_BYTES = 512 * 1024;

export interface DatasetParser {
  /** Takes the file's bytes as they arrive. */
  readonly push: ChunkSink;
  /**
   * When to start reading the file: at once, or, for a file likely large, once its worker runs
   * (or could not): Chromium takes three times as long to start a worker while the page is busy
   * reading a download, and the worker is what the file waits for.
   */
  readonly ready: Promise<void>;
  /**
   * After the last chunk: the dataset, or every problem with it. A quote not found exactly once
   * does not stop the dataset: it is in the dataset's quote check (`quotes`), which for a large
   * file is still running when the dataset comes.
   */
  finish(): Promise<DatasetResult>;
  /**
   * The file will not be finished (the download failed, or another load replaced this one), or
   * its quotes no longer need checking: ends the worker, ignores any further chunk, `finish()`
   * answers that it was cancelled if it had not answered, and a quote check still running stops.
   */
  cancel(): void;
}

/** A parse worker started before this side's code for it (workerParse.ts) has loaded, and what it has said. */
export interface StartedWorker {
  readonly worker: Worker;
  state: 'starting' | 'ready' | 'failed';
}

/**
 * Starts the parse worker at once, not once workerParse.ts has loaded: a worker takes a tenth of a
 * second or more to start, more while the page is busy. What it says before that code takes it
 * over is kept in `state` (a message with no listener would be lost).
 */
function startWorker(): StartedWorker {
  const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
  const started: StartedWorker = { worker, state: 'starting' };
  worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    if (data === 'ready') started.state = 'ready';
  };
  worker.onerror = () => {
    started.state = 'failed';
  };
  return started;
}

/** A parser started before the app's first render, for the load the page will make first. */
let earlyParser: DatasetParser | null = null;

/**
 * Starts the parser (and so its worker) for a dataset named in the address while the app is still
 * rendering for the first time: the worker is then running by the time the load begins. The load
 * takes it with takeEarlyParser.
 */
export function startParserEarly(): void {
  earlyParser ??= createDatasetParser({ likelyLarge: true });
}

/** The parser startParserEarly started, once; null if there is none. */
export function takeEarlyParser(): DatasetParser | null {
  const parser = earlyParser;
  earlyParser = null;
  return parser;
}

/** UTF-8 text from chunks cut anywhere, even inside a character (a byte order mark is dropped). */
export function decodeChunks(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
}

/**
 * Parses a dataset without freezing the page. Once a file passes WORKER_THRESHOLD_BYTES (or from
 * the start, `likelyLarge`) its text goes to a worker as it arrives, which parses and validates it
 * while the rest downloads, sends the dataset with its quotes not yet checked, and checks them
 * after (workerParse.ts, loaded only for such a file); smaller files are parsed and checked whole
 * here.
 */
export function createDatasetParser({ likelyLarge = false }: { readonly likelyLarge?: boolean } = {}): DatasetParser {
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  // The worker's side, once its code has loaded; `starting` while it loads.
  let background: WorkerParse | null = null;
  let starting = false;
  let workerFailed = typeof Worker === 'undefined';
  let finished = false;
  let cancelled = false;
  let resolve: (result: DatasetResult) => void = () => {};
  const result = new Promise<DatasetResult>((r) => (resolve = r));
  let markReady: () => void = () => {};
  const ready = new Promise<void>((r) => (markReady = r));
  const done = (r: DatasetResult) => {
    background?.end();
    resolve(r);
  };
  const parseHere = () => {
    const read = readJson(decodeChunks(held));
    // Where a text that is not JSON goes wrong is found by code loaded only for it.
    if (!read.ok)
      return void import('./jsonSyntax').then(({ jsonSyntaxProblem }) => done(jsonSyntaxProblem(read.body)));
    const r = parseDatasetUnchecked(read.json);
    if (!r.ok) return done(r);
    const { check } = createQuoteCheck(r.dataset.source.text, checkQuotes(r.pending));
    done({ ok: true, dataset: { ...r.dataset, quotes: check } });
  };
  // The worker cannot run (a strict policy, an old browser, its code did not load): the bytes
  // are still held, so they are parsed on this side rather than fail.
  const fallBack = () => {
    markReady();
    background = null;
    starting = false;
    workerFailed = true;
    if (finished && !cancelled) parseHere();
  };
  const start = () => {
    let worker: StartedWorker;
    try {
      worker = startWorker();
    } catch {
      return fallBack(); // a policy that forbids workers
    }
    starting = true;
    import('./workerParse')
      .then(({ startWorkerParse }) => {
        starting = false;
        if (cancelled) return worker.worker.terminate();
        background = startWorkerParse(
          {
            takeHeld: () => {
              markReady();
              const chunks = held;
              held = [];
              return chunks;
            },
            isFinished: () => finished,
            resolve,
            fallBack,
          },
          worker,
        );
      })
      // Its code did not load.
      .catch(() => {
        worker.worker.terminate();
        fallBack();
      });
  };

  // A file that is likely large (a size known up front, or an address that may name anything) has
  // its worker started now, not once the threshold's bytes are in: a worker takes a tenth of a
  // second or more to start. Whatever size the file turns out to be, the worker then parses it.
  if (likelyLarge && !workerFailed) start();
  else markReady();

  return {
    ready,
    push(chunk) {
      if (cancelled || background?.push(chunk)) return;
      held.push(chunk);
      heldBytes += chunk.byteLength;
      if (background === null && !starting && !workerFailed && heldBytes >= WORKER_THRESHOLD_BYTES) start();
    },
    finish() {
      if (cancelled) return result;
      finished = true;
      if (background) background.finish();
      else if (!starting) parseHere();
      return result;
    },
    cancel() {
      markReady();
      cancelled = true;
      held = [];
      background?.cancel();
      done({ ok: false, issues: [{ path: [], message: 'was not read: loading it was cancelled' }] });
    },
  };
}
