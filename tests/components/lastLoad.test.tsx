import { readFileSync } from 'node:fs';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import type { WorkerRequest } from '../../src/data/parseInBackground';
import { createParseSession } from '../../src/data/parseSession';
import { generateDataset } from '../../src/generate/generateDataset';

/** The last load a person asks for is the one that shows; an abandoned one is stopped and never shows. */

const DATA_TEXT = readFileSync('data/events.json', 'utf8');
const DATA = JSON.parse(DATA_TEXT) as { source: { title: string }; events: unknown[] };

/** A generated dataset large enough (> 512 KB) to be read as it arrives, its quotes checked in the worker. */
const BIG_TEXT = JSON.stringify(generateDataset({ count: 1500, seed: 4 }));
const BIG_BYTES = new TextEncoder().encode(BIG_TEXT);
const BIG_TITLE = /A generated chronicle: 1500 events/;
/** Past the large-file threshold, so the page reads it as it arrives by the time the rest is held back. */
const FIRST_PART_BYTES = 600 * 1024;

afterEach(() => vi.unstubAllGlobals());

function smallFile(title: string): File {
  const mine = JSON.parse(DATA_TEXT) as typeof DATA;
  mine.source.title = title;
  mine.events = mine.events.slice(0, 3);
  return new File([JSON.stringify(mine)], `${title}.json`, { type: 'application/json' });
}

/** A promise the test resolves when it wants the slow load to go on. */
function gate() {
  let release: () => void = () => {};
  const opened = new Promise<void>((r) => (release = r));
  return { opened, release };
}

/**
 * The big dataset as a stream: its first part at once, the next only once `rest` resolves, the
 * last when asked for after that. It records whether the reader cancelled it before the end.
 */
function slowStream(rest: Promise<void>) {
  const seen = { cancelled: false };
  const half = Math.ceil((BIG_BYTES.length + FIRST_PART_BYTES) / 2);
  const parts = [BIG_BYTES.slice(FIRST_PART_BYTES, half), BIG_BYTES.slice(half)];
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(BIG_BYTES.slice(0, FIRST_PART_BYTES));
    },
    async pull(controller) {
      await rest;
      const part = parts.shift();
      if (part) controller.enqueue(part);
      else controller.close();
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

/**
 * jsdom has no workers: this stand-in runs the parse worker's session (parseSession.ts) on the
 * page's thread and records terminate(). The page starts one only once a large file is read.
 */
function fakeWorkers() {
  const started: { terminated: boolean }[] = [];
  class FakeWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: (() => void) | null = null;
    terminated = false;
    readonly session = createParseSession(({ reply }) => !this.terminated && this.onmessage?.({ data: reply }));
    constructor() {
      started.push(this);
    }
    postMessage(data: WorkerRequest) {
      setTimeout(() => {
        if (data.kind === 'parse') this.session.parse(data.text);
        else if (data.kind === 'check-quotes-of') this.session.checkQuotesOf(data.bytes, data.order);
        else this.session.checkQuotes();
      });
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return started;
}

/** Lets the slow load run to where it would have ended, and React render whatever it set. */
async function letItFinish(release: () => void) {
  await act(async () => {
    release();
    await new Promise((r) => setTimeout(r, 100));
  });
}

function openFile(file: File) {
  return userEvent.setup().upload(screen.getByLabelText('Open a dataset…'), file);
}

function expectShown(title: string) {
  expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { level: 1, name: BIG_TITLE })).not.toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.queryByText(/^(Loading|Checking) the dataset/)).not.toBeInTheDocument();
}

describe('the last load asked for is the one that shows', () => {
  it('a file opened while a slow ?data= load runs stays; the fetch is aborted and no worker is started', async () => {
    const workers = fakeWorkers();
    const slow = gate();
    const { stream, seen } = slowStream(slow.opened);
    const signals: AbortSignal[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      signals.push(init.signal!);
      return new Response(stream, { headers: { 'content-length': String(BIG_BYTES.length) } });
    });
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    const progress = await screen.findByRole('progressbar', { name: 'Loading progress' });
    await vi.waitFor(() => expect(Number(progress.getAttribute('value'))).toBeGreaterThan(50));

    await openFile(smallFile('My own article'));
    expect(await screen.findByRole('heading', { level: 1, name: 'My own article' })).toBeInTheDocument();
    expect(signals.at(-1)!.aborted).toBe(true);

    await letItFinish(slow.release);
    expectShown('My own article');
    expect(seen.cancelled, 'the abandoned download stopped reading').toBe(true);
    expect(workers, 'the abandoned load never reached its quote check').toHaveLength(0);
  });

  it('a small file opened while a slow large file is read stays; the large one stops being read', async () => {
    vi.stubGlobal('fetch', async () => new Response(DATA_TEXT));
    const workers = fakeWorkers();
    render(<App dataParam={null} pageUrl="http://localhost/" />);
    await screen.findByRole('heading', { level: 1, name: DATA.source.title });

    const slow = gate();
    const { stream, seen } = slowStream(slow.opened);
    const big = new File([BIG_BYTES], 'big.json', { type: 'application/json' });
    // jsdom's File cannot stream; this one does, and holds back all but its first part.
    Object.defineProperty(big, 'stream', { value: () => stream });
    await openFile(big);
    const progress = await screen.findByRole('progressbar', { name: 'Loading progress' });
    await vi.waitFor(() => expect(Number(progress.getAttribute('value'))).toBeGreaterThan(50));

    await openFile(smallFile('The second file'));
    expect(await screen.findByRole('heading', { level: 1, name: 'The second file' })).toBeInTheDocument();

    await letItFinish(slow.release);
    expectShown('The second file');
    expect(seen.cancelled, 'the abandoned file stopped being read').toBe(true);
    expect(workers, 'the abandoned file never reached its quote check').toHaveLength(0);
  });

  it('an abandoned load that fails never shows its error over the file opened after it', async () => {
    const slow = gate();
    vi.stubGlobal('fetch', async () => {
      await slow.opened;
      return new Response('Service Unavailable', { status: 503 });
    });
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    await screen.findByText('Loading the dataset…');

    await openFile(smallFile('My own article'));
    expect(await screen.findByRole('heading', { level: 1, name: 'My own article' })).toBeInTheDocument();

    await letItFinish(slow.release);
    expectShown('My own article');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});
