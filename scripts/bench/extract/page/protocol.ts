/** The messages between the benchmark page, its worker and the Node driver. Types only. */
import type { EngineName } from '../engines';

export interface WorkerRequest {
  readonly engine: EngineName;
  readonly text: string;
  /** The document date, as the `--date` flag would give it. */
  readonly date?: string;
}

export type WorkerReply =
  | { readonly ok: true; readonly engineMs: number; readonly outputs: number; readonly payload: unknown }
  | { readonly ok: false; readonly message: string };

/** One run as the page saw it. */
export interface PageRun {
  /** The engine's own time, by performance.now() inside the worker. */
  readonly workerMs: number;
  /** From posting the text to receiving the draft back: cloning both ways, reading the source, the engine. */
  readonly roundTripMs: number;
  readonly outputs: number;
}

/** What main.ts puts on `window` for the driver to call through page.evaluate. */
export interface ExtractBenchApi {
  /** Keeps a text in the page under `key`, so each run posts it without sending it over CDP again. */
  load(key: string, text: string, date?: string): void;
  run(engine: EngineName, key: string): Promise<PageRun>;
}

declare global {
  interface Window {
    extractBench?: ExtractBenchApi;
  }
}
