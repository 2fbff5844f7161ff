/**
 * Where the dataset comes from and fetching it safely: only http(s) addresses (a path on this
 * site resolves to one), with a time limit and a size cap, reporting progress.
 */

export const DEFAULT_DATA_URL = 'data/events.json';
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export type Loaded<T> = { ok: true; value: T } | { ok: false; message: string; retryable: boolean };

function clip(s: string, max = 120): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** Whether a `?data=` parameter names a dataset (otherwise the bundled one is meant). */
export function namesDataset(param: string | null): param is string {
  return param !== null && param.trim() !== '';
}

/** Resolves the `?data=` parameter against the page's address. */
export function resolveDataUrl(param: string | null, pageUrl: string): Loaded<URL> {
  const raw = namesDataset(param) ? param.trim() : DEFAULT_DATA_URL;
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return { ok: false, message: `The data address "${clip(raw)}" is not a valid address.`, retryable: false };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return {
      ok: false,
      message: `The data address "${clip(raw)}" is not allowed: only http(s) addresses and paths on this site can be loaded.`,
      retryable: false,
    };
  return { ok: true, value: url };
}

/** The download src/boot.js starts for the page's ?data= before the app has loaded. */
interface EarlyFetch {
  readonly href: string;
  readonly response: Promise<Response>;
  readonly controller: AbortController;
}

declare global {
  interface Window {
    __articleTimelineEarlyFetch?: EarlyFetch;
  }
}

/**
 * The request src/boot.js started for `url`, as a fetch for fetchDatasetBytes to take it over
 * with: once only, and only for that address (boot.js resolves ?data= by resolveDataUrl's rule,
 * written again there as an inline script cannot import). Aborting the taker's request aborts it;
 * any other request is made afresh. Undefined when there is none to take.
 */
export function takeEarlyFetch(url: URL): typeof fetch | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__articleTimelineEarlyFetch;
  if (!early || early.href !== url.href) return undefined;
  delete window.__articleTimelineEarlyFetch;
  let taken = false;
  return (input, init) => {
    if (taken || String(input) !== early.href) return fetch(input, init);
    taken = true;
    const signal = init?.signal;
    if (signal?.aborted) early.controller.abort();
    else signal?.addEventListener('abort', () => early.controller.abort(), { once: true });
    return early.response;
  };
}

export interface FetchOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** Bytes received so far and the total when the server says it. */
  readonly onProgress?: (loadedBytes: number, totalBytes: number | null) => void;
  readonly fetchImpl?: typeof fetch;
}

