import type { TimelineEvent } from '../data/dataset';
import { assignLanes } from './lanes';

/**
 * Where each event goes: its lane, and which side of its mark its label sits on. Computed once
 * per (events, plot width), at the widest-out zoom: a label takes a fixed number of pixels, so
 * it covers the most time at that zoom, and anything that does not collide there cannot collide
 * closer in. Labels whose end would pass the right edge of the fit view are flipped to the left.
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
  /** Sorted by extentStartMs. */
  readonly placed: readonly PlacedEvent[];
  readonly laneCount: number;
  /** The longest extent, for culling by binary search. */
  readonly maxExtentMs: number;
}

/** What a mark's label says: the date at its own precision, then the title. */
export function markLabelText(event: Pick<TimelineEvent, 'dateLabel' | 'title'>): string {
  return `${event.dateLabel} · ${event.title}`;
}

/** The largest label, in px, for a plot this wide. */
export function maxLabelPx(widthPx: number): number {
  return Math.round(Math.min(250, Math.max(130, widthPx * 0.3)));
}

/** An estimate of a label's width in px, capped; the UI truncates longer titles to this width. */
export function labelWidthPx(title: string, capPx: number): number {
  return Math.min(capPx, Math.ceil(title.length * LABEL_CHAR_PX) + LABEL_PAD_PX);
}

/**
 * Lays out events on a plot `widthPx` wide showing `domain` (UTC ms) at the widest zoom.
 */
export function layoutEvents(
  events: readonly TimelineEvent[],
  domain: readonly [number, number],
  widthPx: number,
): EventLayout {
  const msPerPx = (domain[1] - domain[0]) / Math.max(1, widthPx);
  const cap = maxLabelPx(widthPx);
  const items = events.map((event) => {
    const labelPx = labelWidthPx(markLabelText(event), cap);
    const isPoint = event.shape === 'point';
    const markStart = isPoint ? event.startMs - POINT_RADIUS_PX * msPerPx : event.startMs;
    const markEnd = isPoint
      ? event.startMs + POINT_RADIUS_PX * msPerPx
      : Math.max(event.endMs, event.startMs + MIN_BAR_PX * msPerPx);
    const labelStart = isPoint ? markEnd : markStart;
    const rightEnd = Math.max(markEnd, labelStart + (labelPx + (isPoint ? 4 : 0)) * msPerPx);
    const flip = rightEnd > domain[1];
    const labelSide: 'left' | 'right' = flip ? 'left' : 'right';
    const extentStartMs = flip
      ? Math.min(markStart, (isPoint ? markStart : markEnd) - (labelPx + (isPoint ? 4 : 0)) * msPerPx)
      : markStart;
    const extentEndMs = (flip ? markEnd : rightEnd) + GAP_PX * msPerPx;
    const fullLabelPx = labelWidthPx(markLabelText(event), FULL_LABEL_CAP_PX);
    return { event, labelSide, labelPx, fullLabelPx, extentStartMs, extentEndMs };
  });
  items.sort((a, b) => a.extentStartMs - b.extentStartMs || a.extentEndMs - b.extentEndMs);
  const { lanes, laneCount } = assignLanes(items.map((i) => ({ startMs: i.extentStartMs, endMs: i.extentEndMs })));
  let maxExtentMs = 0;
  const nextStart = new Map<number, number>();
  const roomEnd: number[] = new Array<number>(items.length);
  for (let i = items.length - 1; i >= 0; i--) {
    roomEnd[i] = Math.min(nextStart.get(lanes[i]!) ?? Infinity, domain[1]);
    nextStart.set(lanes[i]!, items[i]!.extentStartMs);
  }
  const placed = items.map((item, i) => {
    maxExtentMs = Math.max(maxExtentMs, item.extentEndMs - item.extentStartMs);
    return { ...item, lane: lanes[i]!, roomEndMs: roomEnd[i]! };
  });
  return { placed, laneCount, maxExtentMs };
}

/**
 * The placed events that intersect [startMs, endMs), found by binary search over the sorted
 * extents; O(log n + visible) when extents are short.
 */
export function visiblePlaced(layout: EventLayout, startMs: number, endMs: number): PlacedEvent[] {
  const { placed, maxExtentMs } = layout;
  const lowerBound = (ms: number) => {
    let lo = 0;
    let hi = placed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (placed[mid]!.extentStartMs < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out: PlacedEvent[] = [];
  for (let i = lowerBound(startMs - maxExtentMs), end = lowerBound(endMs); i < end; i++) {
    const p = placed[i]!;
    if (p.extentEndMs > startMs) out.push(p);
  }
  return out;
}
