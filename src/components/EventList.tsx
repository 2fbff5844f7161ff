import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../data/dataset';
import type { Category } from '../data/schema';
import { CategoryTags } from './CategoryTags';
import { Highlighted } from './Highlighted';

interface EventListProps {
  /** The events in the current window that pass the filters and search, in time order. */
  readonly events: readonly TimelineEvent[];
  readonly totalShown: number;
  readonly categories: readonly Category[];
  readonly selectedId: string | null;
  readonly query: string;
  readonly onSelect: (id: string) => void;
}

const MAX_ROWS = 300;

/**
 * The events in view as a time-ordered list: a way to read everything at once, and the
 * screen-reader alternative to the plot. Selecting here selects on the timeline, and back.
 */
export function EventList({ events, totalShown, categories, selectedId, query, onSelect }: EventListProps) {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const list = listRef.current;
    const row = list?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!list || !row) return;
    const top = row.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + row.offsetHeight > list.scrollTop + list.clientHeight)
      list.scrollTo?.({ top: Math.max(0, top - list.clientHeight / 3) });
  }, [selectedId]);

  return (
    <section className="event-list" aria-labelledby="list-heading">
      <h2 id="list-heading">
        Events in view{' '}
        <span className="event-list__count">
          ({events.length} of {totalShown})
        </span>
      </h2>
      {events.length === 0 ? (
        <p className="event-list__empty">No events in this window. Zoom out or change the filters.</p>
      ) : (
        <ol ref={listRef} className="event-list__items" tabIndex={-1}>
          {events.slice(0, MAX_ROWS).map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className={e.status === 'draft' ? 'is-draft' : undefined}
                aria-current={e.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(e.id)}
              >
                <span className="event-list__date">{e.dateLabel}</span>
                <span className="event-list__title">
                  {/* Inside the button, so its name says "Draft" too. */}
                  {e.status === 'draft' && <span className="draft-badge">Draft</span>}
                  <Highlighted text={e.title} query={query} />
                </span>
                <span className="event-list__cats">
                  <CategoryTags ids={e.categories} byId={byId} />
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {events.length > MAX_ROWS && (
        <p className="event-list__more">…and {events.length - MAX_ROWS} more in this window; zoom in to list them.</p>
      )}
    </section>
  );
}
