import { describeIssue, type Dataset } from '../data/dataset';
import { ProblemList } from './ProblemList';
import { useQuoteCheckState } from './useQuoteCheck';
import './quoteCheck.css';

/** The check of the quotes of the dataset on screen: its progress, or what it found wrong. */
export default function QuoteCheckStatus({ dataset }: { readonly dataset: Dataset | null }) {
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
