import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content width in px, kept current with a ResizeObserver. Measured here, at the
 * edge, and passed down as a number; null until the first measurement (before the first paint),
 * so nothing is laid out for a width the element does not have. Where nothing can be measured
 * (jsdom), `fallbackPx` stands.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallbackPx = 960): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      setWidth((before) => (w > 0 ? w : (before ?? fallbackPx)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fallbackPx]);
  return width;
}
