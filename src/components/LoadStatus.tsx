import { lazy, Suspense } from 'react';
import type { Dataset } from '../data/dataset';
import { formatSize } from '../data/loadDataset';
import { ProblemList } from './ProblemList';
import type { DatasetState } from './useDataset';

// Only a large dataset (checked after it is shown) or one with a quote not found has anything to
// say of its quotes: the note loads then.
const QuoteCheckStatus = lazy(() => import('./QuoteCheckStatus'));

/** Whether the check of the dataset's quotes has anything to say: it runs, stopped, or found a problem. */
function quotesToTell(dataset: Dataset | null): boolean {
  const check = dataset?.quotes.state();
  return !!check && !(check.status === 'done' && check.issues.length === 0);
}

/**
 * Loading progress, or what went wrong and where, in an alert; then, for the dataset on screen,
 * how far the check of its quotes has come, and any quote it did not find exactly once.
 */
export function LoadStatus({ state, onRetry }: { readonly state: DatasetState; readonly onRetry: () => void }) {
  return (
    <>
      <Loading state={state} onRetry={onRetry} />
      {quotesToTell(state.dataset) && (
        <Suspense fallback={null}>
          <QuoteCheckStatus dataset={state.dataset} />
        </Suspense>
      )}
    </>
  );
}

function Loading({ state, onRetry }: { readonly state: DatasetState; readonly onRetry: () => void }) {
  const { problem, loading, progress } = state;
  if (problem) {
    return (
      <div className="load-error" role="alert">
        <h2>The dataset could not be loaded</h2>
        <p>{problem.summary}</p>
        {problem.details.length > 0 && <ProblemList problems={problem.details} line={String} />}
        {state.dataset && <p>The dataset already on screen is kept.</p>}
        {problem.retryable && (
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        )}
      </div>
    );
  }
  if (!loading) return null;
  if (state.checkingBytes !== null)
    return (
      <div className="loading" role="status">
        Checking the dataset ({formatSize(state.checkingBytes)}): its fields and every date; the quotes once it is
        shown…
      </div>
    );
  // A compressed reply from another site may state its compressed length: past it, the total is unknown.
  const pct =
    progress?.totalBytes && progress.loadedBytes <= progress.totalBytes
      ? Math.round((progress.loadedBytes / progress.totalBytes) * 100)
      : null;
  return (
    <div className="loading" role="status">
      Loading the dataset…
      {progress && (
        <>
          {' '}
          <progress max={100} value={pct ?? undefined} aria-label="Loading progress" />{' '}
          {Math.round(progress.loadedBytes / 1024)} KB
        </>
      )}
    </div>
  );
}
