import { readFileSync } from 'node:fs';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { parseDataset } from '../../src/data/dataset';
import { type WorkerReply, type WorkerRequest } from '../../src/data/parseInBackground';
import { createParseSession } from '../../src/data/parseSession';
import { generateDataset } from '../../src/generate/generateDataset';

/**
 * A large dataset is shown before its quotes are checked. While the check runs, the page says how
 * far it has come; an event opened meanwhile has its quote checked at once; a quote the check does
 * not find is listed as a problem, named as before, and the timeline stays.
 */

const INPUT = generateDataset({ count: 1500, seed: 4 });
// The second and third events in time order: the first rows of the list of events in view.
const SORTED = (() => {
  const r = parseDataset(structuredClone(INPUT));
  if (!r.ok) throw new Error('generated dataset rejected');
  return r.dataset.events;
})();
const GOOD = SORTED[1]!;
const BAD = SORTED[2]!;
const BAD_INDEX = INPUT.events.findIndex((e) => e.id === BAD.id);
const BAD_QUOTE = `${BAD.quote} (not in the text)`;
const TEXT = JSON.stringify({
  ...INPUT,
  events: INPUT.events.map((e, i) => (i === BAD_INDEX ? { ...e, quote: BAD_QUOTE } : e)),
});
const BYTES = new TextEncoder().encode(TEXT);
const TITLE = /A generated chronicle: 1500 events/;
const BAD_LINE = `Event "${BAD.id}" (events[${BAD_INDEX}]), field "quote": is not found in source.text; a quote must be copied from the text exactly.`;

afterEach(() => vi.unstubAllGlobals());

/**
 * jsdom has no workers: this one runs the parse worker's own logic (parseSession.ts) on the page's
 * thread, but sends its quote check's progress and end only when the test says.
 */
