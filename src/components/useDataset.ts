import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { describeIssue, type Dataset } from '../data/dataset';
import {
  fetchDatasetBytes,
  readDatasetFile,
  resolveDataUrl,
  type ChunkSink,
  type FetchOptions,
  type Loaded,
} from '../data/loadDataset';
import { createDatasetParser, WORKER_THRESHOLD_BYTES, type DatasetParser } from '../data/parseInBackground';

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
  /** Whether the dataset came from the page's address (its link state applies) or a file. */
  readonly fromUrl: boolean;
  readonly loading: boolean;
  readonly progress: { readonly loadedBytes: number; readonly totalBytes: number | null } | null;
  /** Once a large file has arrived, its size while it is parsed and checked; otherwise null. */
  readonly checkingBytes: number | null;
  readonly problem: LoadProblem | null;
}

/** Progress redraws at most every PROGRESS_MS: a 50 MB file arrives in hundreds of chunks. */
const PROGRESS_MS = 100;

function throttled(report: (loadedBytes: number, totalBytes: number | null) => void) {
  let last = -Infinity;
  return (loadedBytes: number, totalBytes: number | null) => {
    const now = performance.now();
    if (now - last < PROGRESS_MS && loadedBytes !== totalBytes) return;
    last = now;
    report(loadedBytes, totalBytes);
  };
}

type ReadOptions = Required<Pick<FetchOptions, 'signal' | 'onProgress'>>;

interface Settled {
  readonly key: string;
  readonly problem: LoadProblem | null;
}

/**
 * Loads and validates the dataset named by `?data=` (or the bundled one), and any file the user
 * opens or drops. Whatever fails, the dataset on screen stays.
 */
export function useDataset(dataParam: string | null, pageUrl: string) {
  const [attempt, setAttempt] = useState(0);
  const resolved = useMemo(() => resolveDataUrl(dataParam, pageUrl), [dataParam, pageUrl]);
  const urlKey = resolved.ok ? `url:${attempt}:${resolved.value.href}` : null;
  const [fileKey, setFileKey] = useState<string | null>(null);
  const currentKey = fileKey ?? urlKey;
  const [loaded, setLoaded] = useState<{ dataset: Dataset | null; version: number; fromUrl: boolean }>({
    dataset: null,
    version: 0,
    fromUrl: true,
  });
  const [settled, setSettled] = useState<Settled | null>(null);
  const [progress, setProgress] = useState<{ key: string; loadedBytes: number; totalBytes: number | null } | null>(
    null,
  );
  const [checking, setChecking] = useState<{ key: string; bytes: number } | null>(null);
  const files = useRef(0);
  const shown = useRef(false);
  // The load the person asked for last. Starting another aborts it: its fetch or file reading
  // stops, its worker ends, and nothing it finds, dataset or error, reaches the screen.
  const currentLoad = useRef<AbortController | null>(null);

  const finish = useCallback(
    async (
      key: string,
      where: string,
      parser: DatasetParser,
      bytes: Loaded<number>,
      fromUrl: boolean,
      signal: AbortSignal,
    ) => {
      if (signal.aborted) return;
      if (!bytes.ok) {
        parser.cancel();
        setSettled({ key, problem: { summary: bytes.message, details: [], retryable: bytes.retryable } });
        return;
      }
      performance.mark('dataset-received');
      // Only a large file takes long enough to check for a status line to be worth a render.
      if (bytes.value >= WORKER_THRESHOLD_BYTES) setChecking({ key, bytes: bytes.value });
      const parsed = await parser.finish();
      if (signal.aborted) return;
      performance.mark('dataset-parsed');
      if (!parsed.ok) {
        const n = parsed.issues.length;
        setSettled({
          key,
          problem: {
            summary: `${where} has ${n} problem${n === 1 ? '' : 's'} and cannot be shown.`,
            details: parsed.issues.map(describeIssue),
            retryable: false,
          },
        });
        return;
      }
      const show = () => {
        setLoaded((l) => ({ dataset: parsed.dataset, version: l.version + 1, fromUrl }));
        setSettled({ key, problem: null });
      };
      // Replacing a dataset on screen is a transition, rendered in slices so the page stays
      // responsive; the first one is drawn at once, as there is nothing to respond to yet.
      if (shown.current) startTransition(show);
      else show();
      shown.current = true;
    },
    [],
  );

  /** Aborts the current load and starts this one: `read` sends the bytes to a new parser. */
  const load = useCallback(
    (
      key: string,
      where: string,
      fromUrl: boolean,
      read: (push: ChunkSink, options: ReadOptions) => Promise<Loaded<number>>,
    ) => {
      currentLoad.current?.abort();
      const controller = new AbortController();
      currentLoad.current = controller;
      const { signal } = controller;
      const parser = createDatasetParser();
      signal.addEventListener('abort', () => parser.cancel(), { once: true });
      const onProgress = throttled((loadedBytes, totalBytes) => {
        if (!signal.aborted) setProgress({ key, loadedBytes, totalBytes });
      });
      void read(parser.push, { signal, onProgress }).then((bytes) =>
        finish(key, where, parser, bytes, fromUrl, signal),
      );
      return controller;
    },
    [finish],
  );

  useEffect(() => {
    if (!resolved.ok || urlKey === null) return;
    const url = resolved.value;
    const controller = load(urlKey, `The dataset at ${url.href}`, true, (push, options) =>
      fetchDatasetBytes(url, push, options),
    );
    return () => controller.abort();
  }, [resolved, urlKey, load]);

  const loadFile = useCallback(
    (file: File) => {
      const key = `file:${++files.current}`;
      setFileKey(key);
      load(key, `The file ${file.name}`, false, (push, options) => readDatasetFile(file, push, options));
    },
    [load],
  );

  const retry = useCallback(() => {
    setFileKey(null);
    setAttempt((n) => n + 1);
  }, []);

  const current = settled !== null && settled.key === currentKey;
  const state: DatasetState = {
    ...loaded,
    loading: currentKey !== null && !current,
    progress: progress && progress.key === currentKey && !current ? progress : null,
    checkingBytes: checking && checking.key === currentKey && !current ? checking.bytes : null,
    problem:
      fileKey === null && !resolved.ok
        ? { summary: resolved.message, details: [], retryable: false }
        : current
          ? settled.problem
          : null,
  };
  return { ...state, retry, loadFile };
}
