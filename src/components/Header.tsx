import { formatEdtfForDisplay } from '../data/displayDate';
import { parseEdtf } from '../data/edtf';
import { NOT_STATED, type SourceInput } from '../data/schema';
import { Fold } from './Fold';

/**
 * The article's headline and byline, and whose account the events are. On a narrow screen the
 * framing note folds away behind a summary, so the timeline is on the first screen.
 */
export function ArticleHeading({ source }: { readonly source: SourceInput }) {
  const stated = (s: string | undefined) => (s && s !== NOT_STATED ? s : '');
  const dated =
    source.documentDate && source.documentDate.source !== 'framing' ? parseEdtf(source.documentDate.value) : null;
  const byline = [
    stated(source.author) && `By ${source.author}`,
    stated(source.publisher),
    source.dateline,
    dated?.ok ? `dated ${formatEdtfForDisplay(dated.value)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <h1>{source.title}</h1>
      <p className="page-header__byline">{byline}</p>
      <Fold summary="Whose account these events are">
        <p className="page-header__framing">
          Events are shown as the article reports them, dated only as precisely as it dates them.{' '}
          {source.framing ?? 'Each event says whose claim it is.'}
        </p>
      </Fold>
    </>
  );
}
