import { useEffect, useRef } from 'react';

/**
 * A `<dialog>` shown as the browser's modal from its first render: focus moves into it and stays,
 * the page behind is inert. Esc comes as its `cancel` event, which the caller decides about.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return ref;
}
