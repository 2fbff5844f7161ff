import { useState } from 'react';
import { download } from '../components/download';
import { slug } from '../extract/passage';
import { toDatasetInput, type Work } from './model/work';
import { Modal } from './Modal';

/** Saves the timeline as a dataset file the viewer opens, with unchecked drafts left out or kept. */
export function DownloadDialog({ work, onClose }: { readonly work: Work; readonly onClose: () => void }) {
  const drafts = work.events.filter((e) => e.status === 'draft').length;
  const [mode, setMode] = useState<'keep' | 'leave-out'>('keep');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Modal title="Download dataset" onClose={onClose}>
      <p>
        {work.events.length} events, {drafts} of them unchecked drafts.
      </p>
      <fieldset>
        <legend>Unchecked drafts</legend>
        <label className="editor__check">
          <input type="radio" name="drafts" checked={mode === 'keep'} onChange={() => setMode('keep')} /> Keep them,
          marked as drafts
        </label>
        <label className="editor__check">
          <input type="radio" name="drafts" checked={mode === 'leave-out'} onChange={() => setMode('leave-out')} />{' '}
          Leave them out
        </label>
      </fieldset>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <button
        type="button"
        className="primary"
        onClick={() => {
          const result = toDatasetInput(work, { drafts: mode });
          if (!result.ok) return setProblem(result.message);
          download(`${JSON.stringify(result.dataset, null, 2)}\n`, `${slug(work.name)}.json`, 'application/json');
          onClose();
        }}
      >
        Download JSON
      </button>
    </Modal>
  );
}
