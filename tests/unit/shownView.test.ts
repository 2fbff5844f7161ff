import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/dataset';
import { generateDataset } from '../../src/generate/generateDataset';
import { filterEvents } from '../../src/state/filters';
import { prepareSearch, searchEvents } from '../../src/state/search';
import { ShownViewJob, type ShownView, type ShownViewInput } from '../../src/state/shownView';
import { fitDomain } from '../../src/timeline/viewport';

const parsed = parseDataset(generateDataset({ count: 30_000, seed: 3 }));
if (!parsed.ok) throw new Error('generated dataset rejected');
const { events, categories, extent } = parsed.dataset;
prepareSearch(events, 0, events.length);
const everyCategory = new Set(categories.map((c) => c.id));
const domain = fitDomain(extent);
const input = (over: Partial<ShownViewInput> = {}): ShownViewInput => ({
  events,
  active: everyCategory,
  query: '',
  domain,
  widthPx: 1000,
  maxLanes: 30,
  ...over,
});
const withoutFirst = new Set([...everyCategory].slice(1));

const ids = (xs: readonly { id: string }[]) => xs.map((e) => e.id);
const laidOut = (view: ShownView) => view.levels!.at(0).placed.map((p) => [p.event.id, p.lane, p.labelSide] as const);

describe('ShownViewJob', () => {
  it('computes in slices the same view as at once: the filtered events, the matches and the widest level', () => {
    const asked = input({ active: withoutFirst, query: 'strike' });
    const sliced = new ShownViewJob(asked, null);
    let steps = 0;
    while (!sliced.step(() => false)) steps++;
    expect(steps, 'slices of 30,000 events').toBeGreaterThan(5);
    const whole = new ShownViewJob(asked, null).finish();
    const view = sliced.view!;
    const filtered = filterEvents(events, withoutFirst);
    expect(ids(view.filtered)).toEqual(ids(filtered));
    expect(ids(view.shown)).toEqual(ids(searchEvents(filtered, 'strike', events)));
    expect(view.shown.length).toBeGreaterThan(0);
    expect(view.shown.length).toBeLessThan(filtered.length);
    expect(laidOut(view)).toEqual(laidOut(whole));
  });

  it('starting from an earlier view, keeps what has not changed and recomputes the rest', () => {
    const first = new ShownViewJob(input({ query: 'strike' }), null).finish();
    const sameWords = new ShownViewJob(input({ query: '  STRIKE ' }), first).finish();
    expect(sameWords.shown).toBe(first.shown);
    expect(sameWords.levels).toBe(first.levels);
    expect(sameWords.query).toBe('  STRIKE ');

    const otherQuery = new ShownViewJob(input({ query: 'strikes' }), first).finish();
    expect(otherQuery.filtered).toBe(first.filtered);
    expect(ids(otherQuery.shown)).toEqual(ids(searchEvents(events, 'strikes')));

    const wider = new ShownViewJob(input({ query: 'strike', widthPx: 1400 }), first).finish();
    expect(wider.shown).toBe(first.shown);
    expect(wider.levels).not.toBe(first.levels);
    expect(laidOut(wider)).toEqual(laidOut(new ShownViewJob(input({ query: 'strike', widthPx: 1400 }), null).finish()));

    const fewer = new ShownViewJob(input({ query: 'strike', active: withoutFirst }), first).finish();
    expect(ids(fewer.filtered)).toEqual(ids(filterEvents(events, withoutFirst)));
    expect(ids(fewer.shown)).toEqual(ids(searchEvents(fewer.filtered, 'strike', events)));
  });

  it('lays nothing out until the plot has a width, and then keeps the matches it found', () => {
    const unmeasured = new ShownViewJob(input({ query: 'strike', widthPx: null }), null).finish();
    expect(unmeasured.levels).toBeNull();
    const measured = new ShownViewJob(input({ query: 'strike' }), unmeasured).finish();
    expect(measured.shown).toBe(unmeasured.shown);
    expect(measured.levels!.at(0).placed.length).toBeGreaterThan(0);
  });

  it('takes nothing from a view of another dataset', () => {
    const other = parseDataset(generateDataset({ count: 50, seed: 4 }));
    if (!other.ok) throw new Error('rejected');
    const before = new ShownViewJob(input({ events: other.dataset.events }), null).finish();
    const view = new ShownViewJob(input(), before).finish();
    expect(view.filtered).toHaveLength(events.length);
    expect(view.levels).not.toBe(before.levels);
  });
});
