import type { TimelineEvent } from '../data/dataset';
import { assignLanes } from './lanes';
import { lowerBound } from './search';

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
  /** Events that found no lane at this level, by startMs, and their starts for binary search. */
  readonly overflow: readonly TimelineEvent[];
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

/** An estimate of a label's width in px, capped; the UI truncates longer titles to this width. */
export function labelWidthPx(title: string, capPx: number): number {
  return Math.min(capPx, Math.ceil(title.length * LABEL_CHAR_PX) + LABEL_PAD_PX);
}

/**
 * Lays out events on a plot `widthPx` wide whose fit view shows `domain` (UTC ms), for zoom
 * factors of at least 2^level, with at most `maxLanes` lanes.
 */
export function layoutEvents(
  events: readonly TimelineEvent[],
  domain: readonly [number, number],
  widthPx: number,
  level = 0,
  maxLanes = Infinity,
): EventLayout {
  const msPerPx = (domain[1] - domain[0]) / Math.max(1, widthPx) / 2 ** level;
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
  const { lanes, laneCount } = assignLanes(
    items.map((i) => ({ startMs: i.extentStartMs, endMs: i.extentEndMs })),
    maxLanes,
  );
  let maxExtentMs = 0;
  const nextStart = new Map<number, number>();
  const roomEnd: number[] = new Array<number>(items.length);
  for (let i = items.length - 1; i >= 0; i--) {
    if (lanes[i]! < 0) continue;
    roomEnd[i] = Math.min(nextStart.get(lanes[i]!) ?? Infinity, domain[1]);
    nextStart.set(lanes[i]!, items[i]!.extentStartMs);
  }
  const placed: PlacedEvent[] = [];
  const overflow: TimelineEvent[] = [];
  items.forEach((item, i) => {
    if (lanes[i]! < 0) {
      overflow.push(item.event);
      return;
    }
    maxExtentMs = Math.max(maxExtentMs, item.extentEndMs - item.extentStartMs);
    placed.push({ ...item, lane: lanes[i]!, roomEndMs: roomEnd[i]! });
  });
  overflow.sort((a, b) => a.startMs - b.startMs);
  const overflowStartsMs = Float64Array.from(overflow, (e) => e.startMs);
  const placedStartsMs = Float64Array.from(placed, (p) => p.extentStartMs);
  return { level, placed, placedStartsMs, laneCount, maxExtentMs, overflow, overflowStartsMs };
}

/** The deepest zoom level laid out: 2^12 is past any zoom limit over a year's data. */
const MAX_LEVEL = 12;

/**
 * The layouts of one (events, plot width), one per zoom level, computed when first needed. If
 * every event fits in the lanes at the widest level, that one layout serves every zoom, so marks
 * keep their rows; otherwise each level has its own, and zooming in gives left-over events lanes.
 */
export class LayoutLevels {
  private readonly levels = new Map<number, EventLayout>();

  constructor(
    private readonly events: readonly TimelineEvent[],
    private readonly domain: readonly [number, number],
    private readonly widthPx: number,
    private readonly maxLanes: number,
  ) {}

  /** The layout for drawing at zoom factor `k`. */
  forZoom(k: number): EventLayout {
    const widest = this.at(0);
    if (widest.overflow.length === 0) return widest;
    return this.at(Math.max(0, Math.min(MAX_LEVEL, Math.floor(Math.log2(Math.max(1, k))))));
  }

  at(level: number): EventLayout {
    let layout = this.levels.get(level);
    if (!layout) {
      layout = layoutEvents(this.events, this.domain, this.widthPx, level, this.maxLanes);
      this.levels.set(level, layout);
    }
    return layout;
  }
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
