import { useSyncExternalStore } from 'react';

/** The width below which the page stacks and tucks its header away (the same as styles.css). */
const NARROW = '(max-width: 760px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isNarrow = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;

/**
 * Whether the screen is narrow (a phone): then the framing note and the filters fold away. Null
 * where it cannot be known: rendering at build time, and the render that hydrates that markup.
 */
export function useNarrow(): boolean | null {
  return useSyncExternalStore<boolean | null>(subscribe, isNarrow, () => null);
}
