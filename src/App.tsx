import { ArticleHeading } from './components/Header';
import { LoadStatus } from './components/LoadStatus';
import { OpenDataset } from './components/OpenDataset';
import { ThemeToggle } from './components/ThemeToggle';
import { TimelineView } from './components/TimelineView';
import { useDataset } from './components/useDataset';

/** The page: loads the dataset named by ?data= (or the bundled one, or a file) and shows it. */
export function App({ dataParam, pageUrl }: { readonly dataParam: string | null; readonly pageUrl: string }) {
  const state = useDataset(dataParam, pageUrl);
  const { dataset } = state;
  return (
    <div className="page">
      <header className="page-header">
        <div className="app-bar">
          <span className="app-bar__name">Article timeline</span>
          <OpenDataset onFile={state.loadFile} />
          <ThemeToggle />
        </div>
        {dataset ? <ArticleHeading source={dataset.source} /> : !state.loading && <h1>Article timeline</h1>}
      </header>
      <main className="view">
        <LoadStatus state={state} onRetry={state.retry} />
        {dataset && <TimelineView key={state.version} dataset={dataset} fromUrl={state.fromUrl} />}
      </main>
    </div>
  );
}
