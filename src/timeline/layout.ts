import type { TimelineEvent } from '../data/dataset';
import { extentOrderSteps } from './extentOrder';
import { assignLanesSteps } from './lanes';
import { lowerBound } from './search';
import { runToEnd } from '../data/steps';

/**
 * Where each event goes: its lane, and which side of its mark its label sits on. Computed once
 * per (events, plot width, zoom level), for the widest zoom of that level (level L covers zoom
 * factors from 2^L): a label takes a fixed number of pixels, so it covers the most time at that
 * zoom, and anything that does not collide there cannot collide closer in. Labels whose end
 * would pass the right edge of the fit view are flipped to the left. Events that find no lane
 * below the cap are left over, to be drawn as counts, and get lanes at deeper levels.
 */

export const LABEL_CHAR_PX = 6.6;
export const LABEL_PAD_PX = 12;
export const POINT_RADIUS_PX = 7;
export const MIN_BAR_PX = 6;
export const GAP_PX = 10;
const FULL_LABEL_CAP_PX = 640;

export interface PlacedEvent {
  readonly event: TimelineEvent;
  readonly lane: number;
  /** 'right': label starts at the mark; 'left': label ends at the mark. */
  readonly labelSide: 'right' | 'left';
  readonly labelPx: number;
  /** The whole title's estimated width; a bar wider than `labelPx` may show this much of it. */
  readonly fullLabelPx: number;
  /**
   * Where the next event in the same lane begins (or the fit view ends), UTC ms. Closer in, a
   * right-side label may grow up to there to show more of its title without touching anything.
   */
  readonly roomEndMs: number;
  /** What the event occupies in its lane at the widest zoom, label and gap included (UTC ms). */
  readonly extentStartMs: number;
  readonly extentEndMs: number;
}

export interface EventLayout {
  readonly level: number;
  /** Sorted by extentStartMs, and those starts for binary search. */
  readonly placed: readonly PlacedEvent[];
  readonly placedStartsMs: Float64Array;
  readonly laneCount: number;
  /** The longest extent, for culling by binary search. */
  readonly maxExtentMs: number;
  /**
   * Where the events that found no lane at this level start, in order, for counting them by binary
   * search (no list of the events themselves: at 100,000 events nearly all of them are left over).
   */
  readonly overflowStartsMs: Float64Array;
}

/** What a mark's label says, and its accessible name: the title, then the date at its own precision. */
export function markLabelText(event: Pick<TimelineEvent, 'dateLabel' | 'title'>): string {
  return `${event.title}, ${event.dateLabel}`;
}

/** The largest label, in px, for a plot this wide. */
export function maxLabelPx(widthPx: number): number {
  return Math.round(Math.min(250, Math.max(150, widthPx * 0.5)));
}

/** The width of a draft's "Draft" badge in its label (px). */
const DRAFT_BADGE_PX = 44;

/** An estimate of a label's width in px for `chars` characters, capped; longer labels are truncated to it. */
export function labelWidthPx(chars: number, capPx: number): number {
  return Math.min(capPx, Math.ceil(chars * LABEL_CHAR_PX) + LABEL_PAD_PX);
}

/** A label's width in px for `event`, capped at `capPx`: its title and date, and a draft's badge. */
function labelPxOf(event: TimelineEvent, capPx: number): number {
  const chars = event.title.length + 2 + event.dateLabel.length; // markLabelText's length, without building it
  // A draft's label also holds its "Draft" badge.
  const badgePx = event.status === 'draft' ? DRAFT_BADGE_PX : 0;
  return labelWidthPx(chars, capPx - badgePx) + badgePx;
}

/**
 * What a layout reads of each event, the same at every zoom level: its dates (UTC ms), whether it
 * is a point, and its label's width, capped for the plot (px). Read off the event objects once,
 * by the first level laid out as it goes (no pass of its own over them), into typed arrays that
 * every later level reads in order. (A label's full width is worked out for the placed events
 * alone.)
 */
export class EventColumns {
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
  /** 1 for a point. */
  readonly point: Uint8Array;
  readonly labelPx: Float64Array;
  /** The events [0, read) are read. */
  read = 0;
  /** Whether the events read are in order of start (a dataset's always are). */
  sortedByStart = true;
  private readonly capPx: number;

  constructor(
    private readonly events: readonly TimelineEvent[],
    widthPx: number,
  ) {
    const n = events.length;
    this.startMs = new Float64Array(n);
    this.endMs = new Float64Array(n);
    this.point = new Uint8Array(n);
    this.labelPx = new Float64Array(n);
    this.capPx = maxLabelPx(widthPx);
  }

