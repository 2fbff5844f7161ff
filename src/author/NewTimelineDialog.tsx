import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { DraftDataset } from '../extract/extract';
import { MAX_SOURCE_BYTES } from '../extract/source';
import { dateNeed, readArticleBytes, readPastedText } from './readArticle';
import { useExtraction } from './useExtraction';
import { useModalDialog } from '../components/useModalDialog';

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/**
 * "New timeline from an article": paste or open an article, give or confirm its title and date,
 * and extract draft events in a worker. A bad file says what is wrong and leaves the fields as
 * they were.
 */
export function NewTimelineDialog({
  onExtracted,
  onClose,
}: {
  readonly onExtracted: (dataset: DraftDataset) => void;
  readonly onClose: () => void;
}) {
  const ref = useModalDialog();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [fileName, setFileName] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const { state, start, cancel } = useExtraction(onExtracted);
  const id = useId();

  const deferred = useDeferredValue(text);
  const need = useMemo(() => {
    if (!deferred.trim()) return null;
    const read = readPastedText(deferred);
    return read.ok ? dateNeed(read.doc) : null;
  }, [deferred]);

  const openFile = async (file: File) => {
    // A 50 MB file is refused by its size, without reading it first.
    const bytes = file.size > MAX_SOURCE_BYTES ? new Uint8Array(file.size) : new Uint8Array(await file.arrayBuffer());
    const read = readArticleBytes(bytes, file.name);
    if (!read.ok) {
      setProblem(read.message);
      return;
    }
    setProblem(null);
    setText(read.doc.text);
    setFileName(file.name);
    if (read.doc.title) setTitle(read.doc.title);
    const stated = dateNeed(read.doc).stated;
    if (stated && /^\d{4}-\d{2}-\d{2}$/.test(stated.value) && stated.source !== 'flag') setDate(stated.value);
  };

  const extract = () => {
    const read = readPastedText(text);
    if (!read.ok) {
      setProblem(read.message.replace('pasted.txt', 'The article text').replace('pasted.html', 'The article text'));
      return;
    }
    setProblem(null);
    const doc = title.trim() ? { ...read.doc, title: title.trim() } : read.doc;
    start({ doc, ...(date ? { date } : {}), ...(fileName ? { fileName } : {}) });
  };

  const running = state.phase === 'running';
  const dateHint = !need
    ? 'Optional. Relative dates ("last July", "on Friday") are read against it.'
    : need.relative.length && !need.stated
      ? `Needed: the article says ${need.relative.map((r) => `“${r}”`).join(', ')}, which only a date can place. Without one these stay open.`
      : need.stated
        ? `The article states ${need.stated.value} (${need.stated.source === 'framing' ? 'the year it is about' : `from its ${need.stated.source}`}); give a day to read relative dates against it.`
        : 'Optional: every date in the article is written in full.';

  return (
    <dialog
      ref={ref}
      className="author-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        // Esc stops a running extraction first; a second Esc closes the dialog.
        e.preventDefault();
        if (running) cancel();
        else onClose();
      }}
      onDragOver={(e) => {
        if (![...e.dataTransfer.types].includes('Files')) return;
        e.preventDefault();
        e.stopPropagation();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        e.stopPropagation();
        setDragging(false);
        void openFile(file);
      }}
    >
      <form
        method="dialog"
        className={`author-form${dragging ? ' author-form--dragging' : ''}`}
        onSubmit={(e) => {
          e.preventDefault();
          extract();
        }}
      >
        <h2 id={`${id}-title`}>New timeline from an article</h2>
        <p className="author-form__hint">
          Paste the article, or open or drop a .txt, .md or .html file. Nothing leaves this browser.
        </p>
        <label htmlFor={`${id}-text`}>Article text</label>
        <textarea
          id={`${id}-text`}
          value={text}
          rows={10}
          onChange={(e) => {
            setText(e.target.value);
            setFileName(undefined);
          }}
          disabled={running}
        />
        <label className="author-form__file">
          Open a file…
          <input
            type="file"
            accept={ACCEPT}
            className="visually-hidden"
            disabled={running}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void openFile(file);
              e.target.value = '';
            }}
          />
        </label>
        <label htmlFor={`${id}-name`}>Title</label>
        <input id={`${id}-name`} value={title} onChange={(e) => setTitle(e.target.value)} disabled={running} />
        <label htmlFor={`${id}-date`}>Article date</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          aria-describedby={`${id}-date-hint`}
          disabled={running}
        />
        <p id={`${id}-date-hint`} className="author-form__hint">
          {dateHint}
        </p>
        {problem && (
          <p className="author-form__error" role="alert">
            {problem}
          </p>
        )}
        {state.phase === 'failed' && (
          <p className="author-form__error" role="alert">
            {state.message}
          </p>
        )}
        {running && (
          <p className="author-form__progress" role="status">
            <progress aria-label="Extracting events" /> Extracting events… Esc cancels.
          </p>
        )}
        <div className="author-form__actions">
          <button type="button" onClick={running ? cancel : onClose}>
            {running ? 'Cancel extraction' : 'Cancel'}
          </button>
          <button type="submit" className="primary" disabled={running || !text.trim()}>
            Extract events
          </button>
        </div>
      </form>
    </dialog>
  );
}
