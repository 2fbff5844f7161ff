import { startTransition, useEffect, useState } from 'react';
import type { TimelineEvent } from '../data/dataset';
import { sameGround, ShownViewJob, type ShownView } from '../state/shownView';

/** Up to this many events a view is computed in the render that asks for it (10–15 ms at most). */
const AT_ONCE_MAX_EVENTS = 20_000;
/** Time one task spends on a view before it lets input and frames through. */
const SLICE_MS = 8;

export interface ShownViewState {
  readonly view: ShownView;
  /** The view drawn is the last one ready; the one asked for is still being computed. */
  readonly pending: boolean;
}

/**
 * The events shown for `active` and `query`, and their layout. A dataset's first view, a new
 * width, and any view of a small dataset are computed at once. Past AT_ONCE_MAX_EVENTS, a change
 * of categories or search is computed in tasks of a few ms (ShownViewJob.step) while the last
 * view stays drawn, so no key or click blocks the page for the 40–70 ms that filtering,
 * searching and laying out 100,000 events take together; a newer choice drops the older one's
 * work.
 */
export function useShownView(
  events: readonly TimelineEvent[],
  active: ReadonlySet<string>,
  query: string,
  domain: readonly [number, number],
  widthPx: number | null,
  maxLanes: number,
): ShownViewState {
  const input = { events, active, query, domain, widthPx, maxLanes };
  const [job, setJob] = useState(() => new ShownViewJob(input, null));
  const [, setReady] = useState(0);
  let current = job;
  if (!job.isFor(input)) {
    // Storing what the last render asked for (react.dev, "Storing information from previous renders").
    current = new ShownViewJob(input, job.view ?? job.from);
    setJob(current);
  }
  const from = current.from;
  const atOnce = from === null || events.length <= AT_ONCE_MAX_EVENTS || !sameGround(from, input);
  const view = atOnce ? current.finish() : (current.view ?? from);

  useEffect(() => {
    if (job.view !== null) return;
    let stopped = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (stopped) return;
      const startMs = performance.now();
      if (!job.step(() => performance.now() - startMs < SLICE_MS)) channel.port2.postMessage(null);
      else {
        channel.port1.close();
        // Drawn in a transition, so a key typed meanwhile goes first.
        startTransition(() => setReady((n) => n + 1));
      }
    };
    channel.port2.postMessage(null);
    return () => {
      stopped = true;
      channel.port1.close();
    };
  }, [job]);

  return { view, pending: view !== current.view };
}