  /** Reads event i (the next one not read). */
  readNext(i: number): void {
    const event = this.events[i]!;
    this.startMs[i] = event.startMs;
    if (i > 0 && event.startMs < this.startMs[i - 1]!) this.sortedByStart = false;
    this.endMs[i] = event.endMs;
    this.point[i] = event.shape === 'point' ? 1 : 0;
    this.labelPx[i] = labelPxOf(event, this.capPx);
    this.read = i + 1;
  }
}

/**
 * Lays out events on a plot `widthPx` wide whose fit view shows `domain` (UTC ms), for zoom
 * factors of at least 2^level, with at most `maxLanes` lanes. Works on typed arrays and makes
 * objects only for the events that get a lane, so a level of 100,000 events costs tens of ms.
 */
export function layoutEvents(
  events: readonly TimelineEvent[],
  domain: readonly [number, number],
  widthPx: number,
  level = 0,
  maxLanes = Infinity,
  columns = new EventColumns(events, widthPx),
): EventLayout {
  return runToEnd(layoutSteps(events, domain, widthPx, level, maxLanes, columns, Infinity));
}

/**
 * layoutEvents in slices of `slice` events, yielding between them, so a level of 100,000 events
 * can be laid out in idle time, or between frames, without a long task. Each slice's loop is a
 * plain function's (below), not the generator's own: V8 does not optimise a loop inside a
 * generator while it runs, so a level laid out at once (slice Infinity) would run its loops
 * unoptimised, several times slower.
 */
export function* layoutSteps(
  events: readonly TimelineEvent[],
  domain: readonly [number, number],
  widthPx: number,
  level: number,
  maxLanes: number,
  columns: EventColumns,
  slice: number,
): Generator<void, EventLayout> {
  const msPerPx = (domain[1] - domain[0]) / Math.max(1, widthPx) / 2 ** level;
  const n = events.length;
  const x: Extents = {
    starts: new Float64Array(n),
    ends: new Float64Array(n),
    left: new Uint8Array(n),
    groups: [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)],
    groupSizes: [0, 0, 0],
  };
  for (let from = 0; from < n; from += slice) {
    if (from > 0) yield;
    measureExtents(columns, domain[1], msPerPx, x, from, Math.min(n, from + slice));
  }
  yield;
  const byGroup = new Uint32Array(n);
  const groupEnds: number[] = [];
  for (let g = 0, at = 0; g < x.groups.length; g++) {
    byGroup.set(x.groups[g]!.subarray(0, x.groupSizes[g]), at);
    at += x.groupSizes[g]!;
    groupEnds.push(at);
  }
  const order = yield* extentOrderSteps(x.starts, x.ends, slice, byGroup, groupEnds);
  // The lanes are assigned to the extents in `order`, read through it (no sorted copies).
  const { laneCount, withLane, laneOf } = yield* assignLanesSteps(x.starts, x.ends, maxLanes, slice, order);
  const roomEnd = roomEnds(laneOf, laneCount, withLane, x.starts, order, domain[1]);
  const placed: PlacedEvent[] = [];
  const placedIndices: number[] = [];
  let maxExtentMs = 0;
  for (let from = 0; from < withLane.length; from += slice) {
    if (from > 0) yield;
    const to = Math.min(withLane.length, from + slice);
    const longest = place(events, columns, x, order, laneOf, withLane, roomEnd, from, to, placed, placedIndices);
    maxExtentMs = Math.max(maxExtentMs, longest);
  }
  const overflowStartsMs = leftOverStarts(columns, placedIndices);
  const placedStartsMs = new Float64Array(placed.length);
  for (let i = 0; i < placed.length; i++) placedStartsMs[i] = placed[i]!.extentStartMs;
  return { level, placed, placedStartsMs, laneCount, maxExtentMs, overflowStartsMs };
}

/** What each event occupies at one level (UTC ms), in input order, and its label's side. */
interface Extents {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** 1 where the label is flipped to the left of the mark. */
  readonly left: Uint8Array;
  /**
   * The indices of points, bars and flipped labels, each in input order. Points' extents start a
   * fixed time before their events, bars' at them, flipped labels' before either: each group is
   * nearly in order already (by start, as the events are), and sorts quickly (extentOrderSteps).
   */
  readonly groups: readonly [Uint32Array, Uint32Array, Uint32Array];
  readonly groupSizes: [number, number, number];
}

