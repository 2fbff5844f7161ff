import { useEffect, useRef } from 'react';
import { decodeView, encodeView, type KnownIds, type UrlView } from '../state/urlState';

const SETTLE_MS = 400;

/**
 * Keeps the address bar in step with the view, so a link shares it: a new selection is a history
 * entry (back and forward step through selections); filters, search and the window replace the
 * current entry once they settle. Going back or forward restores the view it names.
 * When `enabled` is false (a dataset opened from a file), the view's parameters are removed instead.
 */
export function useUrlSync(
  view: UrlView,
  known: KnownIds,
  onRestore: (decoded: { view: UrlView; notices: string[] }) => void,
  enabled: boolean,
) {
  const lastEvent = useRef(view.event);
  const key = encodeView(view, '');

  useEffect(() => {
    const selectionChanged = enabled && view.event !== lastEvent.current;
    const timer = setTimeout(
      () => {
        const search = encodeView(enabled ? view : {}, window.location.search);
        lastEvent.current = view.event;
        if (search === window.location.search) return;
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        if (selectionChanged) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      },
      selectionChanged ? 0 : SETTLE_MS,
    );
    return () => clearTimeout(timer);
    // `key` stands for `view`: the effect runs when the encoded view changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled]);

  useEffect(() => {
    if (!enabled) return;
    const onPop = () => {
      const decoded = decodeView(window.location.search, known);
      lastEvent.current = decoded.view.event;
      onRestore(decoded);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [known, onRestore, enabled]);
}
