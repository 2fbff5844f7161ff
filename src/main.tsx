import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import type { Dataset } from './data/dataset';
import { namesDataset } from './data/loadDataset';
import { startParserEarly } from './data/parseInBackground';
import { bundledDataset, canHydrate, PRERENDERED_ATTRIBUTE } from './firstView';
import './styles.css';

const params = new URLSearchParams(window.location.search);
// A dataset named in the address has its parser's code loaded now, while the app renders for the
// first time, not when that render's load begins (src/boot.js has started the download).
if (namesDataset(params.get('data'))) startParserEarly();
const container = document.getElementById('root')!;
const app = (prerendered?: Dataset) => (
  <StrictMode>
    <App
      dataParam={params.get('data')}
      pageUrl={window.location.href}
      embed={params.has('embed')}
      prerendered={prerendered}
    />
  </StrictMode>
);
const renderAfresh = () => {
  container.removeAttribute(PRERENDERED_ATTRIBUTE);
  container.replaceChildren();
  createRoot(container).render(app());
};

if (canHydrate(container, window.location.search))
  void bundledDataset(window.location.href).then((dataset) => {
    if (!dataset) return renderAfresh();
    // In a transition, hydration yields to the browser every few ms instead of holding the page
    // in one long task: the view is already on screen, only its answers to input wait.
    startTransition(() => {
      hydrateRoot(container, app(dataset));
    });
  });
else renderAfresh();
