import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { describeIssue, parseDataset, type Dataset } from '../data/dataset';
import {
  fetchDatasetBytes,
  namesDataset,
  readDatasetFile,
  resolveDataUrl,
  takeEarlyFetch,
  type ChunkSink,
  type FetchOptions,
  type Loaded,
} from '../data/loadDataset';
import { createDatasetParser, takeEarlyParser, LARGE_FILE_BYTES, type DatasetParser } from '../data/parseInBackground';

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
  /** For a timeline brought in from another tool: what was recognised, and every event left out. */
  readonly imported: readonly string[];
}

/** The most bytes kept for a try at another tool's format once our own format fails: 8 MB. */
const KEEP_FOR_IMPORT_BYTES = 8 * 1024 * 1024;

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
export function useDataset(dataParam: string | null, pageUrl: string, initial?: Dataset) {
  const [attempt, setAttempt] = useState(0);
  const resolved = useMemo(() => resolveDataUrl(dataParam, pageUrl), [dataParam, pageUrl]);
  const urlKey = resolved.ok ? `url:${attempt}:${resolved.value.href}` : null;
  // The address's dataset, when the page already had it (a first view rendered at build time):
  // shown from the first render, and not loaded again.
  const [initialKey] = useState(initial ? urlKey : null);
  const [fileKey, setFileKey] = useState<string | null>(null);
  const currentKey = fileKey ?? urlKey;
  const [loaded, setLoaded] = useState<{
    dataset: Dataset | null;
    version: number;
    fromUrl: boolean;
    imported: readonly string[];
  }>({
    dataset: initial ?? null,
    version: initial ? 1 : 0,
    fromUrl: true,
    imported: [],
  });
  const [settled, setSettled] = useState<Settled | null>(
    initialKey === null ? null : { key: initialKey, problem: null },
  );
  const [progress, setProgress] = useState<{ key: string; loadedBytes: number; totalBytes: number | null } | null>(
    null,
  );
  const [checking, setChecking] = useState<{ key: string; bytes: number } | null>(null);
  const files = useRef(0);
  const shown = useRef(initial !== undefined);
  // The load the person asked for last. Starting another aborts it: its fetch or file reading
  // stops, its quote check ends, and nothing it finds, dataset or error, reaches the screen.
  const currentLoad = useRef<AbortController | null>(null);

  const finish = useCallback(
    async (
      key: string,
      where: string,
      parser: DatasetParser,
      bytes: Loaded<number>,
      fromUrl: boolean,
      signal: AbortSignal,
      foreign: { readonly name: string; readonly bytes: () => Uint8Array | null },
    ) => {
      if (signal.aborted) return;
      if (!bytes.ok) {
        parser.cancel();
        setSettled({ key, problem: { summary: bytes.message, details: [], retryable: bytes.retryable } });
        return;
      }
      performance.mark('dataset-received');
      // Only a large file takes long enough to check for a status line to be worth a render.
      if (bytes.value >= LARGE_FILE_BYTES) setChecking({ key, bytes: bytes.value });
      const parsed = await parser.finish();
      if (signal.aborted) return;
      performance.mark('dataset-parsed');
      let dataset = parsed.ok ? parsed.dataset : null;
      let imported: readonly string[] = [];
      const raw = parsed.ok ? null : foreign.bytes();
      if (raw) {
        // Not our format: perhaps another tool's (TimelineJS3, its sheet, vis-timeline), whose
        // converters load only now.
        const { detectAndConvert, summaryLine } = await import('../import');
        const converted = await detectAndConvert(foreign.name, raw);
        if (signal.aborted) return;
        if (converted && !converted.ok) {
          setSettled({
            key,
            problem: { summary: `${where}: ${converted.message}`, details: converted.notices ?? [], retryable: false },
          });
          return;
        }
        if (converted) {
          const checked = parseDataset(converted.dataset);
          if (checked.ok) {
            dataset = checked.dataset;
            imported = [summaryLine(converted), ...converted.notices];
          }
        }
      }
      if (!dataset) {
        if (parsed.ok) return;
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
      const shownDataset = dataset;
      const show = () => {
        setLoaded((l) => ({ dataset: shownDataset, version: l.version + 1, fromUrl, imported }));
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
      name: string,
      fromUrl: boolean,
      likelyLarge: boolean,
      read: (push: ChunkSink, options: ReadOptions) => Promise<Loaded<number>>,
    ) => {
      currentLoad.current?.abort();
      const controller = new AbortController();
      currentLoad.current = controller;
      const { signal } = controller;
      const parser = (fromUrl && likelyLarge && takeEarlyParser()) || createDatasetParser({ likelyLarge });
      signal.addEventListener('abort', () => parser.cancel(), { once: true });
      // A copy of the first bytes, in case they are another tool's format (the parser does not
      // keep them). Timelines of that kind are small; past the limit, no copy.
      const kept: Uint8Array[] = [];
      let keptBytes = 0;
      const push: ChunkSink = (chunk) => {
        if (keptBytes + chunk.byteLength <= KEEP_FOR_IMPORT_BYTES) kept.push(chunk.slice());
        keptBytes += chunk.byteLength;
        parser.push(chunk);
      };
      const keptCopy = () => {
        if (keptBytes > KEEP_FOR_IMPORT_BYTES) return null;
        const all = new Uint8Array(keptBytes);
        let at = 0;
        for (const c of kept) {
          all.set(c, at);
          at += c.byteLength;
        }
        return all;
      };
      const onProgress = throttled((loadedBytes, totalBytes) => {
        if (!signal.aborted) setProgress({ key, loadedBytes, totalBytes });
      });
      void parser.ready
        .then(() => read(push, { signal, onProgress }))
        .then((bytes) => finish(key, where, parser, bytes, fromUrl, signal, { name, bytes: keptCopy }));
      return controller;
    },
    [finish],
  );

  useEffect(() => {
    if (!resolved.ok || urlKey === null || urlKey === initialKey) return;
    const url = resolved.value;
    const name = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    // An address given may name a file of any size (a compressed reply does not say), so it is
    // read as it arrives from the start; the bundled dataset is small.
    const controller = load(
      urlKey,
      `The dataset at ${url.href}`,
      name,
      true,
      namesDataset(dataParam),
      (push, options) => fetchDatasetBytes(url, push, { ...options, fetchImpl: takeEarlyFetch(url) }),
    );
    return () => controller.abort();
  }, [resolved, urlKey, initialKey, load, dataParam]);

  const loadFile = useCallback(
    (file: File) => {
      const key = `file:${++files.current}`;
      setFileKey(key);
      load(key, `The file ${file.name}`, file.name, false, file.size >= LARGE_FILE_BYTES, (push, options) =>
        readDatasetFile(file, push, options),
      );
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
