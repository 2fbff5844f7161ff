import { decodeChunks, parseDatasetUnchecked, readJson, type Dataset, type DatasetResult } from './dataset';
import type { PackedEvents } from './eventCodec';
import type { ChunkSink } from './loadDataset';
import type { StreamRead, StreamReadEnd } from './streamRead';
import { checkQuotes, createQuoteCheck, type QuotesChecked } from './quoteCheck';
import type { WorkerJob } from './workerParse';

/**
 * What the page asks of the parse worker (parseWorker.ts): to parse a whole file, then to check
 * its quotes; or to check the quotes of a file the page read, from its bytes (transferred) and
 * where each event went (`order`, as PendingQuotes has it).
 */
export type WorkerRequest =
  | { readonly kind: 'parse'; readonly text: string }
  | { readonly kind: 'check-quotes' }
  | { readonly kind: 'check-quotes-of'; readonly bytes: readonly Uint8Array[]; readonly order: Int32Array };

/**
 * What the parse worker says: that it runs; then, for a file it parsed, the rest of the dataset
 * and its events, packed, in parts (their quotes read from the rest's source text), or the
 * problems with it. As it checks quotes, how far it has come, and at the end where each quote is
 * and what failed.
 */
export type WorkerReply =
  | 'ready'
  | { readonly kind: 'events'; readonly packed: PackedEvents }
  | Extract<DatasetResult, { ok: false }>
  | ({ ok: true; eventCount: number } & Omit<Dataset, 'events' | 'quotes'>)
  | { readonly kind: 'quote-progress'; readonly checkedFraction: number }
  | ({ readonly kind: 'quotes-checked' } & QuotesChecked);

/**
 * Past this many bytes a file is read as it arrives and its quotes checked in the worker after
 * it is shown; below, its quotes are checked on the page at once (a worker costs more than twenty
 * events), and a file chosen from disk is parsed whole.
 */
export const LARGE_FILE_BYTES = 512 * 1024;

export interface DatasetParser {
  /** Takes the file's bytes as they arrive. */
  readonly push: ChunkSink;
  /**
   * When to start reading the file: at once, or, for a file likely large, once the code that
   * reads it as it arrives has loaded (chunks read before would be held, then read in one task).
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

/** A parser started before the app's first render, for the load the page will make first. */
let earlyParser: DatasetParser | null = null;

/**
 * Starts the parser for a dataset named in the address while the app is still rendering for the
 * first time: its code has then loaded by the time the load begins. The load takes it with
 * takeEarlyParser.
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

/**
 * Parses a dataset without freezing the page. Once a file passes LARGE_FILE_BYTES (or from the
 * start, `likelyLarge`) it is read as it arrives, a batch of events at a time (streamRead.ts), and
 * shown with its quotes not yet checked; the parse worker checks them after (workerParse.ts, loaded
 * only for such a file). A large file that cannot be read that way goes whole to the worker,
 * which names every problem without holding up the page. Smaller files are parsed and checked
 * whole here.
 */
export function createDatasetParser({ likelyLarge = false }: { readonly likelyLarge?: boolean } = {}): DatasetParser {
  let held: Uint8Array[] = [];
  let receivedBytes = 0;
  // Reading as the file arrives (`started`), once its code has loaded (`loading` while it loads),
  // with the worker's side, loaded with it.
  let started = false;
  let loading = false;
  let onPage: { readonly read: StreamRead; readonly side: Promise<typeof import('./workerParse')> } | null = null;
  let job: WorkerJob | null = null;
  let finished = false;
  let cancelled = false;
  let resolve: (result: DatasetResult) => void = () => {};
  const result = new Promise<DatasetResult>((r) => (resolve = r));
  let markReady: () => void = () => {};
  const ready = new Promise<void>((r) => (markReady = r));
  const parseHere = (text: string) => {
    const read = readJson(text);
    // Where a text that is not JSON goes wrong is found by code loaded only for it.
    if (!read.ok)
      return void import('./jsonSyntax').then(({ jsonSyntaxProblem }) => resolve(jsonSyntaxProblem(read.body)));
    const r = parseDatasetUnchecked(read.json);
    if (!r.ok) return resolve(r);
    const { check } = createQuoteCheck(r.dataset.source.text, checkQuotes(r.pending));
    resolve({ ok: true, dataset: { ...r.dataset, quotes: check } });
  };
  /** The file is in and read as it arrived: the dataset, its quotes then checked, or the whole text to the worker. */
  const answer = (end: StreamReadEnd, side: Promise<typeof import('./workerParse')>) => {
    if (end.way === 'whole') {
      const { text } = end;
      // Without the worker (its code did not load, a strict policy), the page parses it.
      return void side.then(
        ({ parseInWorker }) => {
          if (!cancelled) job = parseInWorker(text, resolve, () => parseHere(text));
        },
        () => parseHere(text),
      );
    }
    const { dataset, order, bytes } = end;
    // A small file (a few events named by ?data=, as an embed has) has its quotes checked here
    // at once, as if it had been parsed whole: a worker costs more than its quotes.
    if (receivedBytes < LARGE_FILE_BYTES) {
      const inFileOrder = Array.from(order, (i) => dataset.events[i]!);
      const pending = {
        text: dataset.source.text,
        quotes: inFileOrder.map((e) => e.quote),
        ids: inFileOrder.map((e) => e.id),
        order,
      };
      const { check } = createQuoteCheck(dataset.source.text, checkQuotes(pending));
      return resolve({ ok: true, dataset: { ...dataset, quotes: check } });
    }
    const { check, report } = createQuoteCheck(dataset.source.text);
    resolve({ ok: true, dataset: { ...dataset, quotes: check } });
    side.then(
      ({ checkQuotesInWorker, STOPPED_BY_LOAD }) => {
        if (cancelled) report.stop(STOPPED_BY_LOAD);
        else job = checkQuotesInWorker(bytes, order, report);
      },
      () => report.stop('the checker could not be loaded'),
    );
  };
  const readAsItArrives = () => {
    started = loading = true;
    const side = import('./workerParse');
    import('./streamRead').then(
      ({ createStreamRead }) => {
        loading = false;
        markReady();
        if (cancelled) return;
        const read = createStreamRead();
        onPage = { read, side };
        for (const chunk of held) read.push(chunk);
        held = [];
        if (finished) answer(read.finish(), side);
      },
      // Its code did not load: the chunks are still held, to parse whole.
      () => {
        loading = false;
        markReady();
        if (finished && !cancelled) parseHere(decodeChunks(held));
      },
    );
  };

  if (likelyLarge) readAsItArrives();
  else markReady();

  return {
    ready,
    push(chunk) {
      if (cancelled) return;
      receivedBytes += chunk.byteLength;
      if (onPage) return onPage.read.push(chunk);
      held.push(chunk);
      if (!started && receivedBytes >= LARGE_FILE_BYTES) readAsItArrives();
    },
    finish() {
      if (cancelled || finished) return result;
      finished = true;
      if (onPage) answer(onPage.read.finish(), onPage.side);
      else if (!loading) parseHere(decodeChunks(held));
      return result;
    },
    cancel() {
      markReady();
      cancelled = true;
      held = [];
      onPage = null;
      job?.cancel();
      resolve({ ok: false, issues: [{ path: [], message: 'was not read: loading it was cancelled' }] });
    },
  };
}
