import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const params = new URLSearchParams(window.location.search);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App dataParam={params.get('data')} pageUrl={window.location.href} embed={params.has('embed')} />
  </StrictMode>,
);
