import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { describeIssue } from './data/dataset';
import { parseDatasetText } from './data/datasetText';

/**
 * The page's first view of a dataset as HTML, put into index.html at build time (vite.config.ts)
 * and hydrated by src/main.tsx (see firstView.ts). Runs in Node, never in the page. Throws when
 * the dataset is not valid, so a bad bundled dataset fails the build rather than the page.
 */
export function renderFirstView(datasetText: string): string {
  const parsed = parseDatasetText(datasetText);
  if (!parsed.ok) throw new Error(`data/events.json: ${parsed.issues.map(describeIssue).join(' ')}`);
  return renderToString(
    <StrictMode>
      <App dataParam={null} pageUrl="https://prerender.invalid/" prerendered={parsed.dataset} />
    </StrictMode>,
  );
}
