// d3-zoom and d3-selection (with d3-transition, d3-drag and d3-interpolate behind them, about
// 12 kB gzip), in a chunk of their own: useZoom loads them once the timeline is first drawn, so
// they are not part of the JavaScript every first visit loads before anything is shown.
export { select } from 'd3-selection';
export { zoom, zoomIdentity } from 'd3-zoom';
