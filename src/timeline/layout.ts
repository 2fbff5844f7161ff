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

/** An estimate of a label's width in px for `chars` characters, capped; longer labels are truncated to it. */
/** The width of a draft's "Draft" badge in its label (px). */
const DRAFT_BADGE_PX = 44;

export function labelWidthPx(chars: number, capPx: number): number {
  return Math.min(capPx, Math.ceil(chars * LABEL_CHAR_PX) + LABEL_PAD_PX);
}

/** Each event's label width, capped for the plot and in full (px); the same at every zoom level. */
export interface LabelWidths {
  readonly labelPx: Float64Array;
  readonly fullPx: Float64Array;
}

export function labelWidths(events: readonly TimelineEvent[], widthPx: number): LabelWidths {
  const cap = maxLabelPx(widthPx);
  const labelPx = new Float64Array(events.length);
  const fullPx = new Float64Array(events.length);
  events.forEach((event, i) => {
    const chars = event.title.length + 2 + event.dateLabel.length; // markLabelText's length, without building it
    // A draft's label also holds its "Draft" badge.
    const badgePx = event.status === 'draft' ? DRAFT_BADGE_PX : 0;
    fullPx[i] = labelWidthPx(chars, FULL_LABEL_CAP_PX - badgePx) + badgePx;
    labelPx[i] = labelWidthPx(chars, cap - badgePx) + badgePx;
  });
  return { labelPx, fullPx };
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
  widths: LabelWidths = labelWidths(events, widthPx),
): EventLayout {
  return runToEnd(layoutSteps(events, domain, widthPx, level, maxLanes, widths, Infinity));
}

/**
 * layoutEvents in slices of `slice` events, yielding between them, so a level of 100,000 events
 * can be laid out in idle time, or between frames, without a long task.
 */
export function* layoutSteps(
  events: readonly TimelineEvent[],
  domain: readonly [number, number],
  widthPx: number,
  level: number,
  maxLanes: number,
  widths: LabelWidths,
  slice: number,
): Generator<void, EventLayout> {
  const msPerPx = (domain[1] - domain[0]) / Math.max(1, widthPx) / 2 ** level;
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const left = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % slice === 0) yield;
    const event = events[i]!;
    const labelPx = widths.labelPx[i]!;
    const isPoint = event.shape === 'point';
    const markStart = isPoint ? event.startMs - POINT_RADIUS_PX * msPerPx : event.startMs;
    const markEnd = isPoint
      ? event.startMs + POINT_RADIUS_PX * msPerPx
      : Math.max(event.endMs, event.startMs + MIN_BAR_PX * msPerPx);
    const labelMs = (labelPx + (isPoint ? 4 : 0)) * msPerPx;
    const rightEnd = Math.max(markEnd, (isPoint ? markEnd : markStart) + labelMs);
    const flip = rightEnd > domain[1];
    left[i] = flip ? 1 : 0;
    starts[i] = flip ? Math.min(markStart, (isPoint ? markStart : markEnd) - labelMs) : markStart;
    ends[i] = (flip ? markEnd : rightEnd) + GAP_PX * msPerPx;
  }
  yield;
  const order = yield* extentOrderSteps(starts, ends, slice);
  // Plain loops: TypedArray.from with a mapping function is several times slower in V8.
  const sortedStarts = new Float64Array(n);
  const sortedEnds = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    sortedStarts[k] = starts[order[k]!]!;
    sortedEnds[k] = ends[order[k]!]!;
  }
  const { lanes, laneCount } = yield* assignLanesSteps(sortedStarts, sortedEnds, maxLanes, slice);

  // Where the next event in each lane starts, walking back from the end.
  const roomEnd = new Float64Array(n);
  const nextStart = new Map<number, number>();
  for (let k = n - 1; k >= 0; k--) {
    const lane = lanes[k]!;
    if (lane < 0) continue;
    roomEnd[k] = Math.min(nextStart.get(lane) ?? Infinity, domain[1]);
    nextStart.set(lane, starts[order[k]!]!);
  }
  let maxExtentMs = 0;
  const placed: PlacedEvent[] = [];
  const leftOver = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    if (k > 0 && k % slice === 0) yield;
    const i = order[k]!;
    if (lanes[k]! < 0) {
      leftOver[i] = 1;
      continue;
    }
    maxExtentMs = Math.max(maxExtentMs, ends[i]! - starts[i]!);
    placed.push({
      event: events[i]!,
      lane: lanes[k]!,
      labelSide: left[i] ? 'left' : 'right',
      labelPx: widths.labelPx[i]!,
      fullLabelPx: widths.fullPx[i]!,
      roomEndMs: roomEnd[k]!,
      extentStartMs: starts[i]!,
      extentEndMs: ends[i]!,
    });
  }
  // In input order, which is by start already when the events are (a dataset's always are).
  const overflow: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) if (leftOver[i] === 1) overflow.push(events[i]!);
  if (!isSortedByStart(overflow)) overflow.sort((a, b) => a.startMs - b.startMs);
  const overflowStartsMs = new Float64Array(overflow.length);
  for (let i = 0; i < overflow.length; i++) overflowStartsMs[i] = overflow[i]!.startMs;
  const placedStartsMs = new Float64Array(placed.length);
  for (let i = 0; i < placed.length; i++) placedStartsMs[i] = placed[i]!.extentStartMs;
  return { level, placed, placedStartsMs, laneCount, maxExtentMs, overflow, overflowStartsMs };
}

