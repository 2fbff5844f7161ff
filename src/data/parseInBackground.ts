import { parseDatasetUnchecked, readJson, type Dataset, type DatasetResult, type TimelineEvent } from './dataset';
import { createUnpacker, type EventUnpacker, type PackedEvents } from './eventCodec';
import type { ChunkSink } from './loadDataset';
import { checkQuotes, createQuoteCheck, type QuoteCheckReport, type QuotesChecked } from './quoteCheck';

/** What the page tells the parse worker: a chunk of the file's bytes, then that it has them all. */
export type WorkerRequest = Uint8Array | 'end';

/** And, for a dataset the worker sent before checking its quotes, when to check them. */
export type QuoteCheckRequest = 'check-quotes';

/**
 * What the parse worker says: that it runs; then the dataset with its first events packed and how
 * many there are, the others following in parts, or its problems. Unless the dataset says its
 * quotes were checked with it, the worker goes on to check them, says how far it has come, and
 * ends with where each quote is and what failed.
 */
export type WorkerReply =
  | 'ready'
  | Extract<DatasetResult, { ok: false }>
  | ({ ok: true; eventCount: number; packed: PackedEvents; quotesChecked: boolean } & Omit<
      Dataset,
      'events' | 'quotes'
    >)
  | { readonly kind: 'more-events'; readonly packed: PackedEvents }
  | { readonly kind: 'quote-progress'; readonly checkedFraction: number }
  | ({ readonly kind: 'quotes-checked' } & QuotesChecked);

/** Past this many bytes a file is parsed in a worker; below, here (a worker costs more than twenty events). */
export const WORKER_THRESHOLD_BYTES = 512 * 1024;

export interface DatasetParser {
  /** Takes the file's bytes as they arrive. */
  readonly push: ChunkSink;
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

/**
 * Calls `f` after the page has drawn what it does next (two frames on): the worker checks the
 * quotes only then, as on a machine of two cores a check running beside the first render of a
 * large dataset slows that render by a third or more.
 */
function afterNextDraw(f: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return void setTimeout(f, 0);
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(f, 0)));
}

/** How a worker's check stopped, as the page says it. */
const STOPPED_BY_LOAD = 'it was stopped when another dataset was opened';
const STOPPED_BY_FAILURE = 'the checker stopped, perhaps out of memory';

/** UTF-8 text from chunks cut anywhere, even inside a character (a byte order mark is dropped). */
export function decodeChunks(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
}

/**
 * Parses a dataset without freezing the page. Once a file passes WORKER_THRESHOLD_BYTES its bytes
 * go to a worker as they arrive (transferred, not copied), which decodes them while the rest
 * downloads, then parses and validates the whole but the quotes, sends the dataset, and checks
 * the quotes after; smaller files are parsed and checked whole here.
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
  // The quote check of the dataset given, while the worker still runs it.
  let checking: QuoteCheckReport | null = null;
  // A dataset whose events are still arriving, part after part.
  let arriving: { events: TimelineEvent[]; complete: () => void; unpack: EventUnpacker } | null = null;
  const done = (r: DatasetResult) => {
    worker?.terminate();
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
      } else if ('kind' in data) {
        if (data.kind === 'more-events') {
          if (!arriving) return;
          for (const e of arriving.unpack(data.packed)) arriving.events.push(e);
          arriving.complete();
        } else if (data.kind === 'quote-progress') checking?.progress(data.checkedFraction);
        else {
          w.terminate();
          checking?.finish(data);
          checking = null;
          performance.mark('quotes-checked');
        }
      } else if (!data.ok) done(data);
      else {
        const { packed, quotesChecked, eventCount, ...rest } = data;
        const unpack = createUnpacker(rest.source.text);
        const events = unpack(packed);
        const complete = () => {
          if (events.length < eventCount) return;
          arriving = null;
          const starts = quotesChecked ? Int32Array.from(events, (e) => e.quoteStart) : null;
          const { check, report } = createQuoteCheck(rest.source.text, starts ? { starts, issues: [] } : undefined);
          const dataset: Dataset = { ...rest, events, quotes: check };
          if (quotesChecked) return done({ ok: true, dataset });
          checking = report;
          resolve({ ok: true, dataset });
          afterNextDraw(() => {
            if (checking === report) w.postMessage('check-quotes' satisfies QuoteCheckRequest);
          });
        };
        arriving = { events, complete, unpack };
        complete();
      }
    };
    w.onerror = () => {
      w.terminate();
      if (checking) {
        checking.stop(STOPPED_BY_FAILURE);
        checking = null;
        return;
      }
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
      checking?.stop(STOPPED_BY_LOAD);
      checking = null;
      done({ ok: false, issues: [{ path: [], message: 'was not read: loading it was cancelled' }] });
    },
  };
}
