import { formatSize } from '../data/loadDataset';
import type { DatasetState } from './useDataset';

const MAX_SHOWN = 50;

/** Loading progress, or what went wrong and where, in an alert. */
export function LoadStatus({ state, onRetry }: { readonly state: DatasetState; readonly onRetry: () => void }) {
  const { problem, loading, progress } = state;
  if (problem) {
    const more = problem.details.length - MAX_SHOWN;
    return (
      <div className="load-error" role="alert">
        <h2>The dataset could not be loaded</h2>
        <p>{problem.summary}</p>
        {problem.details.length > 0 && (
          <ul>
            {problem.details.slice(0, MAX_SHOWN).map((d, i) => (
              <li key={i}>{d}</li>
            ))}
            {more > 0 && <li>…and {more} more.</li>}
          </ul>
        )}
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
        Checking the dataset ({formatSize(state.checkingBytes)}): every date, and every quote against the text…
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
