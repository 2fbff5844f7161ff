import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/dataset';
import { countByCategory, filterEvents, toggleCategory } from '../../src/state/filters';
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
});
