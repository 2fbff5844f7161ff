import type { Dataset, DatasetResult, TimelineEvent } from './dataset';
import { createUnpacker } from './eventCodec';
import type { WorkerReply, WorkerRequest } from './parseInBackground';
import { createQuoteCheck, type QuoteCheckReport } from './quoteCheck';

/**
 * The page's side of the parse worker (parseWorker.ts), loaded only for a large file: it has the
 * quotes of a dataset the page read checked, after the page has drawn it, following the check; or
 * it hands the worker a file the page could not read the quick way, unpacks the dataset that comes
 * back (or its problems), and has its quotes checked the same way.
 */

/** A worker's job: `cancel` ends it (a quote check still running stops, saying so). */
export interface WorkerJob {
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
export const STOPPED_BY_LOAD = 'it was stopped when another dataset was opened';
const STOPPED_BY_FAILURE = 'the checker stopped, perhaps out of memory';
const NOT_STARTED = 'the checker could not be started';

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null; // a policy that forbids workers
  }
}

/**
 * Follows the worker's check of a dataset's quotes into `report`: `request` asks for it, once the
 * page has drawn the dataset. The worker ends with the check. `running`: it has said so already.
 */
function followCheck(w: Worker, report: QuoteCheckReport, request: () => void, running = false): WorkerJob {
  let checking = true;
  const stop = (reason: string) => {
    w.terminate();
    if (checking) report.stop(reason);
    checking = false;
  };
  w.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    if (data === 'ready') return void (running = true);
    if (!('kind' in data) || data.kind === 'events') return;
    if (data.kind === 'quote-progress') return report.progress(data.checkedFraction);
    w.terminate();
    checking = false;
    report.finish(data);
    performance.mark('quotes-checked');
  };
  w.onerror = () => stop(running ? STOPPED_BY_FAILURE : NOT_STARTED);
  afterNextDraw(() => {
    if (checking) request();
  });
  return { cancel: () => stop(STOPPED_BY_LOAD) };
}

/**
 * Checks the quotes of a dataset the page read (streamRead.ts) in a worker, after the page has
 * drawn it: the worker is handed the file's bytes (moved, not copied) and parses them again for
 * the quotes, which costs the page nothing; sending it the quotes took the page about 70 ms for
 * 100,000 events.
 */
export function checkQuotesInWorker(
  bytes: readonly Uint8Array[],
  order: Int32Array,
  report: QuoteCheckReport,
): WorkerJob {
  const w = startWorker();
  if (!w) {
    report.stop(NOT_STARTED);
    return { cancel: () => {} };
  }
  // Each buffer once: a chunk may share its buffer with another.
  const buffers = [...new Set([...bytes.map((b) => b.buffer as ArrayBuffer), order.buffer as ArrayBuffer])];
  return followCheck(w, report, () =>
    w.postMessage({ kind: 'check-quotes-of', bytes, order } satisfies WorkerRequest, buffers),
  );
}

/**
 * Has the worker parse and validate a whole file: `resolve` is told the dataset, its quotes then
 * checked after the page has drawn it, or its problems; `fallBack`, that the worker could not run
 * (the page parses the file itself).
 */
export function parseInWorker(text: string, resolve: (result: DatasetResult) => void, fallBack: () => void): WorkerJob {
  const w = startWorker();
  if (!w) {
    fallBack();
    return { cancel: () => {} };
  }
  let job: WorkerJob = { cancel: () => w.terminate() };
  let running = false;
  // The dataset's events as they arrive, part after part, after the rest of it.
  const arrived: TimelineEvent[] = [];
  let rest: Extract<WorkerReply, { ok: true }> | null = null;
  const unpack = createUnpacker(() => rest?.source.text ?? '');
  w.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    if (data === 'ready') return void (running = true);
    if ('kind' in data) {
      if (data.kind !== 'events') return;
      for (const e of unpack(data.packed)) arrived.push(e);
    } else if (!data.ok) {
      w.terminate();
      return resolve(data);
    } else rest = data;
    if (!rest || arrived.length < rest.eventCount) return;
    const { source, categories, extent } = rest;
    const { check, report } = createQuoteCheck(source.text);
    const dataset: Dataset = { source, categories, extent, events: arrived, quotes: check };
    job = followCheck(w, report, () => w.postMessage({ kind: 'check-quotes' } satisfies WorkerRequest), true);
    resolve({ ok: true, dataset });
  };
  w.onerror = () => {
    w.terminate();
    // It could not start (a strict policy, its code did not load): the page parses the file.
    if (!running) return fallBack();
    resolve({
      ok: false,
      issues: [{ path: [], message: 'could not be read: the parser stopped, perhaps out of memory' }],
    });
  };
  w.postMessage({ kind: 'parse', text } satisfies WorkerRequest);
  return { cancel: () => job.cancel() };
}
