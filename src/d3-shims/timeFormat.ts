/**
 * Stands in for d3-time-format in the build (see d3Shims in vite.config.ts). d3-scale's time
 * scales import it only to make `scale.tickFormat()`, building eight formatters (and d3's
 * default English locale) for every scale they create. The app never asks a scale for a tick
 * format: it labels its own ticks (src/timeline/ticks.ts). So the formatters here refuse to run.
 */
function format(specifier: string): (date: Date) => string {
  return () => {
    throw new Error(`d3-time-format is not bundled (format "${specifier}"): label dates in src/timeline/ticks.ts`);
  };
}

export const utcFormat = format;
export const timeFormat = format;
