import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Dataset, TimelineEvent } from '../data/dataset';
import { countByCategory, filterEvents, toggleCategory } from '../state/filters';
import { fitDomain } from '../timeline/viewport';
import { ArticleText } from './ArticleText';
import { CategoryFilters } from './CategoryFilters';
import { EventDetails } from './EventDetails';
import { Legend } from './Legend';
import { Timeline } from './Timeline';

/** One dataset on screen: filters, timeline, details and article. Holds the user's choices. */
export function TimelineView({ dataset }: { readonly dataset: Dataset }) {
  const [active, setActive] = useState<ReadonlySet<string>>(() => new Set(dataset.categories.map((c) => c.id)));
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const domain = useMemo(() => fitDomain(dataset.extent), [dataset]);
  const counts = useMemo(() => countByCategory(dataset.events), [dataset]);
  const shown = useMemo(() => filterEvents(dataset.events, active), [dataset, active]);
  const selected = useMemo(() => dataset.events.find((e) => e.id === selectedId) ?? null, [dataset, selectedId]);
  const colorOf = useMemo(() => {
    const colors = new Map(dataset.categories.map((c) => [c.id, c.color]));
    return (e: TimelineEvent) => colors.get(e.categories.find((c) => active.has(c)) ?? e.categories[0]!) ?? '#555';
  }, [dataset, active]);

  const close = useCallback(() => {
    const id = selectedId;
    setSelectedId(null);
    if (id) (document.getElementById(`event-${id}`) ?? document.getElementById('timeline-plot'))?.focus();
  }, [selectedId]);

  useEffect(() => {
    if (!selectedId) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selectedId, close]);

  return (
    <main className="view">
      <CategoryFilters
        categories={dataset.categories}
        counts={counts}
        active={active}
        shownCount={shown.length}
        totalCount={dataset.events.length}
        onToggle={(id) => setActive((a) => toggleCategory(a, id))}
        onAll={() => setActive(new Set(dataset.categories.map((c) => c.id)))}
        onNone={() => setActive(new Set())}
      />
      <Legend />
      <Timeline domain={domain} events={shown} colorOf={colorOf} selectedId={selectedId} onSelect={setSelectedId} />
      <div className="reading">
        <EventDetails event={selected} categories={dataset.categories} onClose={close} />
        <ArticleText
          source={dataset.source}
          highlight={selected ? { start: selected.quoteStart, end: selected.quoteStart + selected.quote.length } : null}
        />
      </div>
    </main>
  );
}
