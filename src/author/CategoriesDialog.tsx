import { useState } from 'react';
import type { Category } from '../data/schema';
import type { Edit } from './model/edits';
import type { WorkEvent } from './model/work';
import { Modal } from './Modal';
import type { EditResult } from './DraftEditor';

/** The dataset's categories: add, rename, recolour and remove, keeping events consistent. */
export function CategoriesDialog({
  categories,
  events,
  onEdit,
  onClose,
}: {
  readonly categories: readonly Category[];
  readonly events: readonly WorkEvent[];
  readonly onEdit: (edit: Edit) => EditResult;
  readonly onClose: () => void;
}) {
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [moveTo, setMoveTo] = useState<Record<string, string>>({});
  const run = (edit: Edit) => {
    const r = onEdit(edit);
    setMessage(r.ok ? null : r.message);
    return r.ok;
  };
  return (
    <Modal title="Categories" onClose={onClose}>
      <ul className="category-editor">
        {categories.map((c) => {
          const used = events.filter((e) => e.categories.includes(c.id)).length;
          const others = categories.filter((o) => o.id !== c.id);
          return (
            <li key={c.id}>
              <input
                type="color"
                aria-label={`Colour of ${c.label}`}
                value={c.color.length === 4 ? `#${[...c.color.slice(1)].map((x) => x + x).join('')}` : c.color}
                onChange={(e) => run({ kind: 'recolorCategory', id: c.id, color: e.target.value })}
              />
              <input
                aria-label={`Name of ${c.label}`}
                defaultValue={c.label}
                onBlur={(e) => {
                  if (
                    e.target.value.trim() !== c.label &&
                    !run({ kind: 'renameCategory', id: c.id, label: e.target.value })
                  )
                    e.target.value = c.label;
                }}
              />
              <span className="category-editor__count">
                {used} event{used === 1 ? '' : 's'}
              </span>
              {used > 0 && others.length > 0 && (
                <select
                  aria-label={`Move events of ${c.label} to`}
                  value={moveTo[c.id] ?? others[0]!.id}
                  onChange={(e) => setMoveTo({ ...moveTo, [c.id]: e.target.value })}
                >
                  {others.map((o) => (
                    <option key={o.id} value={o.id}>
                      move to {o.label}
                    </option>
                  ))}
                </select>
              )}
              <button
                type="button"
                onClick={() =>
                  run({
                    kind: 'removeCategory',
                    id: c.id,
                    ...(used && others.length ? { moveTo: moveTo[c.id] ?? others[0]!.id } : {}),
                  })
                }
              >
                Remove {c.label}
              </button>
            </li>
          );
        })}
      </ul>
      <form
        className="category-editor__add"
        onSubmit={(e) => {
          e.preventDefault();
          if (run({ kind: 'addCategory', label })) setLabel('');
        }}
      >
        <label>
          New category <input value={label} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button type="submit" disabled={!label.trim()}>
          Add category
        </button>
      </form>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
    </Modal>
  );
}
