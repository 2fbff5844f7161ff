import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/data/dataset';
import { utcMs } from '../../src/data/edtf';
import { assignLanes } from '../../src/timeline/lanes';
import { layoutEvents, visiblePlaced, type PlacedEvent } from '../../src/timeline/layout';
import { LayoutLevels } from '../../src/timeline/layoutLevels';
import { countLabel, summarizeOverflow } from '../../src/timeline/overflow';
import { markGeometry } from '../../src/timeline/marks';
import { IDENTITY, fitDomain, viewScale, zoomAbout, zoomLimits } from '../../src/timeline/viewport';
import { random } from './random';

const DAY = 86_400_000;

function event(id: string, startMs: number, endMs: number, shape: TimelineEvent['shape'], title = id): TimelineEvent {
  return {
    id,
    title,
    date: '',
    categories: ['x'],
    actors: [],
    attribution: '',
    quote: '',
    startMs,
    endMs,
    shape,
    dateLabel: '',
    openStart: false,
    openEnd: false,
    quoteStart: 0,
  };
}

function randomEvents(seed: number, n: number): TimelineEvent[] {
  const next = random(seed);
  const year = utcMs(2025, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    const start = year + Math.floor(next() * 365) * DAY;
    const kind = next();
    const shape = kind < 0.5 ? 'point' : kind < 0.85 ? 'period' : 'range';
    const days = shape === 'point' ? 1 : 1 + Math.floor(next() * 90);
    return event(`e${i}`, start, start + days * DAY, shape, 'x'.repeat(3 + Math.floor(next() * 60)));
  }).sort((a, b) => a.startMs - b.startMs);
}

/** The drawn box of every label, in plot px, for placed events at a zoom. */
function labelBoxes(
  placed: readonly PlacedEvent[],
  domain: [number, number],
  width: number,
  t: { k: number; x: number },
) {
  const scale = viewScale(domain, width, t);
  return placed.map((p) => {
    const g = markGeometry(p, (ms) => scale(ms), width);
    return { lane: p.lane, left: g.leftPx, right: g.leftPx + g.widthPx, id: p.event.id };
  });
}

describe('assignLanes', () => {
  it('puts overlapping events in different lanes', () => {
    const { lanes, laneCount } = assignLanes([0, 5, 6], [10, 15, 7]);
    expect(new Set(lanes).size).toBe(3);
    expect(laneCount).toBe(3);
  });

  it('reuses the lowest free lane once an event has ended', () => {
    const { lanes, laneCount } = assignLanes([0, 1, 4, 11], [10, 3, 20, 12]);
    expect(Array.from(lanes)).toEqual([0, 1, 1, 0]);
    expect(laneCount).toBe(2);
  });

  it('never lets two extents in one lane overlap, on 2,000 seeded extents', () => {
    const next = random(7);
    const extents = Array.from({ length: 2000 }, () => {
      const s = Math.floor(next() * 10_000);
      return { startMs: s, endMs: s + 1 + Math.floor(next() * 300) };
    }).sort((a, b) => a.startMs - b.startMs);
    const { lanes } = assignLanes(
      extents.map((e) => e.startMs),
      extents.map((e) => e.endMs),
    );
    const byLane = new Map<number, { startMs: number; endMs: number }[]>();
    extents.forEach((e, i) => byLane.set(lanes[i]!, [...(byLane.get(lanes[i]!) ?? []), e]));
    for (const list of byLane.values())
      for (let i = 1; i < list.length; i++) expect(list[i]!.startMs).toBeGreaterThanOrEqual(list[i - 1]!.endMs);
  });
});

