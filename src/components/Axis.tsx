import type { Tick } from '../timeline/ticks';
import { plotLength } from './plotLength';

interface AxisProps {
  readonly ticks: readonly (Tick & { readonly xPx: number })[];
  readonly widthPx: number;
  readonly heightPx: number;
  readonly axisHeightPx: number;
  /** Laid out for this width and drawn in proportion to the plot's (see plotLength); null once measured. */
  readonly relativeToPx: number | null;
}

const TICK_LABEL_CHAR_PX = 7;

/** Tick labels along the top and grid lines down the plot. */
export function Axis({ ticks, widthPx, heightPx, axisHeightPx, relativeToPx }: AxisProps) {
  const x = (px: number) => plotLength(px, relativeToPx, '%');
  return (
    <svg className="axis" width={x(widthPx)} height={heightPx} aria-hidden="true">
      <line className="axis__base" x1={0} x2={x(widthPx)} y1={axisHeightPx - 0.5} y2={axisHeightPx - 0.5} />
      {ticks.map((tick) => {
        // Whole pixels plus a half, so a one-pixel line stays sharp.
        const at = relativeToPx === null ? Math.round(tick.xPx) + 0.5 : x(tick.xPx);
        return (
          <g key={tick.ms}>
            <line className="axis__grid" x1={at} x2={at} y1={axisHeightPx - 6} y2={heightPx} />
            {/* A label that would run off the right edge is left out; its grid line stays. */}
            {tick.xPx + TICK_LABEL_CHAR_PX * tick.label.length + 6 <= widthPx && (
              <text className="axis__label" x={at} dx={4} y={axisHeightPx - 12}>
                {tick.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
