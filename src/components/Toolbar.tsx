import type { ReactNode } from 'react';
import type { Dataset, TimelineEvent } from '../data/dataset';
import type { RenderModel } from '../timeline/renderModel';
import { ExportMenu } from './ExportMenu';

interface ToolbarProps {
  readonly dataset: Dataset;
  readonly query: string;
  readonly onQuery: (q: string) => void;
  /** Events passing filters and search, and passing filters alone. */
  readonly matchCount: number;
  readonly filteredCount: number;
  /** The counts are the last search's; the one typed is still being searched and laid out. */
  readonly searching?: boolean;
  readonly onStep: (direction: 1 | -1) => void;
  readonly canStep: boolean;
  readonly exportable: { readonly events: readonly TimelineEvent[]; readonly model: RenderModel };
  /** More actions from the host (authoring's buttons), after export. */
  readonly extra?: ReactNode;
  /** Opens the embed code; without it (in an embed) there is no export at all. */
  readonly onEmbed?: (() => void) | null;
}

/** Search, previous/next and export: the ways to move through and take away the events. */
export function Toolbar({
  dataset,
  query,
  onQuery,
  matchCount,
  filteredCount,
  searching = false,
  onStep,
  canStep,
  exportable,
  extra,
  onEmbed,
}: ToolbarProps) {
  return (
    <div className="toolbar">
      <search className="search">
        <label htmlFor="event-search">Search events</label>
        <input
          id="event-search"
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          placeholder="Words in titles, quotes, actors…"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="search-count"
        />
        <span id="search-count" className="search__count" aria-live="polite">
          {!query.trim() ? '' : searching ? 'Searching…' : `${matchCount} of ${filteredCount} events match`}
        </span>
      </search>
      <div className="toolbar__actions">
        <button type="button" onClick={() => onStep(-1)} disabled={!canStep} title="Previous event (p or [)">
          ← Previous event
        </button>
        <button type="button" onClick={() => onStep(1)} disabled={!canStep} title="Next event (n or ])">
          Next event →
        </button>
        {onEmbed !== null && (
          <ExportMenu
            dataset={dataset}
            events={exportable.events}
            model={exportable.model}
            {...(onEmbed ? { onEmbed } : {})}
          />
        )}
        {extra}
      </div>
    </div>
  );
}
