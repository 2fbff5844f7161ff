import { useState } from 'react';
import type { Dataset, TimelineEvent } from '../data/dataset';
import { formatRangeForDisplay } from '../timeline/rangeLabel';
import type { RenderModel } from '../timeline/renderModel';
import { download, svgToPng } from './download';

export interface ExportMenuProps {
  readonly dataset: Dataset;
  /** The events in the current window that pass the filters and search. */
  readonly events: readonly TimelineEvent[];
  readonly model: RenderModel;
  /** Opens the embed code for the current view. */
  readonly onEmbed?: () => void;
}

function baseName(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'timeline'
  );
}

/**
 * The export menu's actions: the visible events as CSV or JSON (loadable again), the timeline as
 * SVG or PNG, TimelineJS3's formats, the embed code. Loaded when the menu is first opened.
 */
export default function ExportActions({ dataset, events, model, onEmbed }: ExportMenuProps) {
  const [status, setStatus] = useState('');
  const name = baseName(dataset.source.title);
  const caption = `${events.length} events, ${formatRangeForDisplay(model.viewStartMs, model.viewEndMs)}. As reported by ${dataset.source.publisher}; each event's source passage is in the JSON export.`;
  // The exporters load when a person asks for one: not every visit exports.
  const svg = () =>
    import('../export/svg').then(({ timelineSvg }) => timelineSvg(model, dataset.source.title, caption));
  const done = (what: string) => setStatus(`Saved ${what}.`);

  return (
    <div className="export__menu">
      <p className="export__hint">The {events.length} events in view, as filtered:</p>
      <button
        type="button"
        onClick={() =>
          void import('../export/csv').then(({ eventsToCsv }) => {
            download(eventsToCsv(events, dataset.categories), `${name}.csv`, 'text/csv');
            done('CSV');
          })
        }
      >
        Events as CSV
      </button>
      <button
        type="button"
        onClick={() =>
          void import('../export/json').then(({ eventsToDatasetJson }) => {
            download(eventsToDatasetJson(dataset, events), `${name}.json`, 'application/json');
            done('JSON');
          })
        }
      >
        Events as JSON (loadable)
      </button>
      <button
        type="button"
        onClick={() =>
          void svg().then((text) => {
            download(text, `${name}.svg`, 'image/svg+xml');
            done('SVG');
          })
        }
      >
        Timeline as SVG
      </button>
      <button
        type="button"
        onClick={() =>
          void svg()
            .then((text) => svgToPng(text, model.widthPx, model.heightPx + 64))
            .then(
              (png) => (download(png, `${name}.png`, 'image/png'), done('PNG')),
              (e: Error) => setStatus(`The PNG could not be made: ${e.message}.`),
            )
        }
      >
        Timeline as PNG
      </button>
      <p className="export__hint">In other tools’ formats (loaded when asked for):</p>
      <button
        type="button"
        onClick={() =>
          void import('../export/timelinejs').then(({ toTimelineJs }) => {
            download(
              `${JSON.stringify(toTimelineJs(dataset, events), null, 2)}\n`,
              `${name}.timelinejs.json`,
              'application/json',
            );
            done('TimelineJS3 JSON');
          })
        }
      >
        TimelineJS3 JSON
      </button>
      <button
        type="button"
        onClick={() =>
          void import('../export/timelinejs').then(({ toTimelineJsSheet }) => {
            download(toTimelineJsSheet(dataset, events), `${name}.timelinejs.csv`, 'text/csv');
            done('the spreadsheet');
          })
        }
      >
        Spreadsheet (TimelineJS3 columns, CSV)
      </button>
      {onEmbed && (
        <button type="button" onClick={onEmbed}>
          Embed code…
        </button>
      )}
      <p className="export__status" role="status">
        {status}
      </p>
    </div>
  );
}