/** A size as messages give it: "50.3 MB", "640 KB" (binary units, like the 64 MB cap). */
export function formatSize(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** What a load stopped by its caller's signal comes back as. */
const CANCELLED: Loaded<never> = { ok: false, message: 'Loading was cancelled.', retryable: false };

/**
 * Where the bytes of a dataset go as they arrive: the parser (parseInBackground.ts), which reads
 * a large file chunk by chunk while the rest is still downloading.
 */
export type ChunkSink = (chunk: Uint8Array) => void;

/** How long reading a stream runs before it lets the page have a turn. */
const YIELD_EVERY_MS = 8;

/** Resolves in a task of its own, at once (a message, not a timer, which the browser may delay 4 ms). */
function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Reads a byte stream into `sink`, reporting progress; returns how many bytes it read, or null
 * (and the stream cancelled) once it passes `maxBytes`. Once `signal` aborts, no further chunk
 * reaches the sink: the stream is cancelled and the abort's reason thrown.
 */
export async function readByteStream(
  stream: ReadableStream<Uint8Array>,
  sink: ChunkSink,
  totalBytes: number | null,
  maxBytes: number,
  onProgress?: (loadedBytes: number, totalBytes: number | null) => void,
  signal?: AbortSignal,
): Promise<number | null> {
  const reader = stream.getReader();
  let loaded = 0;
  let sliceStartMs = performance.now();
  for (;;) {
    // A stream with much already buffered answers every read at once, in one task: let the page
    // have a turn every few ms.
    if (performance.now() - sliceStartMs > YIELD_EVERY_MS) {
      await nextTask();
      sliceStartMs = performance.now();
    }
    const { done, value } = await reader.read();
    if (signal?.aborted) {
      await reader.cancel();
      throw signal.reason;
    }
    if (done) break;
    loaded += value.byteLength;
    if (loaded > maxBytes) {
      await reader.cancel();
      return null;
    }
    sink(value);
    onProgress?.(loaded, totalBytes);
  }
  return loaded;
}

/**
 * Reads a file the user chose or dropped, with the same size cap and progress as a download; once
 * `signal` aborts it stops reading, and says it was cancelled.
 */
export async function readDatasetFile(
  file: Blob & { readonly name?: string },
  sink: ChunkSink,
  options: Pick<FetchOptions, 'maxBytes' | 'onProgress' | 'signal'> = {},
): Promise<Loaded<number>> {
  const { maxBytes = DEFAULT_MAX_BYTES, onProgress, signal } = options;
  const name = clip(file.name ?? 'the file');
  if (file.size > maxBytes)
    return {
      ok: false,
      message: `${name} is larger than ${formatSize(maxBytes)}, the most this app loads.`,
      retryable: false,
    };
  try {
    // Blob.stream() gives progress; where it is missing (older browsers, jsdom) read it whole.
    let bytes: number | null = file.size;
    if (typeof file.stream === 'function')
      bytes = await readByteStream(file.stream(), sink, file.size, maxBytes, onProgress, signal);
    else {
      const buffer = await file.arrayBuffer();
      signal?.throwIfAborted();
      sink(new Uint8Array(buffer));
    }
    return bytes === null
      ? {
          ok: false,
          message: `${name} is larger than ${formatSize(maxBytes)}, the most this app loads.`,
          retryable: false,
        }
      : { ok: true, value: bytes };
  } catch {
    if (signal?.aborted) return CANCELLED;
    return { ok: false, message: `${name} could not be read.`, retryable: false };
  }
}

/**
 * Fetches the dataset into `sink`; the result says how many bytes came. Never throws; an abort by
 * the caller comes back as not retryable.
 */
export async function fetchDatasetBytes(
  url: URL,
  sink: ChunkSink,
  options: FetchOptions = {},
): Promise<Loaded<number>> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, onProgress, fetchImpl = fetch } = options;
  const where = clip(url.href);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  const tooBig: Loaded<number> = {
    ok: false,
    message: `The dataset at ${where} is larger than ${formatSize(maxBytes)}, the most this app loads.`,
    retryable: false,
  };
  try {
    // Asking for JSON makes hosts that answer unknown paths with the app's own page say 404 instead.
    const response = await fetchImpl(url.href, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok)
      return {
        ok: false,
        message: `Could not load the dataset from ${where}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
        retryable: response.status >= 500 || response.status === 408 || response.status === 429,
      };
    if (/^text\/html\b/i.test(response.headers.get('content-type') ?? ''))
      return {
        ok: false,
        message: `There is no dataset at ${where}: the server answered with a web page, not JSON. Check the address.`,
        retryable: false,
      };
    // A compressed reply's length is not the length of what it decodes to, so it says no total.
    const encoded = !/^(identity)?$/i.test(response.headers.get('content-encoding') ?? '');
    const declared = Number(response.headers.get('content-length'));
    const total = !encoded && Number.isFinite(declared) && declared > 0 ? declared : null;
    if (total !== null && total > maxBytes) return tooBig;
    if (!response.body) {
      const buffer = new Uint8Array(await response.arrayBuffer());
      if (buffer.byteLength > maxBytes) return tooBig;
      sink(buffer);
      return { ok: true, value: buffer.byteLength };
    }
    // The signal also stops a body whose stream does not end when the request is aborted.
    const bytes = await readByteStream(response.body, sink, total, maxBytes, onProgress, controller.signal);
    return bytes === null ? tooBig : { ok: true, value: bytes };
  } catch {
    if (timedOut)
      return {
        ok: false,
        message: `Loading the dataset from ${where} took longer than ${timeoutMs / 1000} s and was stopped.`,
        retryable: true,
      };
    if (options.signal?.aborted) return CANCELLED;
    return { ok: false, message: `Could not reach ${where}: the network request failed.`, retryable: true };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
