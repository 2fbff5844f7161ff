import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Authoring, type Dialog, type Opened } from './Authoring';
import type { DraftDataset } from '../extract/extract';
import { workFromDraft } from './model/work';
import { MyTimelines } from './MyTimelines';
import { NewTimelineDialog } from './NewTimelineDialog';
import { lastOpen, openStore, rememberOpen, type Store } from './storage/store';
import './author.css';

export type AuthorRequest = { readonly kind: 'new' | 'list' | 'restore'; readonly n: number };

interface AuthorRootProps {
  readonly request: AuthorRequest;
  readonly appBar: ReactNode;
  readonly viewer: { readonly header: ReactNode; readonly main: ReactNode };
  readonly onExit: () => void;
}

const newId = () =>
  crypto.randomUUID ? crypto.randomUUID() : `w${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

/**
 * Authoring, loaded on demand: the dialogs, and a timeline being checked in place of the viewer.
 * Until a timeline is open, the viewer stays as it was underneath.
 */
export default function AuthorRoot({ request, appBar, viewer, onExit }: AuthorRootProps) {
  const [store, setStore] = useState<Store | null>(null);
  const [storeProblem, setStoreProblem] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  useEffect(() => {
    let live = true;
    void openStore().then((s) => {
      if (!live) return;
      if ('list' in s) setStore(s);
      else setStoreProblem(s.message);
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, []);

  // A button in the app bar opens its dialog (state adjusted while rendering, as React advises
  // for a changed prop, not in an effect).
  const [seen, setSeen] = useState<number | null>(null);
  if (request.n !== seen) {
    setSeen(request.n);
    if (request.kind !== 'restore') setDialog(request.kind);
  }

  // A reload that finds a timeline open opens it again.
  useEffect(() => {
    if (!ready || request.kind !== 'restore') return;
    const id = lastOpen();
    if (!store || !id) return onExit();
    void store.load(id).then((found) => (found ? setOpened({ ...found, restored: true }) : onExit()));
  }, [request, ready, store, onExit]);

  const open = useCallback(
    async (dataset: DraftDataset) => {
      const work = workFromDraft(dataset, newId(), Date.now());
      setDialog(null);
      if (store) {
        const saved = await store.save(work, 0);
        setOpened({ work, revision: saved.ok ? saved.revision : 0 });
      } else setOpened({ work, revision: 0 });
      rememberOpen(work.id);
    },
    [store],
  );

  const closeDialog = () => {
    setDialog(null);
    if (!opened) onExit();
  };

  const dialogs = (
    <>
      {dialog === 'new' && <NewTimelineDialog onExtracted={(d) => void open(d)} onClose={closeDialog} />}
      {dialog === 'list' && store && (
        <MyTimelines
          store={store}
          currentId={opened?.work.id ?? null}
          onOpen={(id) =>
            void store.load(id).then((found) => {
              if (!found) return;
              setOpened(found);
              rememberOpen(id);
              setDialog(null);
            })
          }
          onClose={closeDialog}
        />
      )}
    </>
  );
  const storageNotice = storeProblem && (
    <p className="notices" role="alert">
      {storeProblem}
    </p>
  );

  if (!opened) {
    return (
      <div className="page">
        <header className="page-header">
          {appBar}
          {viewer.header}
        </header>
        <main className="view">
          {storageNotice}
          {dialog === 'list' && !store && ready && <p className="notices">No timeline can be kept in this browser.</p>}
          {viewer.main}
        </main>
        {dialogs}
      </div>
    );
  }
  return (
    <Authoring
      key={opened.work.id}
      opened={opened}
      store={store}
      storeProblem={storeProblem}
      appBar={appBar}
      dialog={dialog}
      setDialog={setDialog}
      onClose={() => {
        rememberOpen(null);
        setOpened(null);
        onExit();
      }}
    >
      {dialogs}
    </Authoring>
  );
}
