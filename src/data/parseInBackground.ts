import { parseDatasetText, type DatasetResult } from './dataset';

/**
 * Parses a dataset without freezing the page: large texts go to a worker, small ones are parsed
 * here (a worker's start-up costs more than parsing twenty events).
 */
const WORKER_THRESHOLD_CHARS = 512 * 1024;

export function parseDatasetInBackground(text: string): Promise<DatasetResult> {
  if (text.length < WORKER_THRESHOLD_CHARS || typeof Worker === 'undefined')
    return Promise.resolve(parseDatasetText(text));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
    const done = (result: DatasetResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (e: MessageEvent<DatasetResult>) => done(e.data);
    // If the worker cannot run (a strict policy, an old browser), parse here rather than fail.
    worker.onerror = () => done(parseDatasetText(text));
    worker.postMessage(text);
  });
}
