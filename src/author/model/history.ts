/**
 * Undo and redo over whole works. Works are immutable, so a state is kept by reference: undo
 * gives back the very object that was current before.
 */
import type { Work } from './work';

export interface History {
  /** Oldest first; at most HISTORY_LIMIT states. */
  readonly past: readonly Work[];
  readonly present: Work;
  /** Next redo first. */
  readonly future: readonly Work[];
}

/** How many states undo can go back. */
export const HISTORY_LIMIT = 200;

export function initHistory(work: Work): History {
  return { past: [], present: work, future: [] };
}

/** `work` becomes the present; the redo list is cleared. Recording the present again changes nothing. */
export function record(h: History, work: Work): History {
  if (work === h.present) return h;
  const past = [...h.past, h.present];
  return {
    past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past,
    present: work,
    future: [],
  };
}

export const canUndo = (h: History): boolean => h.past.length > 0;
export const canRedo = (h: History): boolean => h.future.length > 0;

/** The state before the present, or `h` itself when there is none. */
export function undo(h: History): History {
  const previous = h.past[h.past.length - 1];
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

/** The state undone last, or `h` itself when there is none. */
export function redo(h: History): History {
  const [next, ...future] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future };
}
