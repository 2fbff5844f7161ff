import { readFileSync } from 'node:fs';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';

const DATA_TEXT = readFileSync('data/events.json', 'utf8');
const DATA = JSON.parse(DATA_TEXT) as {
  source: { title: string };
  events: { id: string; title: string; date: string; categories: string[]; quote: string }[];
};

function marks() {
  return within(screen.getByRole('group', { name: /Events on a time axis/ })).queryAllByRole('button');
}
function list() {
  return within(screen.getByRole('region', { name: /Events in view/ }));
}

async function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  render(<App dataParam={null} pageUrl="http://localhost/" />);
  await screen.findByRole('heading', { level: 1, name: DATA.source.title });
}

beforeEach(() => {
  vi.stubGlobal('fetch', async () => new Response(DATA_TEXT));
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('search', () => {
  it('narrows the timeline and the list to matching events, counts them, and marks the words', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'treaty iran');
    const expected = DATA.events.filter((e) => /treaty/i.test(e.title + e.quote) && /iran/i.test(e.title + e.quote));
    expect(expected.length).toBeGreaterThan(0);
    expect(marks()).toHaveLength(expected.length);
    expect(screen.getByText(`${expected.length} of ${DATA.events.length} events match`)).toBeInTheDocument();
    expect(
      list().getAllByText((_, el) => el?.tagName === 'MARK' && /iran/i.test(el.textContent ?? '')).length,
    ).toBeGreaterThan(0);
  });

  it('works together with the category filters', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'UN');
    const before = marks().length;
    await user.click(screen.getByRole('checkbox', { name: /UN actions/ }));
    const after = marks().length;
    expect(after).toBeLessThan(before);
    const expected = DATA.events.filter((e) => e.categories.some((c) => c !== 'un'));
    for (const m of marks())
      expect(expected.some((e) => m.getAttribute('aria-label')!.startsWith(`${e.title}, `))).toBe(true);
  });
});

describe('list view', () => {
  it('lists every event in time order and selects with the timeline, both ways', async () => {
    const user = userEvent.setup();
    await renderApp();
    const rows = list().getAllByRole('button');
    expect(rows).toHaveLength(DATA.events.length);
    await user.click(list().getByRole('button', { name: /Russia–US summit in Anchorage/ }));
    expect(screen.getByRole('button', { name: /^Russia–US summit in Anchorage, / })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Russia–US summit in Anchorage' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Russia–Iran treaty enters into force, / }));
    expect(list().getByRole('button', { name: /Russia–Iran treaty enters into force/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(list().getByRole('button', { name: /Russia–US summit in Anchorage/ })).not.toHaveAttribute('aria-current');
  });
});

describe('previous and next', () => {
  it('step through the shown events in time order, by button and by key', async () => {
    const user = userEvent.setup();
    await renderApp();
    const order = list()
      .getAllByRole('button')
      .map((b) => b.querySelector('.event-list__title')!.textContent);
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    expect(screen.getByRole('heading', { level: 2, name: order[0]! })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next event/ }));
    expect(screen.getByRole('heading', { level: 2, name: order[1]! })).toBeInTheDocument();
    await user.keyboard('n');
    expect(screen.getByRole('heading', { level: 2, name: order[2]! })).toBeInTheDocument();
    await user.keyboard('p');
    expect(screen.getByRole('heading', { level: 2, name: order[1]! })).toBeInTheDocument();
  });

  it('does not steal n and p typed into the search box', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'np');
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
  });
});

describe('shareable view in the URL', () => {
  it('opening a link restores its categories, selection and search', async () => {
    await renderApp('?cats=bilateral,security&event=anchorage-summit&q=summit');
    expect(screen.getByRole('checkbox', { name: /Bilateral ties/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /UN actions/ })).not.toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('summit');
    expect(await screen.findByRole('heading', { level: 2, name: 'Russia–US summit in Anchorage' })).toBeInTheDocument();
    expect(document.querySelector('.article mark')).toHaveTextContent(
      DATA.events.find((e) => e.id === 'anchorage-summit')!.quote,
    );
  });

  it('ignores a malformed link with a visible notice, and still works', async () => {
    await renderApp('?event=no-such-event&from=yesterday&to=2025-05-01');
    expect(screen.getByText(/selects an event "no-such-event" that this dataset does not have/)).toBeInTheDocument();
    expect(screen.getByText(/The link's window has "from=yesterday"/)).toBeInTheDocument();
    expect(marks()).toHaveLength(DATA.events.length);
  });

  it('each selection is a history entry, and going back restores the previous one', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: /^Russia–US summit in Anchorage, / }));
    await waitFor(() => expect(window.location.search).toBe('?event=anchorage-summit'));
    await user.click(screen.getByRole('button', { name: /^Russia–Iran treaty enters into force, / }));
    await waitFor(() => expect(window.location.search).toBe('?event=russia-iran-treaty-in-force'));
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Russia–US summit in Anchorage' })).toBeInTheDocument();
  });
});

describe('your own data', () => {
  it('opens a dataset from a file', async () => {
    const user = userEvent.setup();
    await renderApp();
    const mine = JSON.parse(DATA_TEXT) as typeof DATA & { source: { title: string } };
    mine.source.title = 'My own article';
    mine.events = mine.events.slice(0, 3);
    await user.upload(
      screen.getByLabelText('Open a dataset…'),
      new File([JSON.stringify(mine)], 'mine.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'My own article' })).toBeInTheDocument();
    expect(marks()).toHaveLength(3);
  });

  it('a file that fails keeps the current dataset, filters and selection on screen', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('checkbox', { name: /UN actions/ }));
    await user.click(screen.getByRole('button', { name: /^Russia–US summit in Anchorage, / }));
    const shown = marks().length;
    await user.upload(
      screen.getByLabelText('Open a dataset…'),
      new File(['{"source": '], 'broken.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file broken.json has 1 problem and cannot be shown.');
    expect(alert).toHaveTextContent(
      'Not valid JSON at line 1, column 12: the file ends too early (1 bracket still open).',
    );
    expect(alert).toHaveTextContent('The dataset already on screen is kept.');
    expect(screen.getByRole('heading', { level: 1, name: DATA.source.title })).toBeInTheDocument();
    expect(marks()).toHaveLength(shown);
    expect(screen.getByRole('checkbox', { name: /UN actions/ })).not.toBeChecked();
    expect(await screen.findByRole('heading', { level: 2, name: 'Russia–US summit in Anchorage' })).toBeInTheDocument();
  });
});

describe('export', () => {
  it('saves the events in view as CSV', async () => {
    const user = userEvent.setup();
    const saved: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: (b: Blob) => (saved.push(b), 'blob:x'), revokeObjectURL: () => {} }),
    );
    HTMLAnchorElement.prototype.click = () => {};
    await renderApp();
    await user.click(screen.getByText('Export'));
    // The menu's actions load when it is first opened.
    await user.click(await screen.findByRole('button', { name: 'Events as CSV' }));
    // The exporter loads when asked for; the page says when the file is saved.
    await screen.findByText('Saved CSV.');
    expect(saved).toHaveLength(1);
    const csv = await saved[0]!.text();
    expect(csv.split('\r\n')).toHaveLength(DATA.events.length + 2);
    expect(csv).toContain('anchorage-summit,Russia–US summit in Anchorage,2025-08-15,15 August 2025');
  });
});
