import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';
import { parseDatasetText } from '../../src/data/datasetText';
import { workerReplies } from '../../src/data/eventPacker';
import type { WorkerRequest } from '../../src/data/parseInBackground';
import { formatSize } from '../../src/data/loadDataset';
import { generateDataset } from '../../src/generate/generateDataset';

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

/**
 * jsdom has no workers: this one speaks the parse worker's protocol on the page's thread (says it
 * is ready, takes the text, answers 'end' with the packed result) and answers only when the
 * test says so.
 */
function fakeWorker(answer: Promise<void>, fails: 'never' | 'to start' | 'while parsing' = 'never') {
  const started: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: (() => void) | null = null;
    readonly texts: string[] = [];
    constructor() {
      started.push(this);
      setTimeout(() => (fails === 'to start' ? this.onerror?.() : this.onmessage?.({ data: 'ready' })));
    }
    postMessage(data: WorkerRequest) {
      if (data !== 'end') return void this.texts.push(data.text);
      void answer.then(() =>
        fails === 'while parsing'
          ? this.onerror?.()
          : workerReplies(parseDatasetText(this.texts.join(''))).forEach(({ reply }) =>
              this.onmessage?.({ data: reply }),
            ),
      );
    }
    terminate() {}
  }
  return { FakeWorker, started };
}

describe('loading a dataset too large to parse on the page', () => {
  it('hands it to the worker, says it is being checked meanwhile, then shows it', async () => {
    const text = JSON.stringify(generateDataset({ count: 1500, seed: 4 }));
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(512 * 1024);
    let release: () => void = () => {};
    const { FakeWorker, started } = fakeWorker(new Promise<void>((r) => (release = r)));
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('fetch', async () => new Response(bytes, { headers: { 'content-length': String(bytes.length) } }));
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    expect(
      await screen.findByText(
        `Checking the dataset (${formatSize(bytes.length)}): its fields and every date; the quotes once it is shown…`,
      ),
    ).toHaveAttribute('role', 'status');
    // The worker's side loads with the first large file, so the worker may start a moment later.
    await vi.waitFor(() => expect(started).toHaveLength(1));
    await vi.waitFor(() => expect(started[0]!.texts.join('')).toBe(text));
    release();
    expect(
      await screen.findByRole('heading', { level: 1, name: /A generated chronicle: 1500 events/ }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Checking the dataset/)).not.toBeInTheDocument();
    expect(screen.getByText(/of 1500 events in view$/)).toBeInTheDocument();
  });
});

describe('when the worker fails', () => {
  const text = JSON.stringify(generateDataset({ count: 1500, seed: 4 }));
  const bytes = new TextEncoder().encode(text);
  const serve = () =>
    vi.stubGlobal('fetch', async () => new Response(bytes, { headers: { 'content-length': String(bytes.length) } }));

  it('to start (a strict policy, an old browser), the page parses the file itself and shows it', async () => {
    const { FakeWorker, started } = fakeWorker(Promise.resolve(), 'to start');
    vi.stubGlobal('Worker', FakeWorker);
    serve();
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    expect(
      await screen.findByRole('heading', { level: 1, name: /A generated chronicle: 1500 events/ }),
    ).toBeInTheDocument();
    expect(started).toHaveLength(1);
    expect(started[0]!.texts).toEqual([]);
  });

  it('while parsing, the page says the file could not be read and stays usable', async () => {
    const { FakeWorker } = fakeWorker(Promise.resolve(), 'while parsing');
    vi.stubGlobal('Worker', FakeWorker);
    serve();
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be read: the parser stopped, perhaps out of memory.');
    expect(screen.getByLabelText('Open a dataset…')).toBeEnabled();
  });
});
