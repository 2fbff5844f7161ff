/**
 * Works kept in this browser's IndexedDB, so closing the tab loses nothing. Each save names the
 * revision it was based on; a save from a tab that has fallen behind is refused as a conflict,
 * and the other tabs hear of every change on a BroadcastChannel.
 */
import { wrap, type IDBPDatabase } from 'idb';
import type { Work } from '../model/work';
import { asRecord, revisionOf, type WorkRecord } from './record';

export { lastOpen, rememberOpen } from './openWork';
export type { WorkRecord } from './record';

const DB_NAME = 'article-timeline';
const DB_VERSION = 1;
const WORKS = 'works';
const CHANNEL = 'article-timeline-works';

/** A line of the list of works. */
export interface WorkSummary {
  readonly id: string;
  readonly name: string;
  /** UTC milliseconds. */
  readonly updatedAt: number;
  readonly eventCount: number;
  readonly draftCount: number;
}

export type SaveResult =
  | { ok: true; revision: number }
  | { ok: false; reason: 'conflict'; theirs: { work: Work; revision: number } }
  | { ok: false; reason: 'failed'; message: string };

export type WriteResult = { ok: true; revision: number } | { ok: false; message: string };

export interface StoreFailure {
  readonly ok: false;
  readonly message: string;
}

export interface Store {
  /** Every readable work, most recently changed first. */
  list(): Promise<WorkSummary[]>;
  /** The work and its revision; undefined when missing or unreadable. */
  load(id: string): Promise<{ work: Work; revision: number } | undefined>;
  /**
   * Saves `work` if the stored revision is still `baseRevision` (0 for a work never saved), as
   * revision `baseRevision + 1`. Otherwise nothing is written and the stored version comes back.
   */
  save(work: Work, baseRevision: number): Promise<SaveResult>;
  /** Renames a stored work (a new revision; `updatedAt` becomes `now`, UTC ms). */
  rename(id: string, name: string, now?: number): Promise<WriteResult>;
  /** Deletes a work and gives back what was stored, for `restore` to undo; undefined if there was none. */
  remove(id: string): Promise<WorkRecord | undefined>;
  /** Puts a removed record back, unless a work with its id has been saved since. */
  restore(record: WorkRecord): Promise<WriteResult>;
  /**
   * Calls `onChange(id, revision)` when another tab or store saves, renames or removes a work
   * (revision 0: removed). Returns the function that stops listening.
   */
  watch(onChange: (id: string, revision: number) => void): () => void;
  /** Closes the database and the channel. */
  close(): void;
}

const NOT_KEPT = "Your work can't be kept in this browser";
const DOWNLOAD = 'Download the timeline to keep it.';

function failure(why: string): StoreFailure {
  return { ok: false, message: `${NOT_KEPT} (${why}). ${DOWNLOAD}` };
}

function failedWrite(error: unknown): { ok: false; message: string } {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError')
    return {
      ok: false,
      message: `This browser has no room left to keep your work. ${DOWNLOAD} Removing old timelines frees room.`,
    };
  return { ok: false, message: `Your work could not be saved in this browser. ${DOWNLOAD}` };
}

/**
 * Opens the works database through `factory` (the page's `indexedDB` when not given; a factory
 * passed in must be of the implementation whose IDB classes are global, as idb checks requests
 * against them). Resolves to a failure, never rejects, when IndexedDB is missing, refused or
 * blocked by another tab.
 */
export async function openStore(factory?: IDBFactory): Promise<Store | StoreFailure> {
  let request: IDBOpenDBRequest;
  try {
    // Reading `indexedDB` itself throws where storage is refused (some private windows, policies).
    const idb = factory ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
    if (!idb) return failure('this browser has no IndexedDB');
    request = idb.open(DB_NAME, DB_VERSION);
  } catch {
    return failure('the browser refused to open its storage');
  }
  request.addEventListener('upgradeneeded', () => {
    const db = request.result;
    if (!db.objectStoreNames.contains(WORKS)) db.createObjectStore(WORKS, { keyPath: 'id' });
  });
  const blocked = new Promise<'blocked'>((resolve) => request.addEventListener('blocked', () => resolve('blocked')));
  try {
    const db = await Promise.race([wrap(request), blocked]);
    if (db === 'blocked') return failure('another tab holds an older version of the storage open');
    if (!db) return failure('the browser refused to open its storage');
    // A later version of the app in another tab must not be held up by this one.
    db.addEventListener('versionchange', () => db.close());
    return createStore(db);
  } catch {
    return failure('the browser refused to open its storage');
  }
}

