import type { MarkShape } from '../data/dataset';
import { GAP_PX, MIN_BAR_PX, POINT_RADIUS_PX, type PlacedEvent } from './layout';

/**
 * Pixel geometry of one event mark in the current view. A mark is a box holding the dot or bar
 * and its label. Labels of long bars stay inside the visible part of the bar ("sticky"), so a
 * year-long event keeps its name on screen when zoomed into June.
 */

export const LABEL_GAP_PX = 4;
/** How far past the plot's edges a bar is drawn; beyond that it is cut (it may be millions of px long). */
const BLEED_PX = 24;

export interface MarkGeometry {
  readonly shape: MarkShape;
  /** The box, in plot px. */
  readonly leftPx: number;
  readonly widthPx: number;
  /** The dot or bar, relative to the box. */
  readonly markLeftPx: number;
  readonly markWidthPx: number;
  /** The label, relative to the box. */
  readonly labelLeftPx: number;
  readonly labelWidthPx: number;
}

export function markGeometry(p: PlacedEvent, toPx: (ms: number) => number, plotWidthPx: number): MarkGeometry {
  const { event, labelPx, labelSide } = p;
  // A right-side label may use the room up to the next mark in its lane, to show more of the title.
  const grow = (labelStartPx: number) =>
    labelSide === 'right'
      ? Math.max(labelPx, Math.min(p.fullLabelPx, toPx(p.roomEndMs) - GAP_PX - labelStartPx))
      : labelPx;
  if (event.shape === 'point') {
    const x = toPx(event.startMs);
    const labelW = grow(x + POINT_RADIUS_PX + LABEL_GAP_PX);
    const left = labelSide === 'right' ? x - POINT_RADIUS_PX : x - POINT_RADIUS_PX - LABEL_GAP_PX - labelPx;
    const markLeft = labelSide === 'right' ? 0 : labelPx + LABEL_GAP_PX;
    return {
      shape: 'point',
      leftPx: left,
      widthPx: 2 * POINT_RADIUS_PX + LABEL_GAP_PX + labelW,
      markLeftPx: markLeft,
      markWidthPx: 2 * POINT_RADIUS_PX,
      labelLeftPx: labelSide === 'right' ? 2 * POINT_RADIUS_PX + LABEL_GAP_PX : 0,
      labelWidthPx: labelW,
    };
  }
  const x0 = toPx(event.startMs);
  const x1 = Math.max(toPx(event.endMs), x0 + MIN_BAR_PX);
  // Inside its bar, or up to the next mark in the lane, a label may show more of the title.
  const visibleBarPx = Math.min(x1, plotWidthPx) - Math.max(x0, 0);
  const labelW = Math.max(grow(Math.max(x0, 0)), visibleBarPx);
  const labelX =
    labelSide === 'right'
      ? Math.max(x0, Math.min(0, x1 - labelW))
      : Math.min(x1 - labelW, Math.max(plotWidthPx - labelW, x0));
  const barLeft = Math.max(x0, -BLEED_PX);
  const barRight = Math.min(x1, plotWidthPx + BLEED_PX);
  const left = Math.min(barLeft, labelX);
  const right = Math.max(barRight, labelX + labelW);
  return {
    shape: event.shape,
    leftPx: left,
    widthPx: right - left,
    markLeftPx: barLeft - left,
    markWidthPx: Math.max(0, barRight - barLeft),
    labelLeftPx: labelX - left,
    labelWidthPx: labelW,
  };
}
