import { useEffect } from 'react';
import type { TimelineEvent } from '../data/dataset';
import { prepareSearch } from '../state/search';

/** Events whose search text is prepared per step of idle time (about 2 ms). */
const SLICE = 1000;
/**
 * Time one idle callback spends before it yields, though the browser may offer up to 50 ms: a key
 * typed meanwhile waits for the callback to end.
 */
const CALLBACK_MS = 10;

/**
 * Prepares the events' search text while the page is idle, a slice at a time: the first search
 * would otherwise fold all of it at once (0.15 s at 100,000 events), on the first key typed.
 */
export function useIdleSearchText(events: readonly TimelineEvent[]): void {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    let from = 0;
    let id = 0;
    const slice = (deadline: IdleDeadline) => {
      const start = performance.now();
      while (from < events.length && deadline.timeRemaining() > 2 && performance.now() - start < CALLBACK_MS) {
        prepareSearch(events, from, from + SLICE);
        from += SLICE;
      }
      if (from < events.length) id = requestIdleCallback(slice);
    };
    id = requestIdleCallback(slice);
    return () => cancelIdleCallback(id);
  }, [events]);
}
