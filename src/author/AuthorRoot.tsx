import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { selectionOffsets } from '../article/selection';
import { ArticleHeading } from '../components/Header';
import { TimelineView } from '../components/TimelineView';
import { parseDataset, type Dataset } from '../data/dataset';
import type { DraftDataset } from '../extract/extract';
import { AuthorBar } from './AuthorBar';
import { CategoriesDialog } from './CategoriesDialog';
import { DownloadDialog } from './DownloadDialog';
import { DraftEditor } from './DraftEditor';
import { inTextOrder, toDatasetInput, workFromDraft, type Work } from './model/work';
import { MyTimelines } from './MyTimelines';
import { NewTimelineDialog } from './NewTimelineDialog';
import { lastOpen, openStore, rememberOpen, type Store } from './storage/store';
import { useWork } from './useWork';
import './author.css';

export type AuthorRequest = { readonly kind: 'new' | 'list' | 'restore'; readonly n: number };

interface AuthorRootProps {
  readonly request: AuthorRequest;
  readonly appBar: ReactNode;
  readonly viewer: { readonly header: ReactNode; readonly main: ReactNode };
  readonly onExit: () => void;
}

type Opened = { readonly work: Work; readonly revision: number; readonly restored?: boolean };
type Dialog = 'new' | 'list' | 'categories' | 'download' | null;

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

function Authoring({
  opened,
  store,
  storeProblem,
  appBar,
  dialog,
  setDialog,
  onClose,
  children,
}: {
  readonly opened: Opened;
  readonly store: Store | null;
  readonly storeProblem: string | null;
  readonly appBar: ReactNode;
  readonly dialog: Dialog;
  readonly setDialog: (d: Dialog) => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const session = useWork(store, opened);
  const { work } = session;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [restoredNote, setRestoredNote] = useState(opened.restored === true);
  const articleRef = useRef<HTMLElement>(null);

  const dataset = useMemo((): Dataset | null => {
    const input = toDatasetInput(work, { drafts: 'keep' });
    if (!input.ok) return null;
    const parsed = parseDataset(input.dataset);
    return parsed.ok ? parsed.dataset : null;
  }, [work]);

  const selection = () => {
    const root = articleRef.current;
    const sel = window.getSelection();
    return root && sel ? selectionOffsets(root, sel) : null;
  };

  // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo, except while typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (!(e.ctrlKey || e.metaKey) || target?.closest('input, textarea, select, dialog')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) session.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') session.redo();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [session]);

  const ordered = useMemo(() => inTextOrder(work.events), [work]);
  const bar = (
    <AuthorBar
      focusOnOpen={!opened.restored}
      work={work}
      session={session}
      storeProblem={storeProblem}
      onSelectionEvent={(words) => {
        const at = selection();
        const span = at ?? (words ? findOnce(work.source.text, words) : null);
        if (!span) return { ok: false, message: 'Select words in the article, or type words that occur once in it.' };
        const result = session.edit({ kind: 'addFromSelection', start: span.start, end: span.end });
        if (result.ok) window.getSelection()?.removeAllRanges();
        return result;
      }}
      onCategories={() => setDialog('categories')}
      onDownload={() => setDialog('download')}
      onClose={onClose}
    />
  );

  return (
    <div className="page">
      <header className="page-header">
        {appBar}
        {dataset && <ArticleHeading source={dataset.source} />}
      </header>
      <main className="view">
        {restoredNote && (
          <div className="notices" role="status">
            <p>
              Restored “{work.name}”, as last saved at {new Date(work.updatedAt).toLocaleTimeString()}.
            </p>
            <button type="button" onClick={() => setRestoredNote(false)}>
              Dismiss
            </button>
          </div>
        )}
        {bar}
        {dataset ? (
          <TimelineView
            dataset={dataset}
            fromUrl={false}
            selectedId={selectedId}
            onSelect={setSelectedId}
            articleRef={articleRef}
            articleMark={(e) => {
              if (!e.dateText) return null;
              const at = e.quote.indexOf(e.dateText);
              return at < 0 ? null : { start: e.quoteStart + at, end: e.quoteStart + at + e.dateText.length };
            }}
            renderDetails={(event, close) =>
              event ? (
                <DraftEditor
                  key={`${event.id}:${work.updatedAt}`}
                  event={event}
                  categories={work.categories}
                  others={dataset.events.filter((o) => o.id !== event.id)}
                  onEdit={(edit) => {
                    const result = session.edit(edit);
                    if (result.ok && (edit.kind === 'reject' || edit.kind === 'accept')) {
                      const i = ordered.findIndex((o) => o.id === event.id);
                      const next = ordered.slice(i + 1).find((o) => o.status === 'draft') ?? null;
                      setSelectedId(edit.kind === 'reject' ? null : (next?.id ?? event.id));
                    }
                    return result;
                  }}
                  onClose={close}
                  splitPoint={() => {
                    const s = selection();
                    return s && s.start > event.quoteStart && s.start < event.quoteStart + event.quote.length
                      ? s.start
                      : null;
                  }}
                />
              ) : (
                <section id="event-details" className="details details--empty" aria-label="Event details">
                  <p>Select a draft on the timeline or in the list to check it against its passage.</p>
                </section>
              )
            }
          />
        ) : (
          <p className="notices" role="status">
            No events are left in this timeline. Undo, or open another timeline.
          </p>
        )}
      </main>
      {dialog === 'categories' && (
        <CategoriesDialog
          categories={work.categories}
          events={work.events}
          onEdit={session.edit}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'download' && <DownloadDialog work={work} onClose={() => setDialog(null)} />}
      {children}
    </div>
  );
}

function findOnce(text: string, words: string): { start: number; end: number } | null {
  const w = words.trim();
  const at = text.indexOf(w);
  return w && at >= 0 && text.indexOf(w, at + 1) < 0 ? { start: at, end: at + w.length } : null;
}
