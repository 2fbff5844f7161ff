import type { DatasetInput, EventInput } from '../data/schema';

/** A web address an imported event points to: never embedded, only linked. Always http(s). */
export interface ImportedLink {
  readonly url: string;
  readonly label: string;
}

/**
 * An event as the importers write it: the dataset's event plus the links its source gave
 * (anchors in its text, its media). `links` is not in the dataset schema yet; valibot's object
 * schema drops unknown keys, so a dataset carrying it still validates today.
 */
export type ImportedEvent = EventInput & { links?: ImportedLink[] };

export type ImportedDataset = Omit<DatasetInput, 'events'> & { events: ImportedEvent[] };

/**
 * What a converter makes of a file. `notices` name, with the reason, every event of the file
 * that is not in the dataset (and any that were changed on the way in). A failure may carry
 * notices too: when no event at all could be shown, they say why each was left out.
 */
export type ImportResult =
  | { ok: true; format: string; dataset: ImportedDataset; notices: string[] }
  | { ok: false; message: string; notices?: string[] };

/** The line a person reads first: "Recognised a TimelineJS3 JSON timeline: 23 events". */
export function summaryLine(result: ImportResult): string {
  if (!result.ok) return result.message;
  const n = result.dataset.events.length;
  return `Recognised a ${result.format}: ${n} event${n === 1 ? '' : 's'}`;
}