describe('layoutEvents', () => {
  const domain = fitDomain({ startMs: utcMs(2025, 0, 1), endMs: utcMs(2026, 0, 1) });

  it('puts two events on the same day in different lanes, and far-apart events in one', () => {
    const aug15 = utcMs(2025, 7, 15);
    const layout = layoutEvents(
      [
        event('a', aug15, aug15 + DAY, 'point'),
        event('b', aug15, aug15 + DAY, 'point'),
        event('c', utcMs(2025, 0, 5), utcMs(2025, 0, 6), 'point'),
      ],
      domain,
      1000,
    );
    const lane = new Map(layout.placed.map((p) => [p.event.id, p.lane]));
    expect(lane.get('a')).not.toBe(lane.get('b'));
    expect(layout.laneCount).toBe(2);
  });

  it('flips the label of an event near the right edge to its left', () => {
    const dec = utcMs(2025, 11, 20);
    const layout = layoutEvents(
      [event('late', dec, dec + DAY, 'point', 'A rather long title for a late event')],
      domain,
      1000,
    );
    expect(layout.placed[0]!.labelSide).toBe('left');
    const [box] = labelBoxes(layout.placed, domain, 1000, IDENTITY);
    expect(box!.right).toBeLessThanOrEqual(1000);
  });

  it('no two marks in a lane overlap at the fit view or zoomed in, on 400 seeded events', () => {
    const width = 900;
    const layout = layoutEvents(randomEvents(42, 400), domain, width);
    const limits = zoomLimits(domain);
    for (const t of [
      IDENTITY,
      zoomAbout(IDENTITY, 3, 450, width, limits),
      zoomAbout(IDENTITY, 40, 200, width, limits),
    ]) {
      const boxes = labelBoxes(layout.placed, domain, width, t).sort((a, b) => a.lane - b.lane || a.left - b.left);
      for (let i = 1; i < boxes.length; i++) {
        const [p, q] = [boxes[i - 1]!, boxes[i]!];
        if (p.lane === q.lane) expect(q.left, `${p.id} and ${q.id} at k=${t.k}`).toBeGreaterThanOrEqual(p.right - 0.5);
      }
    }
  });
});

describe('visiblePlaced', () => {
  it('finds exactly the events that intersect the window, as a full scan would', () => {
    const domain = fitDomain({ startMs: utcMs(2025, 0, 1), endMs: utcMs(2026, 0, 1) });
    const layout = layoutEvents(randomEvents(3, 500), domain, 1000);
    const next = random(11);
    for (let n = 0; n < 50; n++) {
      const a = domain[0] + next() * (domain[1] - domain[0]);
      const b = a + next() * 60 * DAY;
      const expected = layout.placed.filter((p) => p.extentStartMs < b && p.extentEndMs > a).map((p) => p.event.id);
      expect(visiblePlaced(layout, a, b).map((p) => p.event.id)).toEqual(expected);
    }
  });
});

describe('markGeometry', () => {
  const domain = fitDomain({ startMs: utcMs(2025, 0, 1), endMs: utcMs(2026, 0, 1) });
  const width = 1000;
  const year = event('year', utcMs(2025, 0, 1), utcMs(2026, 0, 1), 'period', 'An event somewhere in the year');
  const layout = layoutEvents([year], domain, width);

  it("keeps a long bar's label on screen when zoomed into its middle", () => {
    const t = zoomAbout(IDENTITY, 12, 500, width, zoomLimits(domain));
    const scale = viewScale(domain, width, t);
    const g = markGeometry(layout.placed[0]!, (ms) => scale(ms), width);
    const labelLeft = g.leftPx + g.labelLeftPx;
    expect(labelLeft).toBeGreaterThanOrEqual(0);
    expect(labelLeft + g.labelWidthPx).toBeLessThanOrEqual(width);
    // The bar is cut near the plot's edges rather than drawn thousands of px wide.
    expect(g.widthPx).toBeLessThan(width + 100);
  });

  it('draws a day as a dot with its label beside it', () => {
    const aug15 = utcMs(2025, 7, 15);
    const l = layoutEvents([event('d', aug15, aug15 + DAY, 'point', 'A summit')], domain, width);
    const scale = viewScale(domain, width, IDENTITY);
    const g = markGeometry(l.placed[0]!, (ms) => scale(ms), width);
    expect(g.leftPx + g.markLeftPx + g.markWidthPx / 2).toBeCloseTo(scale(aug15), 6);
    expect(g.labelLeftPx).toBeGreaterThan(g.markLeftPx);
  });
});

