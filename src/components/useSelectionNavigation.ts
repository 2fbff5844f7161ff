import { useCallback, useEffect, useEffectEvent } from 'react';
import type { TimelineEvent } from '../data/dataset';
import { stepSelection } from '../state/navigation';
import { transformToShow, type ZoomLimits, type ZoomTransform } from '../timeline/viewport';

/** The view the selection moves in: where it is, and how to change it. */
export interface NavigatedView {
  readonly domain: readonly [number, number];
  readonly widthPx: number;
  readonly transform: ZoomTransform;
  readonly limits: ZoomLimits;
  readonly apply: (next: ZoomTransform) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Moving the selection about the timeline, panning (never zooming) to show an event off screen:
 * selecting one; stepping to the next or previous event shown (n/p, or ] and [, wherever focus
 * is but a text field); closing the details (Esc), focus going back to the event's mark; and
 * showing an event the host selected (one it just created, say).
 */
export function useSelectionNavigation({
  events,
  shown,
  selectedId,
  setSelectedId,
  hostSelectedId,
  view,
}: {
  /** The dataset's events, and those shown (filtered), in order. */
  readonly events: readonly TimelineEvent[];
  readonly shown: readonly TimelineEvent[];
  readonly selectedId: string | null;
  readonly setSelectedId: (id: string | null) => void;
  readonly hostSelectedId: string | null | undefined;
  readonly view: NavigatedView;
}) {
  const { domain, widthPx, transform, limits, apply } = view;
  /** Where the view goes to show event `id` (itself, if the event is on screen); null if there is no such event. */
  const showing = (id: string | null) => {
    const e = id === null ? undefined : events.find((x) => x.id === id);
    return e ? transformToShow(domain, widthPx, transform, e.startMs, e.endMs, limits) : null;
  };

  /** Selects an event and, if it is off screen, pans the timeline to show it. */
  const selectAndShow = (id: string | null) => {
    setSelectedId(id);
    const next = showing(id);
    if (next) apply(next);
  };
  const step = (direction: 1 | -1) => {
    const id = stepSelection(shown, selectedId, direction);
    if (id) selectAndShow(id);
  };

  const close = useCallback(() => {
    const id = selectedId;
    setSelectedId(null);
    if (id) (document.getElementById(`event-${id}`) ?? document.getElementById('timeline-plot'))?.focus();
  }, [selectedId, setSelectedId]);

  // At the fit view every event is on screen, so a first render leaves a linked window alone.
  const showHostSelection = useEffectEvent((id: string) => {
    const next = showing(id);
    if (next && next !== transform) apply(next);
  });
  useEffect(() => {
    if (hostSelectedId) showHostSelection(hostSelectedId);
  }, [hostSelectedId]);

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.key === 'Escape' && selectedId) close();
    else if (!isTyping(e.target) && !e.altKey && !e.ctrlKey && !e.metaKey) {
      if (e.key === 'n' || e.key === ']') step(1);
      else if (e.key === 'p' || e.key === '[') step(-1);
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return { selectAndShow, step, close };
}
