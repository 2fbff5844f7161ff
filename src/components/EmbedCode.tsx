import { useId, useState } from 'react';
import { useModalDialog } from './useModalDialog';

/** The page's address for an iframe: the same view, in the compact embed layout. */
export function embedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '');
  return url.href.replace(/([?&])embed=(&|$)/, '$1embed$2');
}

/** A copyable `<iframe>` snippet for the current view. */
export function embedSnippet(href: string, title: string): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(embedUrl(href))}" title="${attr(`Timeline: ${title}`)}" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** "Embed code…": the snippet, selected and ready to copy. */
export function EmbedCode({ title, onClose }: { readonly title: string; readonly onClose: () => void }) {
  const ref = useModalDialog();
  const id = useId();
  const [status, setStatus] = useState('');
  const [snippet] = useState(() => embedSnippet(window.location.href, title));
  return (
    <dialog
      ref={ref}
      className="embed-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>Embed code</h2>
      <p>Paste this into a page to show this view of the timeline, with its filters and details.</p>
      <label htmlFor={`${id}-code`}>Embed code</label>
      <textarea id={`${id}-code`} readOnly value={snippet} rows={5} onFocus={(e) => e.target.select()} />
      <p role="status">{status}</p>
      <div className="embed-dialog__actions">
        <button
          type="button"
          onClick={() => {
            if (!navigator.clipboard) return setStatus('Select the code and copy it.');
            void navigator.clipboard.writeText(snippet).then(
              () => setStatus('Copied.'),
              () => setStatus('Copying was refused: select the code and copy it.'),
            );
          }}
        >
          Copy
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