describe('lane cap and zoom levels', () => {
  const domain = fitDomain({ startMs: utcMs(2025, 0, 1), endMs: utcMs(2026, 0, 1) });

  it('assignLanes leaves extents beyond the cap without a lane', () => {
    const { lanes, laneCount } = assignLanes([0, 1, 2, 11], [10, 10, 10, 12], 2);
    expect(Array.from(lanes)).toEqual([0, 1, -1, 0]);
    expect(laneCount).toBe(2);
  });

  it('keeps one layout for every zoom when all events fit, so marks keep their rows', () => {
    const events = randomEvents(5, 30);
    const levels = new LayoutLevels(events, domain, 1000, 1000);
    expect(levels.forZoom(1)).toBe(levels.forZoom(64));
    expect(levels.forZoom(64).overflowStartsMs.length).toBe(0);
  });

  it('gives left-over events lanes as the zoom deepens, never more lanes than the cap', () => {
    const events = randomEvents(9, 3000);
    const levels = new LayoutLevels(events, domain, 1000, 12);
    const counts = [1, 4, 16, 64].map((k) => levels.at(levels.levelFor(k)));
    for (const layout of counts) {
      expect(layout.laneCount).toBeLessThanOrEqual(12);
      expect(layout.placed.length + layout.overflowStartsMs.length).toBe(3000);
    }
    expect(counts[0]!.overflowStartsMs.length).toBeGreaterThan(counts[3]!.overflowStartsMs.length);
  });

  it('draws a deeper zoom with the deepest coarser level laid out until its own level is', () => {
    const events = randomEvents(9, 3000);
    const levels = new LayoutLevels(events, domain, 1000, 12);
    expect(levels.forZoom(64).level).toBe(0);
    levels.at(2);
    expect(levels.forZoom(64).level).toBe(2);
    expect(levels.forZoom(2).level).toBe(0);
    levels.at(6);
    expect(levels.forZoom(64).level).toBe(6);
    expect(levels.has(5)).toBe(false);
  });

  it('lays a level out slice by slice in idle time, exactly as all at once', () => {
    const events = randomEvents(11, 30_000);
    const sliced = new LayoutLevels(events, domain, 1000, 12);
    const whole = new LayoutLevels(events, domain, 1000, 12);
    let steps = 0;
    while (!sliced.step(3, () => false)) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(sliced.has(3)).toBe(true);
    const a = sliced.at(3);
    const b = whole.at(3);
    expect(a.placed.map((p) => [p.event.id, p.lane, p.labelSide])).toEqual(
      b.placed.map((p) => [p.event.id, p.lane, p.labelSide]),
    );
    expect(Array.from(a.overflowStartsMs)).toEqual(Array.from(b.overflowStartsMs));
    // A level begun in idle time and then needed at once is finished, not started again.
    const half = new LayoutLevels(events, domain, 1000, 12);
    half.step(3, () => false);
    expect(half.at(3).placed.length).toBe(b.placed.length);
  });
});

describe('summarizeOverflow', () => {
  it('writes a count with a comma between thousands, as en-GB does', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789])
      expect(countLabel(n)).toBe(n.toLocaleString('en-GB'));
  });

  it('counts left-over events per tick interval and per column, where they start', () => {
    const starts = Float64Array.from([5, 6, 15, 25, 26, 27, 95]);
    const s = summarizeOverflow(starts, 0, 100, 100, [10, 20, 50]);
    expect(s.buckets.map((b) => [b.startMs, b.endMs, b.count])).toEqual([
      [0, 10, 2],
      [10, 20, 1],
      [20, 50, 3],
      [50, 100, 1],
    ]);
    expect(s.inView).toBe(7);
    expect(Array.from(s.columns).reduce((a, b) => a + b, 0)).toBe(7);
    expect([s.columns[2], s.columns[13]]).toEqual([1, 2]);
  });
});
