import { LoadStatus } from './components/LoadStatus';
import { TimelineView } from './components/TimelineView';
import type { useDataset } from './components/useDataset';

/** The page inside someone else's iframe: a title that links to the full view, the timeline, nothing else. */
export default function EmbedPage({
  state,
  pageUrl,
}: {
  readonly state: ReturnType<typeof useDataset>;
  readonly pageUrl: string;
}) {
  const full = new URL(pageUrl);
  full.searchParams.delete('embed');
  const { dataset } = state;
  return (
    <div className="page page--embed">
      <header className="embed-header">
        <h1>{dataset ? dataset.source.title : 'Article timeline'}</h1>
        <a href={full.href} target="_blank" rel="noopener noreferrer">
          Open the full timeline
        </a>
      </header>
      <main className="view">
        <LoadStatus state={state} onRetry={state.retry} />
        {dataset && <TimelineView key={state.version} dataset={dataset} fromUrl={state.fromUrl} embed />}
      </main>
    </div>
  );
}
