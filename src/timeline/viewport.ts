import { scaleUtc, type ScaleTime } from 'd3-scale';

/**
 * The horizontal view: a base UTC scale that fits the data (zoom factor 1) and a zoom transform
 * `{k, x}` in d3-zoom's sense, applied to it. Zoom never goes out past the fit view (which
 * already has a margin around the data) nor in closer than `minViewMs` across the plot.
 */

export const DAY_MS = 86_400_000;

export interface ZoomTransform {
  /** Scale factor relative to the fit view; 1 shows everything. */
  readonly k: number;
  /** Horizontal translation in px. */
  readonly x: number;
}

export interface ZoomLimits {
  readonly minK: number;
  readonly maxK: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0 };

/** The fit domain: the data's extent plus a margin of 3% (at least a day) on each side, in UTC ms. */
export function fitDomain(extent: { startMs: number; endMs: number }): [number, number] {
  const margin = Math.max(DAY_MS, (extent.endMs - extent.startMs) * 0.03);
  return [extent.startMs - margin, extent.endMs + margin];
}

/** Zoom limits: out to the fit view, in until about `minViewMs` fills the plot. */
export function zoomLimits(domain: readonly [number, number], minViewMs = DAY_MS): ZoomLimits {
  return { minK: 1, maxK: Math.max(1, (domain[1] - domain[0]) / minViewMs) };
}

/** Keeps a transform inside the limits and the fit view's edges (what d3-zoom's constrain does). */
export function constrain(t: ZoomTransform, widthPx: number, limits: ZoomLimits): ZoomTransform {
  const k = Math.min(limits.maxK, Math.max(limits.minK, t.k));
  const x = Math.min(0, Math.max(widthPx - widthPx * k, t.x));
  return { k, x };
}

/** The scale for the current view: UTC ms to px across [0, widthPx]. */
export function viewScale(
  domain: readonly [number, number],
  widthPx: number,
  t: ZoomTransform,
): ScaleTime<number, number> {
  const base = scaleUtc().domain(domain).range([0, widthPx]);
  return base.copy().domain([base.invert(-t.x / t.k), base.invert((widthPx - t.x) / t.k)]);
}

/** Zooms by `factor` about the point `atPx`, within the limits. */
export function zoomAbout(
  t: ZoomTransform,
  factor: number,
  atPx: number,
  widthPx: number,
  limits: ZoomLimits,
): ZoomTransform {
  const k = Math.min(limits.maxK, Math.max(limits.minK, t.k * factor));
  return constrain({ k, x: atPx - ((atPx - t.x) * k) / t.k }, widthPx, limits);
}

/** Pans by `dxPx` (positive moves the content right, showing earlier dates). */
export function panBy(t: ZoomTransform, dxPx: number, widthPx: number, limits: ZoomLimits): ZoomTransform {
  return constrain({ k: t.k, x: t.x + dxPx }, widthPx, limits);
}

/** The transform that shows [startMs, endMs] across the plot, within the limits. */
export function transformForRange(
  domain: readonly [number, number],
  widthPx: number,
  startMs: number,
  endMs: number,
  limits: ZoomLimits,
): ZoomTransform {
  const span = domain[1] - domain[0];
  const k = span / Math.max(1, endMs - startMs);
  const x = (-(startMs - domain[0]) / span) * widthPx * k;
  return constrain({ k, x }, widthPx, limits);
}

/**
 * The smallest change of view that brings [startMs, endMs) into view, never changing the zoom:
 * unchanged if it already shows inside the middle 90% of the plot; otherwise panned to centre it,
 * or, when it is longer than the view, to put its start a tenth of the way in.
 */
export function transformToShow(
  domain: readonly [number, number],
  widthPx: number,
  t: ZoomTransform,
  startMs: number,
  endMs: number,
  limits: ZoomLimits,
): ZoomTransform {
  const [a, b] = viewScale(domain, widthPx, t)
    .domain()
    .map((d) => d.getTime()) as [number, number];
  const span = b - a;
  const inner = [a + span * 0.05, b - span * 0.05] as const;
  if (startMs <= inner[1] && endMs >= inner[0]) return t;
  const from = endMs - startMs <= span * 0.8 ? (startMs + endMs) / 2 - span / 2 : startMs - span * 0.1;
  return transformForRange(domain, widthPx, from, from + span, limits);
}
