import { useEffect } from 'react';
import type { LayoutLevels } from '../timeline/layout';

/**
 * Lays out the zoom levels deeper than `level` (down to `deepest`) while the page is idle, nearest
 * first, so zooming in never waits for them (each takes tens of ms at 100,000 events).
 */
export function useIdleLevels(levels: LayoutLevels, level: number, deepest: number): void {
  useEffect(() => {
    if (deepest === 0 || typeof requestIdleCallback !== 'function') return;
    let id = 0;
    const next = () => {
      const missing = [...Array(deepest + 1).keys()].find((l) => l > level && !levels.has(l));
      if (missing === undefined) return;
      id = requestIdleCallback(() => {
        levels.at(missing);
        next();
      });
    };
    next();
    return () => cancelIdleCallback(id);
  }, [levels, level, deepest]);
}
