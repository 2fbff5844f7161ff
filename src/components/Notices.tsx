/** Things the page could not do as asked (a malformed link, say), shown until dismissed. */
export function Notices({
  notices,
  onDismiss,
}: {
  readonly notices: readonly string[];
  readonly onDismiss: () => void;
}) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
