import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimelineView } from '../../src/components/TimelineView';
import { parseDataset } from '../../src/data/dataset';
import { generateDataset } from '../../src/generate/generateDataset';
import { filterEvents } from '../../src/state/filters';
import { searchEvents } from '../../src/state/search';

/**
 * Past 20,000 events a search or a filter is computed between frames: the last drawing stays,
 * the timeline says it is busy, and the new view replaces it when it is laid out.
 */

const COUNT = 25_000;
const parsed = parseDataset(generateDataset({ count: COUNT, seed: 5 }));
if (!parsed.ok) throw new Error('generated dataset rejected');
const dataset = parsed.dataset;

const timeline = () => screen.getByRole('region', { name: 'Timeline' });
/** The names of the event marks on the plot (not of its "N more events…: zoom in" counts). */
const markNames = () =>
  within(screen.getByRole('group', { name: /Events on a time axis/ }))
    .queryAllByRole('button')
    .map((b) => b.getAttribute('aria-label')!)
    .filter((name) => !/: zoom in to see them$/.test(name));
const titleOf = (markName: string) => markName.slice(0, markName.lastIndexOf(', '));
/** Each test renders and lays out 25,000 events in jsdom, and searches or filters them. */
const SLOW_MS = 60_000;

describe(`a view of ${COUNT.toLocaleString('en-US')} events`, () => {
  it(
    'draws the list of events in view and the article too, below the timeline, once it is drawn',
    async () => {
      render(<TimelineView dataset={dataset} fromUrl={false} />);
      expect(markNames().length).toBeGreaterThan(0);
      const list = await screen.findByRole('region', { name: `Events in view (${COUNT} of ${COUNT})` });
      expect(within(list).getAllByRole('button').length).toBeGreaterThan(0);
      expect(await screen.findByRole('region', { name: 'Full text of the article' })).toBeInTheDocument();
    },
    SLOW_MS,
  );

  it(
    'keeps the last drawing while a search is laid out, says it is searching, then shows the matches',
    async () => {
      render(<TimelineView dataset={dataset} fromUrl={false} />);
      const before = markNames();
      expect(before.length).toBeGreaterThan(0);
      expect(timeline()).not.toHaveAttribute('aria-busy');

      fireEvent.change(screen.getByRole('searchbox', { name: 'Search events' }), { target: { value: 'strike' } });
      expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('strike');
      expect(timeline()).toHaveAttribute('aria-busy', 'true');
      expect(screen.getByText('Searching…')).toBeInTheDocument();
      expect(markNames()).toEqual(before);

      const matches = searchEvents(dataset.events, 'strike');
      expect(matches.length).toBeGreaterThan(0);
      expect(
        await screen.findByText(`${matches.length} of ${COUNT} events match`, undefined, { timeout: SLOW_MS }),
      ).toBeInTheDocument();
      expect(timeline()).not.toHaveAttribute('aria-busy');
      const titles = new Set(matches.map((e) => e.title));
      const after = markNames();
      expect(after.length).toBeGreaterThan(0);
      for (const name of after) expect(titles.has(titleOf(name)), name).toBe(true);
    },
    SLOW_MS,
  );

  it(
    'keeps the last drawing while a category filter is laid out, then shows what passes it',
    async () => {
      render(<TimelineView dataset={dataset} fromUrl={false} />);
      const before = markNames();
      const first = dataset.categories[0]!;
      const checkbox = screen.getByRole('checkbox', { name: new RegExp(first.label) });
      act(() => checkbox.click());
      expect(checkbox).not.toBeChecked();
      expect(timeline()).toHaveAttribute('aria-busy', 'true');
      expect(markNames()).toEqual(before);

      const kept = filterEvents(dataset.events, new Set(dataset.categories.slice(1).map((c) => c.id)));
      await waitFor(() => expect(timeline()).not.toHaveAttribute('aria-busy'), { timeout: SLOW_MS });
      expect(screen.getAllByText(`${kept.length} of ${COUNT} events shown`).length).toBeGreaterThan(0);
      const keptTitles = new Set(kept.map((e) => e.title));
      for (const name of markNames()) expect(keptTitles.has(titleOf(name)), name).toBe(true);
    },
    SLOW_MS,
  );
});
