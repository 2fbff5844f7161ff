import { lazy, Suspense, useCallback, useState } from 'react';
import type { AuthorRequest } from './author/AuthorRoot';
import type { Dataset } from './data/dataset';
import { lastOpen } from './author/storage/openWork';
import { ArticleHeading } from './components/Header';
import { LoadStatus } from './components/LoadStatus';
import { Notices } from './components/Notices';
import { OpenDataset } from './components/OpenDataset';
import { ThemeToggle } from './components/ThemeToggle';
import { TimelineView } from './components/TimelineView';
import { useDataset } from './components/useDataset';

// Authoring (its dialogs, the extraction engine, Readability, storage) loads only when asked for,
// and the compact page for an iframe only there.
const AuthorRoot = lazy(() => import('./author/AuthorRoot'));
const EmbedPage = lazy(() => import('./EmbedPage'));

/** The page: loads the dataset named by ?data= (or the bundled one, or a file) and shows it. */
export function App({
  dataParam,
  pageUrl,
  embed = false,
  prerendered,
}: {
  readonly dataParam: string | null;
  readonly pageUrl: string;
  /** `?embed`: the compact view for an iframe, with no app bar and no export. */
  readonly embed?: boolean;
  /** The bundled dataset, when the page is rendered at build time or hydrates what was (firstView.ts). */
  readonly prerendered?: Dataset;
}) {
  const state = useDataset(dataParam, pageUrl, prerendered);
  const { dataset } = state;
  // A timeline being authored when the page was left is opened again.
  const [author, setAuthor] = useState<AuthorRequest | null>(() =>
    !embed && lastOpen() ? { kind: 'restore', n: 0 } : null,
  );
  const ask = (kind: AuthorRequest['kind']) => setAuthor((a) => ({ kind, n: (a?.n ?? 0) + 1 }));
  const exit = useCallback(() => setAuthor(null), []);
  // What an import recognised and left out, until dismissed (a new dataset brings its own).
  const [dismissed, setDismissed] = useState(-1);

  const appBar = (
    <div className="app-bar">
      <span className="app-bar__name">Article timeline</span>
      <button type="button" className="app-bar__button" onClick={() => ask('new')}>
        New timeline from an article
      </button>
      <button type="button" className="app-bar__button" onClick={() => ask('list')}>
        My timelines
      </button>
      <OpenDataset onFile={state.loadFile} />
      <ThemeToggle />
    </div>
  );
  if (embed)
    return (
      <Suspense fallback={null}>
        <EmbedPage state={state} pageUrl={pageUrl} />
      </Suspense>
    );
  const header = dataset ? <ArticleHeading source={dataset.source} /> : !state.loading && <h1>Article timeline</h1>;
  const main = (
    <>
      <LoadStatus state={state} onRetry={state.retry} />
      <Notices
        notices={dismissed === state.version ? [] : state.imported}
        onDismiss={() => setDismissed(state.version)}
      />
      {dataset && (
        <TimelineView
          key={state.version}
          dataset={dataset}
          fromUrl={state.fromUrl}
          prerendered={dataset === prerendered}
        />
      )}
    </>
  );
  const viewer = (
    <div className="page">
      <header className="page-header">
        {appBar}
        {header}
      </header>
      <main className="view">{main}</main>
    </div>
  );
  if (!author) return viewer;
  return (
    <Suspense fallback={viewer}>
      <AuthorRoot request={author} appBar={appBar} viewer={{ header, main }} onExit={exit} />
    </Suspense>
  );
}
