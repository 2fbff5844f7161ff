import { Header } from './components/Header';
import { LoadStatus } from './components/LoadStatus';
import { TimelineView } from './components/TimelineView';
import { useDataset } from './components/useDataset';

/** The page: loads the dataset named by ?data= (or the bundled one) and shows it. */
export function App({ dataParam, pageUrl }: { readonly dataParam: string | null; readonly pageUrl: string }) {
  const state = useDataset(dataParam, pageUrl);
  const { dataset } = state;
  return (
    <div className="page">
      {dataset ? (
        <Header source={dataset.source} />
      ) : (
        <header className="page-header">
          <h1>Article timeline</h1>
        </header>
      )}
      <LoadStatus state={state} onRetry={state.retry} />
      {dataset && <TimelineView key={state.version} dataset={dataset} />}
    </div>
  );
}
