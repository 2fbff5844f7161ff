import { useEffect, useState } from 'react';
import type { LayoutLevels } from '../timeline/layoutLevels';

/** Time one idle callback spends on a layout before it yields (one slice more at most: a few ms). */
const SLICE_MS = 20;
/** Lay the level in view out after this long even if the page is never idle. */
const LATEST_MS = 1500;

/**
 * Lays out zoom levels while the page is idle: `level`, the one in view, first, then the deeper
 * ones down to `deepest`, nearest first. Each idle callback lays out slices of events for a few
 * ms and yields (LayoutLevels.step), so no task is long, even at 100,000 events; a zoom or pan in
 * progress is never held up. Until a level is laid out the view draws the deepest coarser level
 * that is (LayoutLevels.forZoom), and is drawn again when its own level is ready.
 */
export function useIdleLevels(levels: LayoutLevels | null, level: number, deepest: number): void {
  const [, setLaidOut] = useState(0);
  useEffect(() => {
    if (levels === null || deepest === 0 || typeof requestIdleCallback !== 'function') return;
    const askedAt = performance.now();
    let id = 0;
    const next = () => {
      const wanted = Array.from({ length: Math.max(1, deepest - level + 1) }, (_, i) => level + i);
      const missing = wanted.find((l) => !levels.has(l));
      if (missing === undefined) return;
      const latest = missing === level ? Math.max(1, askedAt + LATEST_MS - performance.now()) : undefined;
      id = requestIdleCallback(
        (deadline) => {
          const start = performance.now();
          // Past the deadline the browser gives no idle time: a slice's worth still goes on.
          const goOn = () =>
            performance.now() - start < SLICE_MS && (deadline.didTimeout || deadline.timeRemaining() > 2);
          if (levels.step(missing, goOn) && missing === level) setLaidOut((n) => n + 1);
          next();
        },
        latest === undefined ? undefined : { timeout: latest },
      );
    };
    next();
    return () => cancelIdleCallback(id);
  }, [levels, level, deepest]);
}
