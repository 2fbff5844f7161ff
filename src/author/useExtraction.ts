import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftDataset } from '../extract/extract';
import type { SourceDocument } from '../extract/types';
import type { ExtractReply, ExtractRequest } from './extractWorker';

export type ExtractionState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly startedMs: number }
  | { readonly phase: 'failed'; readonly message: string };

/**
 * Runs the extraction in a worker, one at a time. `cancel` (Esc) ends the worker at once; a
 * result that arrives after a cancel is never used.
 */
export function useExtraction(onDone: (dataset: DraftDataset) => void) {
  const [state, setState] = useState<ExtractionState>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);

  const start = useCallback(
    (request: ExtractRequest) => {
      stop();
      const w = new Worker(new URL('./extractWorker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      setState({ phase: 'running', startedMs: performance.now() });
      w.onmessage = (e: MessageEvent<ExtractReply>) => {
        if (worker.current !== w) return;
        stop();
        const reply = e.data;
        if (!reply.ok) setState({ phase: 'failed', message: reply.message });
        else if (!reply.result.ok) setState({ phase: 'failed', message: reply.result.message });
        else {
          setState({ phase: 'idle' });
          onDone(reply.result.dataset);
        }
      };
      w.onerror = (e) => {
        if (worker.current !== w) return;
        stop();
        setState({ phase: 'failed', message: `The extraction could not run: ${e.message || 'the worker failed'}` });
      };
      w.postMessage(request);
    },
    [onDone],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ phase: 'idle' });
  }, []);

  return { state, start, cancel };
}

export type { SourceDocument };
