/**
 * A horizontal length in the plot, as a style or SVG attribute takes it. Once the plot's width is
 * measured it is px. Before that, in a first view prerendered at build time and in the render that
 * hydrates it, the view is laid out for a reference width (`relativeToPx`) and every horizontal
 * length is written as a share of the plot's real width: `cqw` for HTML (the plot is a size
 * container then), `%` inside an SVG as wide as the plot. So the static view is in proportion at
 * any width, and the server and the hydrating client write the same markup.
 */
export function plotLength(px: number, relativeToPx: number | null, unit: 'cqw' | '%' = 'cqw'): number | string {
  if (relativeToPx === null) return px;
  return `${+((px / relativeToPx) * 100).toFixed(3)}${unit}`;
}

/** About the narrowest plot the page has: a 320 px screen's, less the page's padding and the plot's frame. */
const NARROWEST_PLOT_PX = 290;

/**
 * The least spacing for tick labels at the reference width, so that drawn in proportion they do
 * not crowd even on the narrowest plot; `minSpacingPx` as it is once the width is measured.
 */
export function tickSpacingPx(minSpacingPx: number, relativeToPx: number | null): number {
  return relativeToPx === null ? minSpacingPx : (minSpacingPx * relativeToPx) / NARROWEST_PLOT_PX;
}
