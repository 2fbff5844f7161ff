import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';

const DATA_TEXT = readFileSync('data/events.json', 'utf8');

afterEach(() => vi.unstubAllGlobals());

describe('an error boundary', () => {
  function Broken(): never {
    throw new Error('the layout went wrong');
  }

  it('shows what failed in place of the broken part, and the rest of the page stays', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <p>The rest of the page</p>
        <ErrorBoundary what="The timeline">
          <Broken />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The timeline could not be shown: the layout went wrong. The rest of the page still works.',
    );
    expect(screen.getByText('The rest of the page')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('loading a large dataset', () => {
  it('shows progress while the file arrives, then the timeline', async () => {
    const bytes = new TextEncoder().encode(DATA_TEXT);
    let release: () => void = () => {};
    const halfway = new Promise<void>((r) => (release = r));
    vi.stubGlobal('fetch', async () => {
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(bytes.slice(0, 8000));
          await halfway;
          controller.enqueue(bytes.slice(8000));
          controller.close();
        },
      });
      return new Response(stream, { headers: { 'content-length': String(bytes.length) } });
    });
    render(<App dataParam={null} pageUrl="http://localhost/" />);
    const progress = await screen.findByRole('progressbar', { name: 'Loading progress' });
    expect(Number(progress.getAttribute('value'))).toBeGreaterThan(0);
    expect(Number(progress.getAttribute('value'))).toBeLessThan(100);
    release();
    expect(await screen.findByRole('heading', { level: 1, name: /Russia Highlights 2025/ })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
