import { useState, type ReactNode } from 'react';
import { useNarrow } from './useNarrow';

/**
 * Content that folds behind its summary on a narrow screen, so the timeline is on the first
 * screen, and is always open on a wide one (where the summary is hidden). Until the width is
 * known (a page prerendered at build time, and the render that hydrates it) it is open in the
 * markup, and the stylesheet hides the content on a narrow screen, as the fold would.
 */
export function Fold({ summary, children }: { readonly summary: ReactNode; readonly children: ReactNode }) {
  const narrow = useNarrow();
  const [unfolded, setUnfolded] = useState(false);
  return (
    <details
      className={narrow === null ? 'fold fold--unmeasured' : 'fold'}
      open={narrow !== true || unfolded}
      onToggle={(e) => narrow && setUnfolded(e.currentTarget.open)}
    >
      <summary className="fold__summary">{summary}</summary>
      {children}
    </details>
  );
}
