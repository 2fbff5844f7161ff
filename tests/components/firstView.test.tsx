import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { type Dataset } from '../../src/data/dataset';
import { parseDatasetText } from '../../src/data/datasetText';
import { canHydrate, PRERENDERED_ATTRIBUTE } from '../../src/firstView';

const TEXT = readFileSync('data/events.json', 'utf8');

function bundled(): Dataset {
  const parsed = parseDatasetText(TEXT);
  if (!parsed.ok) throw new Error('the bundled dataset is invalid');
  return parsed.dataset;
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  document.documentElement.removeAttribute('data-style-blocked');
});

describe('a page that already has the bundled dataset (hydrating the first view)', () => {
  it('shows the timeline in its first render and does not load the dataset again', () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const dataset = bundled();
    render(<App dataParam={null} pageUrl="http://localhost/" prerendered={dataset} />);
    expect(screen.getByRole('heading', { level: 1, name: dataset.source.title })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Russia–US summit in Anchorage, 15 August 2025$/ })).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('canHydrate', () => {
  const container = () => {
    const el = document.createElement('div');
    el.setAttribute(PRERENDERED_ATTRIBUTE, '');
    return el;
  };

  it('hydrates the delivered view on the plain address', () => {
    expect(canHydrate(container(), '')).toBe(true);
  });

  it('draws afresh for any other address, a timeline being authored, or styles the browser refused', () => {
    expect(canHydrate(container(), '?data=other.json')).toBe(false);
    expect(canHydrate(document.createElement('div'), '')).toBe(false);
    localStorage.setItem('article-timeline:open-work', 'w1');
    expect(canHydrate(container(), '')).toBe(false);
    localStorage.clear();
    document.documentElement.setAttribute('data-style-blocked', '');
    expect(canHydrate(container(), '')).toBe(false);
  });
});
