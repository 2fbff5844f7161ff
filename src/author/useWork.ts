import { useCallback, useEffect, useRef, useState } from 'react';
import { applyEdit, type Edit } from './model/edits';
import { canRedo, canUndo, initHistory, record, redo, undo, type History } from './model/history';
import type { Work } from './model/work';
import type { Store } from './storage/store';

/** Where the work stands against the browser's storage. */
export type SaveState =
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'saving' }
  | { readonly kind: 'unsaved'; readonly message: string }
  | { readonly kind: 'conflict'; readonly theirs: { readonly work: Work; readonly revision: number } };

/**
 * One timeline being authored: its history (undo and redo over every change) and its saving.
 * Every change is saved at once; saves go one after another, each against the revision the last
 * one wrote, so a change made in another tab meanwhile is reported as a conflict, never
 * overwritten.
 */
export function useWork(store: Store | null, initial: { work: Work; revision: number }) {
  const [history, setHistory] = useState<History>(() => initHistory(initial.work));
  const [saveState, setSaveState] = useState<SaveState>(
    store
      ? { kind: 'saved', at: initial.work.updatedAt }
      : { kind: 'unsaved', message: 'This browser cannot keep it.' },
  );
  const revision = useRef(initial.revision);
  // The newest work, ahead of the render: two edits from one click (save, then accept) must each
  // apply to the result of the one before.
  const latest = useRef(initial.work);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const blocked = useRef(false);

  const persist = useCallback(
    (work: Work) => {
      if (!store || blocked.current) return;
      setSaveState({ kind: 'saving' });
      queue.current = queue.current.then(async () => {
        if (blocked.current) return;
        const result = await store.save(work, revision.current);
        if (result.ok) {
          revision.current = result.revision;
          setSaveState({ kind: 'saved', at: work.updatedAt });
        } else if (result.reason === 'conflict') {
          blocked.current = true;
          setSaveState({ kind: 'conflict', theirs: result.theirs });
        } else setSaveState({ kind: 'unsaved', message: result.message });
      });
    },
    [store],
  );

  // Another tab saved this timeline: stop saving over it and say so.
  useEffect(() => {
    if (!store) return;
    return store.watch((id, rev) => {
      if (id !== history.present.id || rev <= revision.current) return;
      void store.load(id).then((theirs) => {
        if (!theirs || theirs.revision <= revision.current) return;
        blocked.current = true;
        setSaveState({ kind: 'conflict', theirs });
      });
    });
  }, [store, history.present.id]);

  const edit = useCallback(
    (e: Edit): { ok: true } | { ok: false; message: string } => {
      if (blocked.current) return { ok: false, message: 'Another tab changed this timeline: choose a version first.' };
      const result = applyEdit(latest.current, e, Date.now());
      if (!result.ok) return result;
      latest.current = result.work;
      setHistory((h) => record(h, result.work));
      persist(result.work);
      return { ok: true };
    },
    [persist],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      if (blocked.current) return;
      const next = direction === 'undo' ? undo(history) : redo(history);
      if (next === history) return;
      latest.current = next.present;
      setHistory(next);
      persist(next.present);
    },
    [history, persist],
  );

  /** Takes the other tab's version, leaving this tab's history. */
  const takeTheirs = useCallback((theirs: { work: Work; revision: number }) => {
    blocked.current = false;
    revision.current = theirs.revision;
    latest.current = theirs.work;
    setHistory(initHistory(theirs.work));
    setSaveState({ kind: 'saved', at: theirs.work.updatedAt });
  }, []);

  return {
    work: history.present,
    saveState,
    edit,
    undo: () => step('undo'),
    redo: () => step('redo'),
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    takeTheirs,
  };
}
