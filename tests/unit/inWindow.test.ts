import { describe, expect, it } from 'vitest';
import { eventsInWindow } from '../../src/timeline/inWindow';

const events = [
  { id: 'a', startMs: 0, endMs: 10 },
  { id: 'b', startMs: 5, endMs: 30 },
  { id: 'c', startMs: 20, endMs: 21 },
  { id: 'd', startMs: 40, endMs: 50 },
];
const extent = { startMs: 0, endMs: 50 };
const ids = (xs: readonly { id: string }[]) => xs.map((e) => e.id);

describe('eventsInWindow', () => {
  it('keeps the events that overlap the window, in their order', () => {
    expect(ids(eventsInWindow(events, extent, 10, 25))).toEqual(['b', 'c']);
    expect(ids(eventsInWindow(events, extent, 21, 40))).toEqual(['b']);
    expect(ids(eventsInWindow(events, extent, 30, 40))).toEqual([]);
  });

  it('keeps every event, the list itself, when the window holds the whole extent', () => {
    expect(eventsInWindow(events, extent, -1, 51)).toBe(events);
    // One that ends where the extent does is not around it: each event is looked at.
    expect(ids(eventsInWindow(events, extent, -1, 50))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(eventsInWindow(events, extent, -1, 45))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(eventsInWindow(events, extent, -1, 40))).toEqual(['a', 'b', 'c']);
  });
});
