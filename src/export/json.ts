import type { Dataset, TimelineEvent } from '../data/dataset';
import type { DatasetInput, EventInput } from '../data/schema';

/** An event's fields in the dataset format, without what the viewer computed from them. */
export function eventInput(e: TimelineEvent): EventInput {
  return {
    id: e.id,
    title: e.title,
    date: e.date,
    categories: e.categories,
    actors: e.actors,
    attribution: e.attribution,
    quote: e.quote,
    ...(e.note !== undefined ? { note: e.note } : {}),
    ...(e.links !== undefined ? { links: e.links } : {}),
    ...(e.status !== undefined ? { status: e.status } : {}),
    ...(e.dateText !== undefined ? { dateText: e.dateText } : {}),
    ...(e.dateSource !== undefined ? { dateSource: e.dateSource } : {}),
    ...(e.confidence !== undefined ? { confidence: e.confidence } : {}),
  };
}

/** Events in the dataset format itself, so an export can be loaded again. */
export function eventsToDatasetJson(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const out: DatasetInput = {
    source: dataset.source,
    categories: [...dataset.categories],
    events: events.map(eventInput),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
