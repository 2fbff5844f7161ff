/// <reference lib="webworker" />
import { benchDocument, prepareEngine } from '../engines';
import type { WorkerReply, WorkerRequest } from './protocol';

// Reads the posted text as the app would read a .txt file, times the engine on it, and sends the
// result back whole, so the page's round trip includes cloning the draft as the app's would.
self.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  try {
    const run = prepareEngine(data.engine, benchDocument(data.text), data.date);
    const t0 = performance.now();
    const { outputs, payload } = run();
    reply = { ok: true, engineMs: performance.now() - t0, outputs, payload };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
