import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { selectionOffsets } from '../article/selection';
import { ArticleHeading } from '../components/Header';
import { TimelineView } from '../components/TimelineView';
import type { Dataset } from '../data/dataset';
import { AuthorBar } from './AuthorBar';
import { CategoriesDialog } from './CategoriesDialog';
import { DownloadDialog } from './DownloadDialog';
import { DraftEditor } from './DraftEditor';
import { inTextOrder, toDatasetInput, type Work } from './model/work';
import type { Store } from './storage/store';
import { useWork } from './useWork';

/** A work opened for checking, at the revision it was read at; `restored` when a reload reopened it. */
export type Opened = { readonly work: Work; readonly revision: number; readonly restored?: boolean };
export type Dialog = 'new' | 'list' | 'categories' | 'download' | null;

/**
 * One timeline being checked: the authoring bar, the viewer's timeline with the editor in place
 * of the details, and the dialogs for categories and download.
 */
export function Authoring({
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
    return input.ok ? input.viewed : null;
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
