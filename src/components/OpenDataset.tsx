import { useEffect, useState } from 'react';

/**
 * Open a dataset from a file, by the picker or by dropping a JSON file anywhere on the page. It
 * goes through the same checks as the bundled one; if it fails, the current dataset stays.
 */
export function OpenDataset({ onFile }: { readonly onFile: (file: File) => void }) {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [onFile]);

  return (
    <>
      <label className="open-dataset">
        Open a dataset…
        <input
          type="file"
          accept=".json,.csv,.xlsx,application/json,text/csv"
          className="visually-hidden"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
      </label>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a dataset (JSON, or a TimelineJS3 JSON, CSV or Excel file) to open it
        </div>
      )}
    </>
  );
}
