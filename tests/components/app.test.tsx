import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';

const DATA_TEXT = readFileSync('data/events.json', 'utf8');
const DATA = JSON.parse(DATA_TEXT) as {
  source: { title: string };
  categories: { id: string; label: string }[];
  events: { id: string; title: string; categories: string[]; quote: string }[];
};
const PAGE = 'http://localhost/';

function serve(routes: Record<string, string | number>) {
  vi.stubGlobal('fetch', async (input: string) => {
    const path = new URL(input).pathname;
    const body = routes[path];
    if (body === undefined || typeof body === 'number')
      return new Response('missing', { status: typeof body === 'number' ? body : 404, statusText: 'Not Found' });
    return new Response(body, { status: 200 });
  });
}

/** The event marks on the plot, found as a person would: the buttons inside the time axis. */
function marks() {
  return within(screen.getByRole('group', { name: /Events on a time axis/ })).queryAllByRole('button');
}

function markFor(title: string) {
  return screen.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `) });
}

async function renderApp(dataParam: string | null = null) {
  render(<App dataParam={dataParam} pageUrl={PAGE} />);
  if (dataParam === null) await screen.findByRole('heading', { level: 1, name: DATA.source.title });
}

beforeEach(() => serve({ '/data/events.json': DATA_TEXT }));
afterEach(() => vi.unstubAllGlobals());

describe('the timeline page', () => {
  it('shows the article title and a named mark for every event', async () => {
    await renderApp();
    for (const e of DATA.events) expect(markFor(e.title)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Russia–US summit in Anchorage, 15 August 2025$/ })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Russia–Iran treaty enters into force, October 2025$/ }),
    ).toBeInTheDocument();
  });

  it('turning "UN actions" off hides UN-only events and keeps the rest', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('checkbox', { name: /UN actions/ }));
    const unOnly = DATA.events.filter((e) => e.categories.every((c) => c === 'un'));
    const kept = DATA.events.filter((e) => e.categories.some((c) => c !== 'un'));
    expect(unOnly.length).toBeGreaterThan(0);
    for (const e of unOnly)
      expect(screen.queryByRole('button', { name: new RegExp(`^${e.title}, `) })).not.toBeInTheDocument();
    for (const e of kept) expect(markFor(e.title)).toBeInTheDocument();
    expect(screen.getByText(`${kept.length} of ${DATA.events.length} events shown`)).toBeInTheDocument();
  });

  it('"None" hides every event and "All" brings them back; counts stay', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'None' }));
    expect(marks()).toHaveLength(0);
    expect(screen.getByText('No events match the selected categories and search.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'All' }));
    expect(marks()).toHaveLength(DATA.events.length);
    const bilateral = DATA.events.filter((e) => e.categories.includes('bilateral')).length;
    expect(screen.getByRole('checkbox', { name: new RegExp(`Bilateral ties.*${bilateral} events`) })).toBeChecked();
  });

  it('clicking an event shows its details and its quote inside a <mark>', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(markFor('Russia–US summit in Anchorage'));
    const details = await screen.findByRole('region', { name: 'Russia–US summit in Anchorage' });
    expect(within(details).getByText('15 August 2025')).toBeInTheDocument();
    expect(within(details).getByText('Russia, United States')).toBeInTheDocument();
    const quote = DATA.events.find((e) => e.id === 'anchorage-summit')!.quote;
    const article = screen.getByRole('region', { name: 'Full text of the article' });
    const mark = article.querySelector('mark');
    expect(mark).toHaveTextContent(quote);
    expect(article.querySelectorAll('mark')).toHaveLength(1);
  });

  it('Tab reaches an event, Enter opens it, Esc closes it and focus returns to the event', async () => {
    const user = userEvent.setup();
    await renderApp();
    const first = marks()[0]!;
    first.focus();
    await user.tab();
    const second = document.activeElement as HTMLElement;
    expect(second).toHaveAttribute('aria-controls', 'event-details');
    await user.keyboard('{Enter}');
    expect(second).toHaveAttribute('aria-expanded', 'true');
    const heading = screen.getByRole('heading', { level: 2, name: second.getAttribute('aria-label')!.split(', ')[0] });
    expect(heading).toHaveFocus();
    expect(document.querySelector('mark')).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { level: 2, name: heading.textContent! })).not.toBeInTheDocument();
    expect(document.querySelector('mark')).toBeNull();
    expect(second).toHaveFocus();
  });

  it('zoom buttons and keys change the visible range, and Fit restores it', async () => {
    const user = userEvent.setup();
    await renderApp();
    const range = () => document.querySelector('.timeline__range')!.textContent;
    const fit = range();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(range()).not.toBe(fit);
    await user.click(screen.getByRole('button', { name: 'Fit' }));
    expect(range()).toBe(fit);
    screen.getByRole('group', { name: /Events on a time axis/ }).focus();
    await user.keyboard('+');
    const zoomed = range();
    expect(zoomed).not.toBe(fit);
    await user.keyboard('{ArrowRight}');
    expect(range()).not.toBe(zoomed);
    await user.keyboard('0');
    expect(range()).toBe(fit);
  });
});

describe('a dataset that cannot be shown', () => {
  it('shows an alert naming the event and field that are wrong', async () => {
    const broken = JSON.parse(DATA_TEXT) as typeof DATA & { events: { date?: string }[] };
    broken.events[3]!.date = '2025-13';
    serve({ '/bad.json': JSON.stringify(broken) });
    await renderApp('bad.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `Event "${DATA.events[3]!.id}" (events[3]), field "date": "2025-13" is not a valid EDTF date: month 13 does not exist.`,
    );
  });

  it('shows an alert when the file is missing', async () => {
    serve({});
    await renderApp('missing.json');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the dataset from http://localhost/missing.json: the server answered 404 Not Found.',
    );
  });

  it('shows an alert for a data address that is not allowed, without fetching it', async () => {
    const spy = vi.fn();
    vi.stubGlobal('fetch', spy);
    await renderApp('javascript:alert(1)');
    expect(await screen.findByRole('alert')).toHaveTextContent('"javascript:alert(1)" is not allowed');
    expect(spy).not.toHaveBeenCalled();
  });

  it('offers Retry after a network failure, and shows the data once it succeeds', async () => {
    const user = userEvent.setup();
    let calls = 0;
    vi.stubGlobal('fetch', async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return new Response(DATA_TEXT);
    });
    await renderApp('data/events.json');
    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: DATA.source.title })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('renders markup in the data as text, never as HTML', async () => {
    const hostile = JSON.parse(DATA_TEXT) as typeof DATA;
    hostile.events[0]!.title = '<img src=x onerror="window.__pwned=1">Bold';
    serve({ '/hostile.json': JSON.stringify(hostile) });
    await renderApp('hostile.json');
    expect(
      await screen.findByRole('button', { name: /^<img src=x onerror="window.__pwned=1">Bold, / }),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
