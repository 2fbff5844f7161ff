import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ZoomBehavior } from 'd3-zoom';
import { IDENTITY, constrain, type ZoomLimits, type ZoomTransform } from '../timeline/viewport';

type D3 = typeof import('./zoomBehaviour');
/** d3's zoom, once loaded (zoomBehaviour.ts): asked for with the first timeline drawn. */
let d3: D3 | null = null;
let loadingD3: Promise<D3> | null = null;
const loadD3 = () => (loadingD3 ??= import('./zoomBehaviour').then((m) => (d3 = m)));

/**
 * The one d3-zoom behaviour of the plot: wheel about the cursor, drag to pan, pinch, double-click.
 * It owns the element's listeners and nothing else; React renders from the `{k, x}` it reports.
 * Programmatic zoom goes through the same behaviour (`apply`), so the next wheel continues from
 * where the buttons left off. When the width changes, the visible dates are kept. d3 loads after
 * the first draw; until it has, the view is set directly, and `attached` is false.
 */
export function useZoom(
  ref: RefObject<HTMLElement | null>,
  widthPx: number,
  limits: ZoomLimits,
  /** The first view, once the width is known (e.g. a shared link's window). */
  initial: (widthPx: number) => ZoomTransform = () => IDENTITY,
) {
  const [transform, setTransform] = useState<ZoomTransform>(IDENTITY);
  const [loaded, setLoaded] = useState(d3 !== null);
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const last = useRef<{ transform: ZoomTransform; widthPx: number } | null>(null);
  const initialRef = useRef(initial);
  // The view shown, whether d3 reported it or it was set before d3 had loaded; the same view again
  // (the first, set as the plot gets its width) draws nothing new.
  const show = useCallback((t: ZoomTransform, atWidthPx: number) => {
    last.current = { transform: t, widthPx: atWidthPx };
    setTransform((before) => (before.k === t.k && before.x === t.x ? before : t));
  }, []);

  useEffect(() => {
    if (!loaded) void loadD3().then(() => setLoaded(true));
  }, [loaded]);

  useEffect(() => {
    const el = ref.current;
    if (!el || widthPx <= 0) return;
    // Keep the same dates in view across a resize; the very first time, start at `initial`.
    const previous = last.current;
    const t = previous
      ? constrain({ k: previous.transform.k, x: previous.transform.x * (widthPx / previous.widthPx) }, widthPx, limits)
      : constrain(initialRef.current(widthPx), widthPx, limits);
    if (!loaded || !d3) {
      // Drawn at once; d3, once here, takes over from this view.
      show(t, widthPx);
      return;
    }
    const { zoom, zoomIdentity, select } = d3;
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
      .on('zoom', (event: { transform: { k: number; x: number } }) =>
        show({ k: event.transform.k, x: event.transform.x }, widthPx),
      );
    const selection = select(el);
    selection.call(z);
    behaviour.current = z;
    z.transform(selection, zoomIdentity.translate(t.x, 0).scale(t.k));
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref, widthPx, limits, loaded, show]);

  const apply = useCallback(
    (t: ZoomTransform) => {
      const el = ref.current;
      const z = behaviour.current;
      if (!el || widthPx <= 0) return;
      const c = constrain(t, widthPx, limits);
      if (z && d3) z.transform(d3.select(el), d3.zoomIdentity.translate(c.x, 0).scale(c.k));
      else show(c, widthPx);
    },
    [ref, widthPx, limits, show],
  );

  return { transform, apply, attached: loaded };
}