/** Fills in `x` for events [from, to), reading the events that are not read yet into `c`. */
function measureExtents(
  c: EventColumns,
  domainEndMs: number,
  msPerPx: number,
  x: Extents,
  from: number,
  to: number,
): void {
  while (c.read < from) c.readNext(c.read);
  for (let i = from; i < to; i++) {
    if (i === c.read) c.readNext(i);
    const startMs = c.startMs[i]!;
    const isPoint = c.point[i] === 1;
    const markStart = isPoint ? startMs - POINT_RADIUS_PX * msPerPx : startMs;
    const markEnd = isPoint
      ? startMs + POINT_RADIUS_PX * msPerPx
      : Math.max(c.endMs[i]!, startMs + MIN_BAR_PX * msPerPx);
    const labelMs = (c.labelPx[i]! + (isPoint ? 4 : 0)) * msPerPx;
    const rightEnd = Math.max(markEnd, (isPoint ? markEnd : markStart) + labelMs);
    const flip = rightEnd > domainEndMs;
    x.left[i] = flip ? 1 : 0;
    const group = flip ? 2 : isPoint ? 0 : 1;
    x.groups[group][x.groupSizes[group]++] = i;
    x.starts[i] = flip ? Math.min(markStart, (isPoint ? markStart : markEnd) - labelMs) : markStart;
    x.ends[i] = (flip ? markEnd : rightEnd) + GAP_PX * msPerPx;
  }
}

/**
 * Where the next extent in the same lane starts (or the fit view ends), for each sorted extent
 * with a lane (`withLane`, in order, and the result by place in it), walking back from the end.
 */
function roomEnds(
  laneOf: readonly number[],
  laneCount: number,
  withLane: readonly number[],
  starts: Float64Array,
  order: Uint32Array,
  domainEndMs: number,
): Float64Array {
  const roomEnd = new Float64Array(withLane.length);
  const nextStart = new Float64Array(laneCount).fill(Infinity);
  for (let w = withLane.length - 1; w >= 0; w--) {
    const k = withLane[w]!;
    const lane = laneOf[w]!;
    roomEnd[w] = Math.min(nextStart[lane]!, domainEndMs);
    nextStart[lane] = starts[order[k]!]!;
  }
  return roomEnd;
}

/**
 * Adds the sorted extents withLane[from, to) to `placed`, and their events' indices to
 * `placedIndices`; returns the longest of them (ms).
 */
function place(
  events: readonly TimelineEvent[],
  columns: EventColumns,
  x: Extents,
  order: Uint32Array,
  laneOf: readonly number[],
  withLane: readonly number[],
  roomEnd: Float64Array,
  from: number,
  to: number,
  placed: PlacedEvent[],
  placedIndices: number[],
): number {
  let maxExtentMs = 0;
  for (let w = from; w < to; w++) {
    const k = withLane[w]!;
    const i = order[k]!;
    placedIndices.push(i);
    maxExtentMs = Math.max(maxExtentMs, x.ends[i]! - x.starts[i]!);
    placed.push({
      event: events[i]!,
      lane: laneOf[w]!,
      labelSide: x.left[i] ? 'left' : 'right',
      labelPx: columns.labelPx[i]!,
      fullLabelPx: labelPxOf(events[i]!, FULL_LABEL_CAP_PX),
      roomEndMs: roomEnd[w]!,
      extentStartMs: x.starts[i]!,
      extentEndMs: x.ends[i]!,
    });
  }
  return maxExtentMs;
}

/**
 * The starts of the events not placed, in order: copied a stretch at a time between the placed
 * ones (at 100,000 events, a few hundred), in input order, which is by start already when the
 * events are (a dataset's always are).
 */
function leftOverStarts(columns: EventColumns, placedIndices: readonly number[]): Float64Array {
  const all = columns.startMs;
  const out = new Float64Array(all.length - placedIndices.length);
  // A typed array's own sort, with no comparator to call.
  const skipped = Uint32Array.from(placedIndices).sort();
  let from = 0;
  for (let s = 0; s <= skipped.length; s++) {
    const to = s < skipped.length ? skipped[s]! : all.length;
    out.set(all.subarray(from, to), from - s);
    from = to + 1;
  }
  if (!columns.sortedByStart) out.sort();
  return out;
}

/**
 * The placed events that intersect [startMs, endMs), found by binary search over the sorted
 * extents; O(log n + visible) when extents are short.
 */
export function visiblePlaced(layout: EventLayout, startMs: number, endMs: number): PlacedEvent[] {
  const { placed, maxExtentMs } = layout;
  const starts = layout.placedStartsMs;
  const out: PlacedEvent[] = [];
  for (let i = lowerBound(starts, startMs - maxExtentMs), end = lowerBound(starts, endMs); i < end; i++) {
    const p = placed[i]!;
    if (p.extentEndMs > startMs) out.push(p);
  }
  return out;
}
