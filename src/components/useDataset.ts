import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeIssue, parseDatasetText, type Dataset } from '../data/dataset';
import { fetchDatasetText, resolveDataUrl } from '../data/loadDataset';

export interface LoadProblem {
  readonly summary: string;
  readonly details: readonly string[];
  readonly retryable: boolean;
}

export interface DatasetState {
  /** The last dataset that loaded; a failed load never takes it away. */
  readonly dataset: Dataset | null;
  /** Counts successful loads, so a new dataset starts with fresh filters and selection. */
  readonly version: number;
  readonly loading: boolean;
  readonly progress: { readonly loadedBytes: number; readonly totalBytes: number | null } | null;
  readonly problem: LoadProblem | null;
}

interface Settled {
  readonly key: string;
  readonly problem: LoadProblem | null;
}

/** Loads and validates the dataset named by `?data=` (or the bundled one). */
export function useDataset(dataParam: string | null, pageUrl: string) {
  const [attempt, setAttempt] = useState(0);
  const resolved = useMemo(() => resolveDataUrl(dataParam, pageUrl), [dataParam, pageUrl]);
  const requestKey = resolved.ok ? `${attempt}:${resolved.value.href}` : null;
  const [loaded, setLoaded] = useState<{ dataset: Dataset | null; version: number }>({ dataset: null, version: 0 });
  const [settled, setSettled] = useState<Settled | null>(null);
  const [progress, setProgress] = useState<{ key: string; loadedBytes: number; totalBytes: number | null } | null>(
    null,
  );

  useEffect(() => {
    if (!resolved.ok || requestKey === null) return;
    const controller = new AbortController();
    const url = resolved.value;
    void fetchDatasetText(url, {
      signal: controller.signal,
      onProgress: (loadedBytes, totalBytes) => setProgress({ key: requestKey, loadedBytes, totalBytes }),
    }).then((text) => {
      if (controller.signal.aborted) return;
      if (!text.ok) {
        setSettled({ key: requestKey, problem: { summary: text.message, details: [], retryable: text.retryable } });
        return;
      }
      const parsed = parseDatasetText(text.value);
      if (!parsed.ok) {
        const n = parsed.issues.length;
        setSettled({
          key: requestKey,
          problem: {
            summary: `The dataset at ${url.href} has ${n} problem${n === 1 ? '' : 's'} and cannot be shown.`,
            details: parsed.issues.map(describeIssue),
            retryable: false,
          },
        });
        return;
      }
      setLoaded((l) => ({ dataset: parsed.dataset, version: l.version + 1 }));
      setSettled({ key: requestKey, problem: null });
    });
    return () => controller.abort();
  }, [resolved, requestKey]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = settled !== null && settled.key === requestKey;
  const state: DatasetState = {
    ...loaded,
    loading: requestKey !== null && !current,
    progress: progress && progress.key === requestKey && !current ? progress : null,
    problem: resolved.ok
      ? current
        ? settled.problem
        : null
      : { summary: resolved.message, details: [], retryable: false },
  };
  return { ...state, retry };
}
