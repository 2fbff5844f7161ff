import { describeIssue, type Dataset } from '../data/dataset';
import { formatSize } from '../data/loadDataset';
import type { DatasetState } from './useDataset';
import { useQuoteCheckState } from './useQuoteCheck';
import './quoteCheck.css';

const MAX_SHOWN = 50;

/** Problems, one line each, the first MAX_SHOWN of them. */
function ProblemList<T>({ problems, line }: { readonly problems: readonly T[]; readonly line: (p: T) => string }) {
  const more = problems.length - MAX_SHOWN;
  return (
    <ul>
      {problems.slice(0, MAX_SHOWN).map((p, i) => (
        <li key={i}>{line(p)}</li>
      ))}
      {more > 0 && <li>…and {more} more.</li>}
    </ul>
  );
}

/**
 * Loading progress, or what went wrong and where, in an alert; then, for the dataset on screen,
 * how far the check of its quotes has come, and any quote it did not find exactly once.
 */
export function LoadStatus({ state, onRetry }: { readonly state: DatasetState; readonly onRetry: () => void }) {
  return (
    <>
      <Loading state={state} onRetry={onRetry} />
      <QuoteCheckStatus dataset={state.dataset} />
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

/** The check of the quotes of the dataset on screen: its progress, or what it found wrong. */
function QuoteCheckStatus({ dataset }: { readonly dataset: Dataset | null }) {
  const check = useQuoteCheckState(dataset);
  if (!check) return null;
  if (check.status === 'checking') {
    const pct = Math.floor(check.checkedFraction * 100);
    return (
      <div className="quote-check" role="status">
        Checking quotes against the text: {pct} % <progress max={100} value={pct} aria-label="Quotes checked" />
      </div>
    );
  }
  if (check.status === 'stopped')
    return (
      <div className="quote-check" role="status">
        Not every quote was checked against the text: {check.reason}. Each is checked when its event is opened.
      </div>
    );
  const n = check.issues.length;
  if (n === 0) return null;
  return (
    <div className="load-error" role="alert">
      <h2>{n === 1 ? 'A quote is' : `${n} quotes are`} not found exactly once in the article</h2>
      <p>
        The timeline is shown all the same; in the article, nothing is highlighted for{' '}
        {n === 1 ? 'this event' : 'these events'}.
      </p>
      <ProblemList problems={check.issues} line={describeIssue} />
    </div>
  );
}
