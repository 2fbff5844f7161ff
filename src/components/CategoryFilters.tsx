import type { Category } from '../data/schema';
import { Fold } from './Fold';

interface CategoryFiltersProps {
  readonly categories: readonly Category[];
  readonly counts: ReadonlyMap<string, number>;
  readonly active: ReadonlySet<string>;
  readonly shownCount: number;
  readonly totalCount: number;
  readonly onToggle: (id: string) => void;
  readonly onAll: () => void;
  readonly onNone: () => void;
}

/** How many categories there are and how many are on, as the folded filters' summary says it. */
export function filtersSummary(total: number, on: number): string {
  return `Categories: ${total}, ${on === total ? 'all on' : on === 0 ? 'none on' : `${on} on`}`;
}

/**
 * A checkbox per category, coloured like its events, with its event count; plus All and None. On a
 * narrow screen they fold behind a summary of their counts, so the timeline is on the first screen.
 */
export function CategoryFilters(p: CategoryFiltersProps) {
  const on = p.categories.filter((c) => p.active.has(c.id)).length;
  return (
    <Fold summary={`${filtersSummary(p.categories.length, on)} · ${p.shownCount} of ${p.totalCount} events shown`}>
      {fieldset(p)}
    </Fold>
  );
}

function fieldset(p: CategoryFiltersProps) {
  return (
    <fieldset className="filters">
      <legend className="filters__legend">Categories</legend>
      <div className="filters__row">
        {p.categories.map((c) => (
          <label key={c.id} className="chip" style={{ ['--c' as string]: c.color }} title={c.description}>
            <input
              type="checkbox"
              checked={p.active.has(c.id)}
              onChange={() => p.onToggle(c.id)}
              aria-label={`${c.label}, ${p.counts.get(c.id) ?? 0} events`}
            />
            <span className="chip__swatch" aria-hidden="true" />
            <span className="chip__label">{c.label}</span>
            <span className="chip__count">{p.counts.get(c.id) ?? 0}</span>
          </label>
        ))}
        <span className="filters__bulk">
          <button type="button" onClick={p.onAll}>
            All
          </button>
          <button type="button" onClick={p.onNone}>
            None
          </button>
        </span>
      </div>
      <p className="filters__status" role="status">
        {p.shownCount} of {p.totalCount} events shown
      </p>
    </fieldset>
  );
}
