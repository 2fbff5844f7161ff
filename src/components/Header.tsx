import type { SourceInput } from '../data/schema';

/** The article's headline and byline, and whose account the events are. */
export function ArticleHeading({ source }: { readonly source: SourceInput }) {
  const byline = [source.author && `By ${source.author}`, source.publisher, source.dateline]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <h1>{source.title}</h1>
      <p className="page-header__byline">{byline}</p>
      <p className="page-header__framing">
        Events are shown as the article reports them, dated only as precisely as it dates them.{' '}
        {source.framing ?? 'Each event says whose claim it is.'}
      </p>
    </>
  );
}
