import { useEffect, useState } from 'react';
import type { LayoutLevels } from '../timeline/layout';

/** Idle time a level needs before one is started: a level of 100,000 events takes 30–50 ms. */
const MIN_IDLE_MS = 40;
/** Lay the level in view out after this long even if the page never has such a pause. */
const LATEST_MS = 1500;

/**
 * Lays out zoom levels while the page is idle: `level`, the one in view, first, then the deeper
 * ones down to `deepest`, nearest first. A level starts only in a real pause (Chromium gives
 * idle callbacks up to 50 ms when no frame is due), so a zoom or pan in progress is never held
 * up by one; until then the view draws the deepest coarser level laid out (LayoutLevels.forZoom)
 * and is drawn again when its own level is ready.
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
          if (deadline.timeRemaining() >= MIN_IDLE_MS || deadline.didTimeout) {
            levels.at(missing);
            if (missing === level) setLaidOut((n) => n + 1);
          }
          next();
        },
        latest === undefined ? undefined : { timeout: latest },
      );
    };
    next();
    return () => cancelIdleCallback(id);
  }, [levels, level, deepest]);
}