function summaryOf({ work }: WorkRecord): WorkSummary {
  return {
    id: work.id,
    name: work.name,
    updatedAt: work.updatedAt,
    eventCount: work.events.length,
    draftCount: work.events.filter((e) => e.status === 'draft').length,
  };
}

function createStore(db: IDBPDatabase): Store {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const listeners = new Set<(id: string, revision: number) => void>();
  const notify = (id: string, revision: number) => {
    try {
      channel?.postMessage({ id, revision });
    } catch {
      // A closed channel only means other tabs are not told.
    }
  };
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { id, revision } = data as { id?: unknown; revision?: unknown };
    if (typeof id === 'string' && typeof revision === 'number') for (const f of listeners) f(id, revision);
  });

  /** Reads, decides and writes in one readwrite transaction, so no other tab can slip in between. */
  async function write<T>(id: string, decide: (stored: unknown) => { put?: WorkRecord; result: T }): Promise<T> {
    const tx = db.transaction(WORKS, 'readwrite');
    const stored: unknown = await tx.store.get(id);
    const { put, result } = decide(stored);
    if (put) await tx.store.put(put);
    await tx.done;
    return result;
  }

  return {
    async list() {
      const all: unknown[] = await db.getAll(WORKS);
      return all
        .map(asRecord)
        .filter((r): r is WorkRecord => r !== undefined)
        .map(summaryOf)
        .sort((a, b) => b.updatedAt - a.updatedAt);
    },

    async load(id) {
      try {
        const record = asRecord(await db.get(WORKS, id));
        return record && { work: record.work, revision: record.revision };
      } catch {
        return undefined;
      }
    },

    async save(work, baseRevision) {
      try {
        const result = await write<SaveResult>(work.id, (stored) => {
          const current = revisionOf(stored);
          const theirs = asRecord(stored);
          // An unreadable record cannot be anyone's work to keep: it may be overwritten.
          if (current !== baseRevision && theirs)
            return { result: { ok: false, reason: 'conflict', theirs: { work: theirs.work, revision: current } } };
          const revision = current + 1;
          return { put: { id: work.id, revision, work }, result: { ok: true, revision } };
        });
        if (result.ok) notify(work.id, result.revision);
        return result;
      } catch (error) {
        return { reason: 'failed', ...failedWrite(error) };
      }
    },

    async rename(id, name, now = Date.now()) {
      const label = name.trim();
      if (label === '') return { ok: false, message: 'The name is empty.' };
      try {
        const result = await write<WriteResult>(id, (stored) => {
          const r = asRecord(stored);
          if (!r) return { result: { ok: false, message: 'This timeline is no longer kept in this browser.' } };
          const revision = r.revision + 1;
          return {
            put: { id, revision, work: { ...r.work, name: label, updatedAt: now } },
            result: { ok: true, revision },
          };
        });
        if (result.ok) notify(id, result.revision);
        return result;
      } catch (error) {
        return failedWrite(error);
      }
    },

    async remove(id) {
      try {
        const tx = db.transaction(WORKS, 'readwrite');
        const stored: unknown = await tx.store.get(id);
        await tx.store.delete(id);
        await tx.done;
        notify(id, 0);
        return asRecord(stored);
      } catch {
        return undefined;
      }
    },

    async restore(record) {
      try {
        const result = await write<WriteResult>(record.id, (stored) =>
          stored === undefined
            ? { put: record, result: { ok: true, revision: record.revision } }
            : {
                result: { ok: false, message: 'A timeline with this name has been saved since; it was not replaced.' },
              },
        );
        if (result.ok) notify(record.id, result.revision);
        return result;
      } catch (error) {
        return failedWrite(error);
      }
    },

    watch(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },

    close() {
      listeners.clear();
      channel?.close();
      db.close();
    },
  };
}
