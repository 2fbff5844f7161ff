import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../data/dataset';
import { CategoryTags } from './CategoryTags';
import type { EventDetailsProps } from './EventDetails';

/** Where a drafted date came from, as the details say it. */
const DATE_SOURCE: Record<NonNullable<TimelineEvent['dateSource']>, string> = {
  sentence: 'in the passage',
  heading: 'a heading above it',
  framing: 'the year the article is about',
  'document date': "the article's date",
};

/** What the details say of a quote that is not where the article has it once. */
const QUOTE_PROBLEM = {
  'not-found': 'This quote is not in the article: its text has no such passage, so nothing is highlighted.',
  'more-than-once':
    'This quote is in the article more than once, so which passage it reports is unclear, and nothing is highlighted.',
} as const;

/**
 * The details of the selected event: what, when, who says so, and the passage it comes from.
 * Loaded when first needed (or while the page is idle), not with the page: see EventDetails.
 */
export default function SelectedEvent({
  event,
  quote,
  categories,
  onClose,
}: EventDetailsProps & { readonly event: TimelineEvent }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!event) return;
    // Move focus to the details so a screen reader announces them; Esc brings it back.
    headingRef.current?.focus({ preventScroll: true });
    sectionRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [event]);

  const byId = new Map(categories.map((c) => [c.id, c]));
  const draft = event.status === 'draft';
  return (
    <section
      ref={sectionRef}
      id="event-details"
      className={draft ? 'details is-draft' : 'details'}
      aria-labelledby="details-title"
    >
      <div className="details__head">
        <h2 id="details-title" ref={headingRef} tabIndex={-1}>
          {event.title}
        </h2>
        <button type="button" className="details__close" onClick={onClose} title="Close (Esc)">
          Close
        </button>
      </div>
      {draft && (
        <p className="details__status">
          <span className="draft-badge">Draft</span> Drafted by a program; not yet checked by a person.
        </p>
      )}
      <p className="details__date">
        <span className={`shape-icon shape-icon--${event.shape}`} aria-hidden="true" />
        {event.dateLabel}
        <span className="details__edtf"> (EDTF {event.date})</span>
      </p>
      <dl className="details__facts">
        <dt>Categories</dt>
        <dd>
          <ul className="tags">
            <CategoryTags ids={event.categories} byId={byId} as="li" />
          </ul>
        </dd>
        <dt>Actors</dt>
        <dd>{event.actors.length ? event.actors.join(', ') : 'Not named in the article'}</dd>
        <dt>Claim attributed to</dt>
        <dd>{event.attribution}</dd>
        {event.dateText !== undefined && (
          <>
            <dt>Date read from</dt>
            <dd>
              “{event.dateText}”{event.dateSource ? ` (${DATE_SOURCE[event.dateSource]})` : ''}
              {event.confidence !== undefined && `, ${Math.round(event.confidence * 100)}% sure`}
            </dd>
          </>
        )}
        {event.note && (
          <>
            <dt>Note</dt>
            <dd>{event.note}</dd>
          </>
        )}
        {event.links && event.links.length > 0 && (
          <>
            <dt>Links</dt>
            <dd>
              <ul className="details__links">
                {event.links.map((l) => (
                  <li key={l.url}>
                    {/* Only http(s) addresses pass the schema; opened apart, telling nothing of this page. */}
                    <a href={l.url} target="_blank" rel="noopener noreferrer">
                      {l.label}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <figure className="details__quote">
        <figcaption>Source passage</figcaption>
        <blockquote>{event.quote}</blockquote>
        {quote && quote.status !== 'found' && <p className="details__status">{QUOTE_PROBLEM[quote.status]}</p>}
        {quote?.status === 'found' && quote.checkedAlone && (
          <p className="details__status">
            Its quote had not been checked yet, so it was checked on opening: it is in the article, once.
          </p>
        )}
      </figure>
    </section>
  );
}