function fakeWorkers() {
  const started: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((e: { data: WorkerReply }) => void) | null = null;
    onerror: (() => void) | null = null;
    terminated = false;
    /** The page asks for the check once it has drawn the dataset: the worker's answer, kept until finish(). */
    checkAsked: WorkerReply | null = null;
    // The worker's own logic, its answers caught: the check's end is told when the test says.
    readonly session = createParseSession(({ reply }) => {
      if (typeof reply === 'object' && 'kind' in reply && reply.kind === 'quotes-checked') this.checkAsked = reply;
      else if (!(typeof reply === 'object' && 'kind' in reply && reply.kind === 'quote-progress')) this.say(reply);
    });
    constructor() {
      started.push(this);
      setTimeout(() => this.say('ready'));
    }
    say(data: WorkerReply) {
      if (!this.terminated) this.onmessage?.({ data });
    }
    postMessage(data: WorkerRequest) {
      if (data.kind === 'check-quotes-of') this.session.checkQuotesOf(data.bytes, data.order);
      else if (data.kind === 'check-quotes') this.session.checkQuotes();
      else setTimeout(() => this.session.parse(data.text));
    }
    progress(checkedFraction: number) {
      act(() => this.say({ kind: 'quote-progress', checkedFraction }));
    }
    finish() {
      act(() => this.say(this.checkAsked!));
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return started;
}

function serveBig() {
  vi.stubGlobal('fetch', async () => new Response(BYTES, { headers: { 'content-length': String(BYTES.length) } }));
}

async function openFromList(title: string) {
  const list = screen.getByRole('region', { name: /^Events in view/ });
  await userEvent.setup().click(within(list).getAllByRole('button', { name: new RegExp(title) })[0]!);
  return screen.findByRole('region', { name: title });
}

const article = () => screen.getByRole('region', { name: 'Full text of the article' });
const timeline = () => screen.getByRole('group', { name: /Events on a time axis/ });

describe('a large dataset shown before its quotes are checked', () => {
  it('says how far the check has come, and checks an event opened meanwhile at once', async () => {
    const workers = fakeWorkers();
    serveBig();
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
    expect(timeline()).toBeInTheDocument();
    await waitFor(() => expect(workers[0]?.checkAsked, 'the page asks for the check once drawn').toBeTruthy());
    workers[0]!.progress(0.42);
    expect(await screen.findByText(/^Checking quotes against the text: 42 %/)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('progressbar', { name: 'Quotes checked' })).toHaveAttribute('value', '42');

    const details = await openFromList(GOOD.title);
    expect(
      within(details).getByText(
        'Its quote had not been checked yet, so it was checked on opening: it is in the article, once.',
      ),
    ).toBeInTheDocument();
    expect(article().querySelector('mark')).toHaveTextContent(GOOD.quote);

    const bad = await openFromList(BAD.title);
    expect(
      within(bad).getByText(
        'This quote is not in the article: its text has no such passage, so nothing is highlighted.',
      ),
    ).toBeInTheDocument();
    expect(article().querySelector('mark')).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(workers[0]!.terminated, 'the worker runs on while it checks').toBe(false);
  });

  it('lists a quote the check did not find, naming the event and field, and keeps the timeline', async () => {
    const workers = fakeWorkers();
    serveBig();
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    await screen.findByRole('heading', { level: 1, name: TITLE });
    await waitFor(() => expect(workers[0]?.checkAsked).toBeTruthy());
    workers[0]!.progress(0.8);
    workers[0]!.finish();

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'A quote is not found exactly once in the article' }),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('listitem')).toHaveTextContent(BAD_LINE);
    expect(screen.queryByText(/^Checking quotes against the text/)).not.toBeInTheDocument();
    expect(workers[0]!.terminated, 'the worker ends with its check').toBe(true);
    // The view stays: the same dataset, every event counted.
    expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
    expect(timeline()).toBeInTheDocument();
    expect(screen.getByText(/of 1500 events in view$/)).toBeInTheDocument();

    // Checked with the rest, an event says nothing more of its quote; the failed one says it failed.
    const good = await openFromList(GOOD.title);
    expect(within(good).queryByText(/checked on opening/)).not.toBeInTheDocument();
    expect(article().querySelector('mark')).toHaveTextContent(GOOD.quote);
    const bad = await openFromList(BAD.title);
    expect(within(bad).getByText(/^This quote is not in the article/)).toBeInTheDocument();
    expect(article().querySelector('mark')).toBeNull();
  });

  it('stops checking when another dataset is opened', async () => {
    const workers = fakeWorkers();
    serveBig();
    render(<App dataParam="big.json" pageUrl="http://localhost/" />);
    await screen.findByRole('heading', { level: 1, name: TITLE });
    await waitFor(() => expect(workers[0]?.checkAsked).toBeTruthy());
    workers[0]!.progress(0.1);
    const small = new File([readFileSync('data/events.json')], 'events.json', { type: 'application/json' });
    await userEvent.setup().upload(screen.getByLabelText('Open a dataset…'), small);
    expect(await screen.findByRole('heading', { level: 1, name: /Russia Highlights 2025/ })).toBeInTheDocument();
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.finish();
    expect(screen.queryByText(/^Checking quotes against the text/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('a small dataset named by ?data=', () => {
  it('has its quotes checked on the page as it is shown, with no worker started', async () => {
    const workers = fakeWorkers();
    const small = generateDataset({ count: 20, seed: 4 });
    const bad = small.events[3]!;
    const text = JSON.stringify({
      ...small,
      events: small.events.map((e) => (e === bad ? { ...e, quote: `${e.quote} (not in the text)` } : e)),
    });
    vi.stubGlobal('fetch', async () => new Response(text));
    render(<App dataParam="small.json" pageUrl="http://localhost/" />);
    await screen.findByRole('heading', { level: 1, name: /A generated chronicle: 20 events/ });

    // Shown with its quotes already checked: the bad one listed at once, nothing left checking.
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      `Event "${bad.id}" (events[3]), field "quote": is not found in source.text`,
    );
    expect(screen.queryByText(/^Checking quotes against the text/)).not.toBeInTheDocument();
    expect(workers, 'no worker for twenty quotes').toHaveLength(0);
  });
});
