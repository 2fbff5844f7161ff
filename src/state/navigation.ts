import type { TimelineEvent } from '../data/dataset';

/**
 * Moving the selection through events in time order. With nothing selected, "next" starts at the
 * first event and "previous" at the last. Returns null at either end.
 */
export function stepSelection(
  events: readonly Pick<TimelineEvent, 'id'>[],
  selectedId: string | null,
  direction: 1 | -1,
): string | null {
  if (events.length === 0) return null;
  const i = selectedId === null ? -1 : events.findIndex((e) => e.id === selectedId);
  if (i < 0) return (direction === 1 ? events[0] : events[events.length - 1])!.id;
  return events[i + direction]?.id ?? null;
}
