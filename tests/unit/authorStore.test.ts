// idb recognises requests by the global IDB classes; each test still opens its own IDBFactory.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyEdit } from '../../src/author/model/edits';
import { workFromDraft, type Work } from '../../src/author/model/work';
import { lastOpen, openStore, rememberOpen, type Store, type StoreFailure } from '../../src/author/storage/store';
import { extractDraft } from '../../src/extract/extract';
import { readSource } from '../../src/extract/source';

const ARTICLE = `Harbour towns agree new ferry link

In March, the council of Eastholm approved the budget for a new pier. Work on the pier began in April 2025.

In May, residents protested outside the town hall against the fares.
`;

function workNamed(id: string, updatedAt = 1): Work {
  const read = readSource(new TextEncoder().encode(ARTICLE), 'a.txt');
  if (!read.ok) throw new Error(read.message);
  const draft = extractDraft(read.doc, { date: '2025-06-02' });
  if (!draft.ok) throw new Error(draft.message);
  return { ...workFromDraft(draft.dataset, id, updatedAt), name: id };
}

const opened: Store[] = [];
async function open(factory: IDBFactory): Promise<Store> {
  const s = await openStore(factory);
  if (!('list' in s)) throw new Error(s.message);
  opened.push(s);
  return s;
}

afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Writes a value straight into the works store, as another program might have. */
async function putRaw(factory: IDBFactory, value: unknown) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = factory.open('article-timeline', 1);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('works', 'readwrite');
    tx.objectStore('works').put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('the works store', () => {
  it('saves and loads a work exactly, and lists it with its counts', async () => {
    const store = await open(new IDBFactory());
    const work = workNamed('harbour');
    expect(await store.save(work, 0)).toEqual({ ok: true, revision: 1 });
    expect(await store.load('harbour')).toEqual({ work, revision: 1 });
    const accepted = applyEdit(work, { kind: 'accept', id: work.events[0]!.id }, 5);
    if (!accepted.ok) throw new Error(accepted.message);
    expect(await store.save(accepted.work, 1)).toEqual({ ok: true, revision: 2 });
    expect(await store.list()).toEqual([
      {
        id: 'harbour',
        name: 'harbour',
        updatedAt: 5,
        eventCount: work.events.length,
        draftCount: work.events.length - 1,
      },
    ]);
    expect(await store.load('missing')).toBeUndefined();
  });

  it('lists the most recently changed work first', async () => {
    const store = await open(new IDBFactory());
    await store.save(workNamed('old', 10), 0);
    await store.save(workNamed('new', 30), 0);
    await store.save(workNamed('middle', 20), 0);
    expect((await store.list()).map((s) => s.id)).toEqual(['new', 'middle', 'old']);
  });

  it('refuses a save from a tab that has fallen behind, and gives back the other tab’s work', async () => {
    const factory = new IDBFactory();
    const tabA = await open(factory);
    const tabB = await open(factory);
    const work = workNamed('harbour');
    await tabA.save(work, 0);
    const loaded = await tabB.load('harbour');
    const inB = { ...loaded!.work, name: 'B’s name', updatedAt: 2 };
    expect(await tabB.save(inB, loaded!.revision)).toEqual({ ok: true, revision: 2 });
    const stale = await tabA.save({ ...work, name: 'A’s name' }, 1);
    expect(stale).toEqual({ ok: false, reason: 'conflict', theirs: { work: inB, revision: 2 } });
    expect((await tabA.load('harbour'))!.work.name).toBe('B’s name');
  });

  it('tells the other tabs of a save, a rename and a removal', async () => {
    const factory = new IDBFactory();
    const tabA = await open(factory);
    const tabB = await open(factory);
    const heard: [string, number][] = [];
    const stop = tabB.watch((id, revision) => heard.push([id, revision]));
    await tabA.save(workNamed('harbour'), 0);
    await tabA.rename('harbour', 'Ferry link', 9);
    await tabA.remove('harbour');
    await vi.waitFor(() =>
      expect(heard).toEqual([
        ['harbour', 1],
        ['harbour', 2],
        ['harbour', 0],
      ]),
    );
    stop();
  });

  it('renames, removes and restores a work', async () => {
    const store = await open(new IDBFactory());
    await store.save(workNamed('harbour'), 0);
    expect(await store.rename('harbour', '  Ferry link ', 9)).toEqual({ ok: true, revision: 2 });
    expect((await store.load('harbour'))!.work).toMatchObject({ name: 'Ferry link', updatedAt: 9 });
    expect((await store.rename('harbour', ' ')).ok).toBe(false);
    expect((await store.rename('missing', 'x')).ok).toBe(false);
    const removed = await store.remove('harbour');
    expect(removed?.revision).toBe(2);
    expect(await store.list()).toEqual([]);
    expect(await store.restore(removed!)).toEqual({ ok: true, revision: 2 });
    expect((await store.load('harbour'))!.work.name).toBe('Ferry link');
    expect((await store.restore(removed!)).ok).toBe(false);
  });

  it('reads a malformed record as missing, leaves it out of the list, and lets a save replace it', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    await store.save(workNamed('good'), 0);
    await putRaw(factory, { id: 'bad', revision: 3, work: { id: 'bad', name: 42 } });
    await putRaw(factory, { id: 'junk' });
    const moved = workNamed('moved');
    await putRaw(factory, {
      id: 'moved',
      revision: 1,
      work: { ...moved, events: [{ ...moved.events[0], quoteStart: 5 }] },
    });
    expect(await store.load('bad')).toBeUndefined();
    expect(await store.load('junk')).toBeUndefined();
    expect(await store.load('moved')).toBeUndefined();
    expect((await store.list()).map((s) => s.id)).toEqual(['good']);
    expect(await store.save(workNamed('bad'), 0)).toEqual({ ok: true, revision: 4 });
  });

  it('reports a full disk as a failed save in plain words', async () => {
    const store = await open(new IDBFactory());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const result = await store.save(workNamed('harbour'), 0);
    expect(result).toEqual({ ok: false, reason: 'failed', message: expect.stringMatching(/no room left.*Download/) });
  });

  it('fails to open, saying a download keeps the work, when IndexedDB is refused or missing', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const failed = (await openStore(refusing)) as StoreFailure;
    expect(failed).toEqual({ ok: false, message: expect.stringMatching(/can't be kept in this browser.*Download/) });
    vi.stubGlobal('indexedDB', undefined);
    expect(await openStore()).toMatchObject({ ok: false, message: expect.stringMatching(/no IndexedDB/) });
  });
});

describe('the last open work', () => {
  it('is remembered in localStorage and forgotten with null', () => {
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    });
    rememberOpen('harbour');
    expect(items.get('article-timeline:open-work')).toBe('harbour');
    expect(lastOpen()).toBe('harbour');
    rememberOpen(null);
    expect(lastOpen()).toBeNull();
  });

  it('is null, without throwing, when storage is missing or refuses', () => {
    expect(lastOpen()).toBeNull();
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(() => rememberOpen('harbour')).not.toThrow();
    expect(lastOpen()).toBeNull();
  });
});
