import type { Dataset, TimelineEvent } from '../data/dataset';
import type { DatasetInput, EventInput } from '../data/schema';

/** Events in the dataset format itself, so an export can be loaded again. */
export function eventsToDatasetJson(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const out: DatasetInput = {
    source: dataset.source,
    categories: [...dataset.categories],
    events: events.map((e): EventInput => ({
      id: e.id,
      title: e.title,
      date: e.date,
      categories: e.categories,
      actors: e.actors,
      attribution: e.attribution,
      quote: e.quote,
      ...(e.note !== undefined ? { note: e.note } : {}),
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
