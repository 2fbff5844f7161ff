import { lazy, Suspense, useEffect } from 'react';
import type { TimelineEvent } from '../data/dataset';
import type { QuotePlace } from '../data/quoteCheck';
import type { Category } from '../data/schema';

export interface EventDetailsProps {
  readonly event: TimelineEvent | null;
  /** Where its quote is in the article, as checked; undefined when the host does not say. */
  readonly quote?: QuotePlace | null;
  readonly categories: readonly Category[];
  readonly onClose: () => void;
}

// Not every visit opens an event: the details' code loads on the first one, or before it while
// the page is idle, so that click seldom waits.
const loadSelectedEvent = () => import('./SelectedEvent');
const SelectedEvent = lazy(loadSelectedEvent);

/** The selected event's details, or what to do to see some. */
export function EventDetails(props: EventDetailsProps) {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => void loadSelectedEvent(), { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, []);
  const { event } = props;
  if (!event) {
    return (
      <section id="event-details" className="details details--empty" aria-label="Event details">
        <p>Select an event on the timeline to read its details and the passage of the article it comes from.</p>
      </section>
    );
  }
  return (
    <Suspense
      fallback={
        <section id="event-details" className="details" aria-label="Event details" aria-busy="true">
          <p>Opening “{event.title}”…</p>
        </section>
      }
    >
      <SelectedEvent {...props} event={event} />
    </Suspense>
  );
}
