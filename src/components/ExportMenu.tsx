import { lazy, Suspense, useState } from 'react';
import type { ExportMenuProps } from './ExportActions';

// The menu's actions, and the writers behind them, load when it is first opened.
const ExportActions = lazy(() => import('./ExportActions'));

/** The Export menu: a disclosure whose actions load on first opening. */
export function ExportMenu(props: ExportMenuProps) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="export" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>Export</summary>
      {opened && (
        <Suspense
          fallback={
            <div className="export__menu">
              <p className="export__status" role="status">
                Loading…
              </p>
            </div>
          }
        >
          <ExportActions {...props} />
        </Suspense>
      )}
    </details>
  );
}
