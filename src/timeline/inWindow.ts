/**
 * The events that overlap the window [startMs, endMs) (UTC ms), in their order. `extent` holds
 * every event's dates (a dataset's extent does); a window around all of it (the fit view, where a
 * dataset opens) holds every event, and gets the list itself, with no pass over it.
 */
export function eventsInWindow<T extends { readonly startMs: number; readonly endMs: number }>(
  events: readonly T[],
  extent: { readonly startMs: number; readonly endMs: number },
  startMs: number,
  endMs: number,
): readonly T[] {
  if (startMs < extent.startMs && endMs > extent.endMs) return events;
  return events.filter((e) => e.startMs < endMs && e.endMs > startMs);
}
