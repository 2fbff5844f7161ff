import { timelineEvent, type Dataset, type DatasetResult, type TimelineEvent } from './dataset';
import { createUnpacker, type EventUnpacker } from './eventCodec';
import type { QuoteCheckRequest, StartedWorker, WorkerReply, WorkerRequest } from './parseInBackground';
import { createQuoteCheck, type QuoteCheckReport } from './quoteCheck';
import type { Moved } from './streamedEvents';

/**
 * The page's side of parsing a large file in the worker (parseWorker.ts): it hands the worker the
 * bytes, unpacks the events as they come, and follows the worker's check of the quotes. Loaded by
 * parseInBackground.ts only once a file passes its size threshold.
 */

/** What the parser that started the worker lends it. */
export interface WorkerParseHost {
  /** The chunks held until the worker runs, handed over (and forgotten there) once it does. */
  takeHeld(): Uint8Array[];
  /** Whether the last chunk is in. */
  isFinished(): boolean;
  /** The parse's answer (the first one counts); the worker may go on to check the quotes. */
  resolve(result: DatasetResult): void;
  /** The worker could not run: parse on the page instead, from the chunks still held. */
  fallBack(): void;
}

export interface WorkerParse {
  /** Sends a chunk once the worker runs; false before that (the host holds it). */
  push(chunk: Uint8Array): boolean;
  /** The last chunk is in. */
  finish(): void;
  /** Another load replaced this one: a quote check still running stops, and the worker ends. */
  cancel(): void;
  /** Ends the worker. */
  end(): void;
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

/**
 * The events in the dataset's order: the k-th to arrive goes to `order[k]` (null: they came in
 * order), those `moved` (a side open to the data's edge) placed where it says.
 */
export function inOrder(arrived: TimelineEvent[], order: Int32Array | null, moved: Moved | null): TimelineEvent[] {
  if (moved)
    moved.index.forEach((k, j) => {
      const e = arrived[k]!;
      arrived[k] = timelineEvent(e, { ...e, startMs: moved.startMs[j]!, endMs: moved.endMs[j]! });
    });
  if (!order) return arrived;
  const events = new Array<TimelineEvent>(arrived.length);
  for (let k = 0; k < arrived.length; k++) events[order[k]!] = arrived[k]!;
  return events;
}

/** Takes over the parse worker started for one file (startWorker in parseInBackground.ts); its answers go to `host`. */
export function startWorkerParse(host: WorkerParseHost, started: StartedWorker): WorkerParse {
  let sending = false;
  // The quote check of the dataset given, while the worker still runs it.
  let checking: QuoteCheckReport | null = null;
  // The dataset's events as they arrive, part after part, and the rest of it once that has come.
  let arrived: TimelineEvent[] = [];
  let rest: Extract<WorkerReply, { ok: true }> | null = null;
  // Parts sent before the rest read no quote from its text.
  const newUnpacker = () => createUnpacker(() => rest?.source.text ?? '');
  let unpack: EventUnpacker = newUnpacker();
  const w = started.worker;
  const done = (r: DatasetResult) => {
    w.terminate();
    host.resolve(r);
  };
  // The bytes are decoded here, as they arrive, while the page has little else to do: the
  // worker has all it can do to parse the text as fast as it comes.
  const decoder = new TextDecoder();
  const send = (chunk: Uint8Array) => {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') w.postMessage({ text } satisfies WorkerRequest);
  };
  const end = () => {
    const text = decoder.decode();
    if (text !== '') w.postMessage({ text } satisfies WorkerRequest);
    w.postMessage('end' satisfies WorkerRequest);
  };
  // The bytes are handed over only once the worker runs: until then, if it cannot (a strict
  // policy, an old browser), they are still here to parse on this side rather than fail.
  w.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    if (data === 'ready') onReady();
    else if ('kind' in data) {
      if (data.kind === 'events') {
        for (const e of unpack(data.packed)) arrived.push(e);
        complete();
      } else if (data.kind === 'restart') {
        arrived = [];
        unpack = newUnpacker();
      } else if (data.kind === 'quote-progress') checking?.progress(data.checkedFraction);
      else {
        w.terminate();
        checking?.finish(data);
        checking = null;
        performance.mark('quotes-checked');
      }
    } else if (!data.ok) done(data);
    else {
      rest = data;
      complete();
    }
  };
  /** Once the rest of the dataset and all its events are in: the dataset. */
  const complete = () => {
    if (!rest || arrived.length < rest.eventCount) return;
    const { source, categories, extent, quotesChecked, order, moved } = rest;
    const events = inOrder(arrived, order, moved);
    arrived = [];
    rest = null;
    const starts = quotesChecked ? Int32Array.from(events, (e) => e.quoteStart) : null;
    const { check, report } = createQuoteCheck(source.text, starts ? { starts, issues: [] } : undefined);
    const dataset: Dataset = { source, categories, extent, events, quotes: check };
    if (quotesChecked) return done({ ok: true, dataset });
    checking = report;
    host.resolve({ ok: true, dataset });
    afterNextDraw(() => {
      if (checking === report) w.postMessage('check-quotes' satisfies QuoteCheckRequest);
    });
  };
  function onReady() {
    sending = true;
    host.takeHeld().forEach(send);
    if (host.isFinished()) end();
  }
  const onError = () => {
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
    host.fallBack();
  };
  w.onerror = onError;
  // What the worker said before this code took it over.
  if (started.state === 'ready') onReady();
  else if (started.state === 'failed') onError();

  return {
    push(chunk) {
      if (!sending) return false;
      send(chunk);
      return true;
    },
    finish() {
      if (sending) end();
    },
    cancel() {
      checking?.stop(STOPPED_BY_LOAD);
      checking = null;
      w.terminate();
    },
    end() {
      w.terminate();
    },
  };
}
