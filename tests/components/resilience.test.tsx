import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';
import type { WorkerRequest } from '../../src/data/parseInBackground';
import { createParseSession } from '../../src/data/parseSession';
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

/** The file the app fetches: these bytes, their length said. */
function serve(bytes: Uint8Array<ArrayBuffer>): void {
  vi.stubGlobal('fetch', async () => new Response(bytes, { headers: { 'content-length': String(bytes.length) } }));
}

/** Serves `bytes`, all but the first `firstPart` held back until the returned function is called. */
function serveHeldBack(bytes: Uint8Array, firstPart: number): () => void {
  let release: () => void = () => {};
  const halfway = new Promise<void>((r) => (release = r));
  vi.stubGlobal('fetch', async () => {
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(bytes.slice(0, firstPart));
        await halfway;
        controller.enqueue(bytes.slice(firstPart));
        controller.close();
      },
    });
    return new Response(stream, { headers: { 'content-length': String(bytes.length) } });
  });
  return release;
}

describe('loading a large dataset', () => {
  it('shows progress while the file arrives, then the timeline', async () => {
    const release = serveHeldBack(new TextEncoder().encode(DATA_TEXT), 8000);
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
 * jsdom has no workers: this one speaks the parse worker's protocol on the page's thread, running
 * its session (parseSession.ts): it says it runs, then answers what the page sends it.
 */
function fakeWorker(fails: 'never' | 'to start' | 'while parsing' | 'while checking' = 'never') {
  const started: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: (() => void) | null = null;
    readonly asked: WorkerRequest['kind'][] = [];
    readonly session = createParseSession(({ reply }) => this.onmessage?.({ data: reply }));
    constructor() {
      started.push(this);
      setTimeout(() => (fails === 'to start' ? this.onerror?.() : this.onmessage?.({ data: 'ready' })));
    }
    postMessage(data: WorkerRequest) {
      this.asked.push(data.kind);
      setTimeout(() => {
        if (fails === 'to start') return;
        if (data.kind === 'parse') return fails === 'while parsing' ? this.onerror?.() : this.session.parse(data.text);
        if (fails === 'while checking') return this.onerror?.();
        if (data.kind === 'check-quotes-of') return this.session.checkQuotesOf(data.bytes, data.order);
        this.session.checkQuotes();
      });
    }
    ended = false;
    terminate() {
      this.ended = true;
    }
  }
  return { FakeWorker, started };
}

const BIG = JSON.stringify(generateDataset({ count: 1500, seed: 4 }));
const BIG_TITLE = /A generated chronicle: 1500 events/;

describe('a large file (past 512 KB)', () => {
  it('reads it as it arrives, shows it, then checks its quotes in the worker', async () => {
    const bytes = new TextEncoder().encode(BIG);
    expect(bytes.length).toBeGreaterThan(512 * 1024);
    const { FakeWorker, started } = fakeWorker();
    vi.stubGlobal('Worker', FakeWorker);
    const release = serveHeldBack(bytes, 600_000);
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    const progress = await screen.findByRole('progressbar', { name: 'Loading progress' });
    await vi.waitFor(() => expect(Number(progress.getAttribute('value'))).toBeGreaterThan(50));
    expect(started, 'no worker while the page reads it').toHaveLength(0);
    release();
    expect(await screen.findByRole('heading', { level: 1, name: BIG_TITLE })).toBeInTheDocument();
    expect(screen.queryByText(/^Checking the dataset/)).not.toBeInTheDocument();
    expect(screen.getByText(/of 1500 events in view$/)).toBeInTheDocument();
    // Once drawn, the file's bytes go to the worker, which reads them again and checks every quote.
    await vi.waitFor(() => expect(started[0]?.asked).toEqual(['check-quotes-of']));
    // Every quote is in the text: the worker ends with its check, and nothing is reported.
    await vi.waitFor(() => expect(started[0]!.ended).toBe(true));
    expect(screen.queryByText(/^Checking quotes against the text/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('a large file the page cannot read as it arrives', () => {
  // A field that fails its check: the worker reads the whole file and names the problem.
  const bad = (() => {
    const input = JSON.parse(BIG) as { events: { title: string }[] };
    input.events[700]!.title = '';
    return JSON.stringify(input);
  })();
  const bytes = new TextEncoder().encode(bad);

  it('goes whole to the worker, which names its problem', async () => {
    const { FakeWorker, started } = fakeWorker();
    vi.stubGlobal('Worker', FakeWorker);
    serve(bytes);
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/\(events\[700\]\), field "title": /);
    expect(started[0]!.asked).toEqual(['parse']);
    expect(screen.getByLabelText('Open a dataset…')).toBeEnabled();
  });

  it('is parsed on the page when the worker cannot start (a strict policy, an old browser)', async () => {
    const { FakeWorker, started } = fakeWorker('to start');
    vi.stubGlobal('Worker', FakeWorker);
    serve(bytes);
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/\(events\[700\]\), field "title": /);
    expect(started).toHaveLength(1);
  });

  it('when the worker stops while parsing, the page says the file could not be read and stays usable', async () => {
    const { FakeWorker } = fakeWorker('while parsing');
    vi.stubGlobal('Worker', FakeWorker);
    serve(bytes);
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be read: the parser stopped, perhaps out of memory.');
    expect(screen.getByLabelText('Open a dataset…')).toBeEnabled();
  });
});

describe('a large dataset whose quote checker cannot start', () => {
  it('is shown, and says its quotes are checked one by one as events are opened', async () => {
    const bytes = new TextEncoder().encode(BIG);
    const { FakeWorker } = fakeWorker('to start');
    vi.stubGlobal('Worker', FakeWorker);
    serve(bytes);
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    expect(await screen.findByRole('heading', { level: 1, name: BIG_TITLE })).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Not every quote was checked against the text: the checker could not be started. Each is checked when its event is opened.',
      ),
    ).toBeInTheDocument();
  });

  it('that the worker parsed whole, and whose check then stops, is shown and says the checker stopped', async () => {
    // A key given twice: the page gives it to the worker whole, which sends it back, then fails.
    const body = BIG.replace(/^\{/, `{"categories":${JSON.stringify(JSON.parse(BIG).categories)},`);
    const bytes = new TextEncoder().encode(body);
    const { FakeWorker, started } = fakeWorker('while checking');
    vi.stubGlobal('Worker', FakeWorker);
    serve(bytes);
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    expect(await screen.findByRole('heading', { level: 1, name: BIG_TITLE })).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Not every quote was checked against the text: the checker stopped, perhaps out of memory. Each is checked when its event is opened.',
      ),
    ).toBeInTheDocument();
    expect(started[0]!.asked).toEqual(['parse', 'check-quotes']);
  });
});
