import { startTransition, useEffect, useState } from 'react';

/**
 * With `defer`, false until the page has painted once after `start` (true by default) was first
 * true, then true (in a transition, rendered in slices): for parts below the fold that a large
 * dataset's first draw need not wait for, one part a frame after another. Without `defer`, true
 * from the first render (and on the server).
 */
export function useAfterFirstPaint(defer: boolean, start = true): boolean {
  const [painted, setPainted] = useState(!defer);
  useEffect(() => {
    if (painted || !start) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's callbacks run just before it is painted: the task after them comes after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted, start]);
  return painted;
}
