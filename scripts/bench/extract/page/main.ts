/**
 * The benchmark page: one module worker, and an API on `window` that runs the engine in it once
 * per call. One run per call keeps every round trip separate, so none waits behind another.
 */
import type { EngineName } from '../engines';
import type { PageRun, WorkerReply, WorkerRequest } from './protocol';

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
const texts = new Map<string, { text: string; date?: string }>();

function run(engine: EngineName, key: string): Promise<PageRun> {
  const loaded = texts.get(key);
  if (loaded === undefined) return Promise.reject(new Error(`no text loaded as "${key}"`));
  return new Promise((resolve, reject) => {
    worker.onerror = (event) => reject(new Error(`the worker failed: ${event.message}`));
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      const roundTripMs = performance.now() - t0;
      if (data.ok) resolve({ workerMs: data.engineMs, roundTripMs, outputs: data.outputs });
      else reject(new Error(data.message));
    };
    const t0 = performance.now();
    worker.postMessage({ engine, ...loaded } satisfies WorkerRequest);
  });
}

window.extractBench = { load: (key, text, date) => void texts.set(key, date ? { text, date } : { text }), run };
