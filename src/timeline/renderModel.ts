import type { TimelineEvent } from '../data/dataset';
import { markLabelText, visiblePlaced, type EventLayout, type PlacedEvent } from './layout';
import { markGeometry, type MarkGeometry } from './marks';
import { summarizeOverflow, type OverflowSummary } from './overflow';
import { chooseTicks, type Tick } from './ticks';
import { viewScale, type ZoomTransform } from './viewport';

/**
 * Everything the plot draws for one view, in px: ticks and marks. The React plot and the SVG
 * export both draw from this, so an export looks like the screen.
 */

export const AXIS_HEIGHT_PX = 34;
export const LANE_HEIGHT_PX = 27;
export const OVERFLOW_HEIGHT_PX = 30;
const BOTTOM_PAD_PX = 8;

export interface RenderedMark {
  readonly placed: PlacedEvent;
  readonly geometry: MarkGeometry;
  readonly topPx: number;
  readonly color: string;
  readonly label: string;
  /** Drafted by a program and not yet checked by a person: drawn dashed, and named so. */
  readonly draft: boolean;
}

export interface RenderModel {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly viewStartMs: number;
  readonly viewEndMs: number;
  readonly ticks: readonly (Tick & { readonly xPx: number })[];
  readonly marks: readonly RenderedMark[];
  /** Counts of the events with no lane at this zoom, drawn under the lanes; null when all have one. */
  readonly overflow: (OverflowSummary & { readonly topPx: number }) | null;
}

/** `minTickSpacingPx`: the least room between ticks (chooseTicks' default when not given). */
export function buildRenderModel(
  layout: EventLayout,
  domain: readonly [number, number],
  widthPx: number,
  transform: ZoomTransform,
  colorOf: (e: TimelineEvent) => string,
  minTickSpacingPx?: number,
): RenderModel {
  const scale = viewScale(domain, widthPx, transform);
  const [viewStartMs, viewEndMs] = scale.domain().map((d) => d.getTime()) as [number, number];
  const toPx = (ms: number) => scale(ms);
  const ticks = chooseTicks(viewStartMs, viewEndMs, widthPx, minTickSpacingPx).ticks.map((t) => ({
    ...t,
    xPx: toPx(t.ms),
  }));
  const marks = visiblePlaced(layout, viewStartMs, viewEndMs).map((placed) => ({
    placed,
    geometry: markGeometry(placed, toPx, widthPx),
    topPx: AXIS_HEIGHT_PX + 4 + placed.lane * LANE_HEIGHT_PX,
    color: colorOf(placed.event),
    label: markLabelText(placed.event),
    draft: placed.event.status === 'draft',
  }));
  const lanesBottomPx = AXIS_HEIGHT_PX + Math.max(1, layout.laneCount) * LANE_HEIGHT_PX;
  const overflow =
    layout.overflowStartsMs.length === 0
      ? null
      : {
          ...summarizeOverflow(
            layout.overflowStartsMs,
            viewStartMs,
            viewEndMs,
            widthPx,
            ticks.map((t) => t.ms),
          ),
          topPx: lanesBottomPx + 4,
        };
  const heightPx = lanesBottomPx + (overflow ? OVERFLOW_HEIGHT_PX : 0) + BOTTOM_PAD_PX;
  return { widthPx, heightPx, viewStartMs, viewEndMs, ticks, marks, overflow };
}
