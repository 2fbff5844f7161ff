import { useEffect, useRef, useState } from 'react';
import { download } from '../components/download';
import { slug } from '../extract/passage';
import type { EditResult } from './DraftEditor';
import { toDatasetInput, type Work } from './model/work';
import type { SaveState } from './useWork';

interface Session {
  readonly saveState: SaveState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly edit: (e: { kind: 'acceptAll' }) => EditResult;
  readonly takeTheirs: (theirs: { work: Work; revision: number }) => void;
}

/** The authoring actions over the whole timeline, and where its saving stands. */
export function AuthorBar({
  work,
  session,
  storeProblem,
  onSelectionEvent,
  onCategories,
  onDownload,
  onClose,
  focusOnOpen = false,
}: {
  readonly focusOnOpen?: boolean;
  readonly work: Work;
  readonly session: Session;
  readonly storeProblem: string | null;
  readonly onSelectionEvent: (typed: string | null) => EditResult;
  readonly onCategories: () => void;
  readonly onDownload: () => void;
  readonly onClose: () => void;
}) {
  const drafts = work.events.filter((e) => e.status === 'draft').length;
  const regionRef = useRef<HTMLDivElement>(null);
  // A new timeline takes the focus from the closed dialog, so the keyboard starts here, not at the top.
  useEffect(() => {
    if (focusOnOpen) regionRef.current?.focus();
  }, [focusOnOpen]);
  const [typing, setTyping] = useState(false);
  const [words, setWords] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const { saveState } = session;
  const quickDownload = () => {
    const r = toDatasetInput(work, { drafts: 'keep' });
    if (r.ok) download(`${JSON.stringify(r.dataset, null, 2)}\n`, `${slug(work.name)}.json`, 'application/json');
  };
  const fromSelection = (typed: string | null) => {
    const r = onSelectionEvent(typed);
    setMessage(r.ok ? null : r.message);
    if (r.ok) {
      setTyping(false);
      setWords('');
    } else if (typed === null) setTyping(true);
  };

  return (
    <div className="author-bar" role="region" aria-label="Authoring" tabIndex={-1} ref={regionRef}>
      <p className="author-bar__status" role="status">
        {drafts} of {work.events.length} events still drafts.{' '}
        {saveState.kind === 'saved' && `Saved in this browser at ${new Date(saveState.at).toLocaleTimeString()}.`}
        {saveState.kind === 'saving' && 'Saving…'}
      </p>
      <div className="author-bar__actions">
        <button type="button" onClick={session.undo} disabled={!session.canUndo} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" onClick={session.redo} disabled={!session.canRedo} aria-keyshortcuts="Control+Shift+Z">
          Redo
        </button>
        <button type="button" onClick={() => session.edit({ kind: 'acceptAll' })} disabled={drafts === 0}>
          Accept all drafts
        </button>
        <button type="button" onClick={() => fromSelection(null)}>
          New event from selection
        </button>
        <button type="button" onClick={onCategories}>
          Categories…
        </button>
        <button type="button" onClick={onDownload}>
          Download dataset
        </button>
        <button type="button" onClick={onClose}>
          Close timeline
        </button>
      </div>
      {typing && (
        <form
          className="author-bar__words"
          onSubmit={(e) => {
            e.preventDefault();
            fromSelection(words);
          }}
        >
          <label>
            Words to quote <input value={words} onChange={(e) => setWords(e.target.value)} autoFocus />
          </label>
          <button type="submit">Make event</button>
          <button type="button" onClick={() => setTyping(false)}>
            Cancel
          </button>
        </form>
      )}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      {(saveState.kind === 'unsaved' || storeProblem) && (
        <div className="notices" role="alert">
          <p>
            Your changes are not kept in this browser: {saveState.kind === 'unsaved' ? saveState.message : storeProblem}{' '}
            Download the dataset to keep them.
          </p>
          <button type="button" onClick={quickDownload}>
            Download now
          </button>
        </div>
      )}
      {saveState.kind === 'conflict' && (
        <div className="notices" role="alert">
          <p>
            This timeline was changed in another tab at {new Date(saveState.theirs.work.updatedAt).toLocaleTimeString()}
            . Changes made here are not saved until you load that version or download yours.
          </p>
          <button type="button" onClick={() => session.takeTheirs(saveState.theirs)}>
            Load the other tab’s version
          </button>
          <button type="button" onClick={quickDownload}>
            Download mine
          </button>
        </div>
      )}
    </div>
  );
}
