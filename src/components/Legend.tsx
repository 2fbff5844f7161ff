import { useState } from 'react';
import { useNarrow } from './useNarrow';

/** What the three kinds of mark mean; folded away on a narrow screen. */
export function Legend() {
  const narrow = useNarrow();
  const [unfolded, setUnfolded] = useState(false);
  return (
    <details className="fold" open={!narrow || unfolded} onToggle={(e) => narrow && setUnfolded(e.currentTarget.open)}>
      <summary className="fold__summary">How dates are drawn</summary>
      <ul className="legend" aria-label="How dates are drawn">
        <li>
          <span className="shape-icon shape-icon--point" aria-hidden="true" /> a day the article names
        </li>
        <li>
          <span className="shape-icon shape-icon--period" aria-hidden="true" /> a month or year the article names: the
          event falls somewhere in it
        </li>
        <li>
          <span className="shape-icon shape-icon--range" aria-hidden="true" /> a period from start to end
        </li>
      </ul>
    </details>
  );
}
