import { useId, type ReactNode } from 'react';
import { useModalDialog } from '../components/useModalDialog';

/** A modal dialog (the browser's own: focus kept inside, Esc closes, the page behind inert). */
export function Modal({
  title,
  onClose,
  children,
}: {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const ref = useModalDialog();
  const id = useId();
  return (
    <dialog
      ref={ref}
      className="author-dialog"
      aria-labelledby={id}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="author-form">
        <h2 id={id}>{title}</h2>
        {children}
        <div className="author-form__actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}
