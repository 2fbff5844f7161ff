import { markMatches } from '../state/search';

/** Text with the search's words marked. */
export function Highlighted({ text, query }: { readonly text: string; readonly query: string }) {
  return (
    <>
      {markMatches(text, query).map((p, i) =>
        p.match ? (
          <mark key={i} className="search-hit">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
