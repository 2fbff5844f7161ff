import type { Tick } from '../timeline/ticks';

interface AxisProps {
  readonly ticks: readonly (Tick & { readonly xPx: number })[];
  readonly widthPx: number;
  readonly heightPx: number;
  readonly axisHeightPx: number;
}

const TICK_LABEL_CHAR_PX = 7;

/** Tick labels along the top and grid lines down the plot. */
export function Axis({ ticks, widthPx, heightPx, axisHeightPx }: AxisProps) {
  return (
    <svg className="axis" width={widthPx} height={heightPx} aria-hidden="true">
      <line className="axis__base" x1={0} x2={widthPx} y1={axisHeightPx - 0.5} y2={axisHeightPx - 0.5} />
      {ticks.map((tick) => (
        <g key={tick.ms} transform={`translate(${Math.round(tick.xPx) + 0.5},0)`}>
          <line className="axis__grid" y1={axisHeightPx - 6} y2={heightPx} />
          {/* A label that would run off the right edge is left out; its grid line stays. */}
          {tick.xPx + TICK_LABEL_CHAR_PX * tick.label.length + 6 <= widthPx && (
            <text className="axis__label" x={4} y={axisHeightPx - 12}>
              {tick.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
