import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content width in px, kept current with a ResizeObserver. Measured here, at the
 * edge, and passed down as a number. Where nothing can be measured (jsdom), `fallbackPx` stands.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallbackPx = 960): number {
  const [width, setWidth] = useState(fallbackPx);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
