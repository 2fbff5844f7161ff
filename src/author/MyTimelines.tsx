import { useEffect, useState } from 'react';
import type { Store, WorkSummary } from './storage/store';
import { Modal } from './Modal';

type Removed = Awaited<ReturnType<Store['remove']>>;

/** The timelines kept in this browser: open, rename, delete (with undo). */
export function MyTimelines({
  store,
  currentId,
  onOpen,
  onClose,
}: {
  readonly store: Store;
  readonly currentId: string | null;
  readonly onOpen: (id: string) => void;
  readonly onClose: () => void;
}) {
  const [list, setList] = useState<readonly WorkSummary[] | null>(null);
  const [removed, setRemoved] = useState<{ name: string; record: Removed } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void store.list().then((l) => live && setList(l));
    return () => {
      live = false;
    };
  }, [store, version]);
  const refresh = () => setVersion((v) => v + 1);

  return (
    <Modal title="My timelines" onClose={onClose}>
      {list === null ? (
        <p role="status">Reading the timelines kept in this browser…</p>
      ) : list.length === 0 ? (
        <p>No timeline is kept in this browser yet. Make one with “New timeline from an article”.</p>
      ) : (
        <ul className="my-timelines">
          {list.map((w) => (
            <li key={w.id}>
              <input
                aria-label={`Name of ${w.name}`}
                defaultValue={w.name}
                onBlur={(e) => {
                  const name = e.target.value.trim();
                  if (name && name !== w.name) void store.rename(w.id, name).then(refresh);
                  else e.target.value = w.name;
                }}
              />
              <span className="my-timelines__meta">
                {w.eventCount} events, {w.draftCount} drafts · changed {new Date(w.updatedAt).toLocaleString()}
              </span>
              <button type="button" onClick={() => onOpen(w.id)} disabled={w.id === currentId}>
                {w.id === currentId ? 'Open now' : `Open ${w.name}`}
              </button>
              <button
                type="button"
                disabled={w.id === currentId}
                onClick={() =>
                  void store.remove(w.id).then((record) => {
                    setRemoved({ name: w.name, record });
                    refresh();
                  })
                }
              >
                Delete {w.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {removed && (
        <p role="status" className="my-timelines__undo">
          Deleted “{removed.name}”.{' '}
          <button
            type="button"
            onClick={() => {
              if (removed.record) void store.restore(removed.record).then(refresh);
              setRemoved(null);
            }}
          >
            Undo delete
          </button>
        </p>
      )}
    </Modal>
  );
}
