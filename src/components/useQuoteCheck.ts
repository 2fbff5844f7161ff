import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Dataset, TimelineEvent } from '../data/dataset';
import type { QuoteCheckState, QuotePlace } from '../data/quoteCheck';

/** How far the check of the dataset's quotes has come; redraws the caller on every step. */
export function useQuoteCheckState(dataset: Dataset | null): QuoteCheckState | null {
  const check = dataset?.quotes ?? null;
  const subscribe = useCallback((listener: () => void) => check?.subscribe(listener) ?? (() => {}), [check]);
  const state = () => check?.state() ?? null;
  // The same on the server (a first view rendered at build time) as in the page.
  return useSyncExternalStore(subscribe, state, state);
}

/**
 * Where the event's quote is in the article. Opened before the dataset's check has reached it,
 * the one quote is checked at once. Redraws the caller only when the answer changes (when the
 * whole check ends), not at each step of it.
 */
export function useQuotePlace(dataset: Dataset, event: TimelineEvent | null): QuotePlace | null {
  const index = useMemo(() => (event ? dataset.events.indexOf(event) : -1), [dataset, event]);
  const check = dataset.quotes;
  const subscribe = useCallback((listener: () => void) => check.subscribe(listener), [check]);
  const place = () => (event && index >= 0 ? check.placeOf(index, event) : null);
  // The same on the server (a first view rendered at build time) as in the page.
  return useSyncExternalStore(subscribe, place, place);
}
