/**
 * Which work was open last, so a reload can reopen it. Kept in localStorage, which may be
 * missing, full or refused (private windows, blocked cookies): then nothing is remembered.
 */
const KEY = 'article-timeline:open-work';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Reading the property itself throws where storage is blocked.
    return null;
  }
}

/** Remembers `id` as the open work, or forgets it with null. Never throws. */
export function rememberOpen(id: string | null): void {
  try {
    const s = storage();
    if (id === null) s?.removeItem(KEY);
    else s?.setItem(KEY, id);
  } catch {
    // Full or refused: a reload then starts from the list, which is fine.
  }
}

/** The id of the work open last, or null. Never throws. */
export function lastOpen(): string | null {
  try {
    const id = storage()?.getItem(KEY) ?? null;
    return id === '' ? null : id;
  } catch {
    return null;
  }
}