function isSortedByStart(events: readonly TimelineEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (events[i]!.startMs < events[i - 1]!.startMs) return false;
  return true;
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
  private readonly started = new Map<number, Generator<void, EventLayout>>();
  private widths: LabelWidths | null = null;

  constructor(
    private readonly events: readonly TimelineEvent[],
    private readonly domain: readonly [number, number],
    private readonly widthPx: number,
    private readonly maxLanes: number,
  ) {}

  /** The level drawn at zoom factor `k`: 0 when every event fits there, else k's own level. */
  levelFor(k: number): number {
    if (this.at(0).overflow.length === 0) return 0;
    return Math.max(0, Math.min(MAX_LEVEL, Math.floor(Math.log2(Math.max(1, k)))));
  }

  /**
   * The layout for drawing at zoom factor `k`: k's own level once it is laid out, until then the
   * deepest coarser level that is (level 0 at worst, laid out now). A coarser level is correct
   * closer in, only sparser: its labels were spaced for a wider view. So drawing never waits for
   * a level; `at` lays one out, and the caller decides when.
   */
  forZoom(k: number): EventLayout {
    for (let level = this.levelFor(k); level > 0; level--) {
      const layout = this.levels.get(level);
      if (layout) return layout;
    }
    return this.at(0);
  }

  /** Whether `level` is laid out already (so drawing it costs nothing extra). */
  has(level: number): boolean {
    return this.levels.has(level) || level > MAX_LEVEL;
  }

  /** Lays `level` out now (finishing what `step` began). */
  at(level: number): EventLayout {
    let layout = this.levels.get(level);
    if (!layout) {
      const steps = this.steps(level);
      for (let step = steps.next(); ; step = steps.next())
        if (step.done) {
          layout = step.value;
          break;
        }
      this.finish(level, layout);
    }
    return layout;
  }

  /**
   * Goes on laying `level` out, a slice of events at a time, while `goOn()` says there is time;
   * true once it is laid out. For idle time: no slice of 100,000 events takes more than a few ms.
   */
  step(level: number, goOn: () => boolean): boolean {
    if (this.levels.has(level)) return true;
    const steps = this.steps(level);
    do {
      const step = steps.next();
      if (step.done) {
        this.finish(level, step.value);
        return true;
      }
    } while (goOn());
    return false;
  }

  private steps(level: number): Generator<void, EventLayout> {
    let steps = this.started.get(level);
    if (!steps) {
      this.widths ??= labelWidths(this.events, this.widthPx);
      steps = layoutSteps(this.events, this.domain, this.widthPx, level, this.maxLanes, this.widths, SLICE);
      this.started.set(level, steps);
    }
    return steps;
  }

  private finish(level: number, layout: EventLayout): void {
    this.levels.set(level, layout);
    this.started.delete(level);
  }
}

/** Events per slice of a layout in idle time: about 1–3 ms each at 100,000 events. */
const SLICE = 8192;

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
