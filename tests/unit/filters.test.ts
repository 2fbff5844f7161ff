import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/dataset';
import { runToEnd } from '../../src/data/steps';
import { countByCategory, filterEvents, filterSteps, toggleCategory } from '../../src/state/filters';
import { smallDataset } from './fixtures';

const r = parseDataset(smallDataset());
if (!r.ok) throw new Error('fixture rejected');
const events = r.dataset.events;
const ids = (xs: readonly { id: string }[]) => xs.map((e) => e.id).sort();

describe('filtering by category', () => {
  it('shows an event when any of its categories is on', () => {
    expect(ids(filterEvents(events, new Set(['bilateral'])))).toEqual(['first-thing', 'summit']);
    expect(ids(filterEvents(events, new Set(['un'])))).toEqual(['summit', 'talks']);
  });

  it('hides only the events that have no other category on', () => {
    const all = new Set(['bilateral', 'un']);
    const withoutUn = toggleCategory(all, 'un');
    expect(ids(filterEvents(events, withoutUn))).toEqual(['first-thing', 'summit']);
  });

  it('shows nothing when every category is off, and everything when all are on', () => {
    expect(filterEvents(events, new Set())).toEqual([]);
    expect(filterEvents(events, new Set(['bilateral', 'un']))).toHaveLength(3);
  });

  it('toggles one category without touching the others or the input', () => {
    const before = new Set(['bilateral', 'un']);
    expect([...toggleCategory(before, 'un')]).toEqual(['bilateral']);
    expect([...toggleCategory(new Set(['bilateral']), 'un')].sort()).toEqual(['bilateral', 'un']);
    expect(before.size).toBe(2);
  });

  it('counts events per category, once per event', () => {
    expect(Object.fromEntries(countByCategory(events))).toEqual({ bilateral: 2, un: 2 });
  });

  it('filters counted events as uncounted ones: all of them with every category on, the rest as before', () => {
    const counted = [...events];
    countByCategory(counted);
    const all = new Set(['bilateral', 'un']);
    expect(ids(runToEnd(filterSteps(counted, all, 2)))).toEqual(ids(filterEvents(events, all)));
    expect(ids(runToEnd(filterSteps(counted, new Set(['un']), 2)))).toEqual(['summit', 'talks']);
    // An event with no category shows under none, even with every category on.
    const withNone = [...events, { ...events[0]!, id: 'no-category', categories: [] }];
    countByCategory(withNone);
    expect(ids(runToEnd(filterSteps(withNone, all, 2)))).toEqual(ids(events));
  });
});
