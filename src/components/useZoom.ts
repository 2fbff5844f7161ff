import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { IDENTITY, constrain, type ZoomLimits, type ZoomTransform } from '../timeline/viewport';

/**
 * The one d3-zoom behaviour of the plot: wheel about the cursor, drag to pan, pinch, double-click.
 * It owns the element's listeners and nothing else; React renders from the `{k, x}` it reports.
 * Programmatic zoom goes through the same behaviour (`apply`), so the next wheel continues from
 * where the buttons left off. When the width changes, the visible dates are kept.
 */
export function useZoom(
  ref: RefObject<HTMLElement | null>,
  widthPx: number,
  limits: ZoomLimits,
  /** The first view, once the width is known (e.g. a shared link's window). */
  initial: (widthPx: number) => ZoomTransform = () => IDENTITY,
) {
  const [transform, setTransform] = useState<ZoomTransform>(IDENTITY);
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const last = useRef<{ transform: ZoomTransform; widthPx: number } | null>(null);
  const initialRef = useRef(initial);

  useEffect(() => {
    const el = ref.current;
    if (!el || widthPx <= 0) return;
    const z = zoom<HTMLElement, unknown>()
      // d3's default filter, plus: a mouse event with no view (synthetic) cannot be dragged by d3-drag.
      .filter(
        (e: MouseEvent) =>
          (!e.ctrlKey || e.type === 'wheel') && !e.button && (e.type === 'wheel' || 'touches' in e || e.view != null),
      )
      .scaleExtent([limits.minK, limits.maxK])
      .extent([
        [0, 0],
        [widthPx, 1],
      ])
      .translateExtent([
        [0, 0],
        [widthPx, 1],
      ])
      .on('zoom', (event: { transform: { k: number; x: number } }) => {
        const t = { k: event.transform.k, x: event.transform.x };
        last.current = { transform: t, widthPx };
        // The same view again (the first, set as the plot gets its width) draws nothing new.
        setTransform((before) => (before.k === t.k && before.x === t.x ? before : t));
      });
    const selection = select(el);
    selection.call(z);
    behaviour.current = z;
    // Keep the same dates in view across a resize; the very first time, start at `initial`.
    const previous = last.current;
    const t = previous
      ? constrain({ k: previous.transform.k, x: previous.transform.x * (widthPx / previous.widthPx) }, widthPx, limits)
      : constrain(initialRef.current(widthPx), widthPx, limits);
    z.transform(selection, zoomIdentity.translate(t.x, 0).scale(t.k));
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref, widthPx, limits]);

  const apply = useCallback(
    (t: ZoomTransform) => {
      const el = ref.current;
      const z = behaviour.current;
      if (!el || !z) return;
      const c = constrain(t, widthPx, limits);
      z.transform(select(el), zoomIdentity.translate(c.x, 0).scale(c.k));
    },
    [ref, widthPx, limits],
  );

  return { transform, apply };
}
