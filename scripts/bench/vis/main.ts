/**
 * The benchmark's baseline: vis-timeline showing a dataset in our format, fetched from
 * `?data=<url>`. Day-precision dates are points; months, years and intervals are ranges. Marks
 * `timeline-ready` like the app does, in the frame after vis-timeline's initial draw.
 */
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataItem } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { edtfBounds, parseEdtf } from '../../../src/data/edtf';

interface RawEvent {
  readonly id: string;
  readonly title: string;
  readonly date: string;
}

function isRawEvent(x: unknown): x is RawEvent {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.title === 'string' && typeof e.date === 'string';
}

function eventsOf(json: unknown): RawEvent[] {
  const events = typeof json === 'object' && json !== null ? (json as { events?: unknown }).events : undefined;
  if (!Array.isArray(events) || !events.every(isRawEvent)) throw new Error('the dataset has no valid "events" list');
  return events;
}

/** Our events as vis items. Open or unknown interval ends run to the data's edge, as in the app. */
export function toVisItems(events: readonly RawEvent[]): DataItem[] {
  const parsed = events.map((e) => {
    const r = parseEdtf(e.date);
    if (!r.ok) throw new Error(`event ${e.id}: ${r.error}`);
    return { e, edtf: r.value, bounds: edtfBounds(r.value) };
  });
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (const { bounds } of parsed) {
    for (const ms of [bounds.startMs, bounds.endMs]) {
      if (ms === null) continue;
      minMs = Math.min(minMs, ms);
      maxMs = Math.max(maxMs, ms);
    }
  }
  return parsed.map(({ e, edtf, bounds }): DataItem => {
    const startMs = bounds.startMs ?? minMs;
    const point = edtf.type === 'date' && (edtf.precision === 'day' || edtf.precision === 'time');
    if (point) return { id: e.id, content: e.title, start: new Date(startMs), type: 'point' };
    return {
      id: e.id,
      content: e.title,
      start: new Date(startMs),
      end: new Date(bounds.endMs ?? maxMs),
      type: 'range',
    };
  });
}

async function main(): Promise<void> {
  const status = document.getElementById('status')!;
  const url = new URLSearchParams(location.search).get('data');
  if (!url) throw new Error('no ?data= given');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}: ${response.status}`);
  const items = toVisItems(eventsOf(await response.json()));
  status.textContent = `${items.length} events`;
  new Timeline(document.getElementById('timeline-plot')!, new DataSet(items), {
    // Drawn and answering input at once: both marks in the same frame.
    onInitialDrawComplete: () =>
      requestAnimationFrame(() => {
        performance.mark('timeline-ready');
        performance.mark('timeline-interactive');
      }),
  });
}

main().catch((error: unknown) => {
  document.getElementById('status')!.textContent = `Failed: ${String(error)}`;
  throw error;
});
