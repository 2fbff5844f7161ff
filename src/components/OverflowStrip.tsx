import { memo, useEffect, useRef } from 'react';
import { formatRangeForDisplay } from '../timeline/rangeLabel';
import { COLUMN_PX, countLabel, type OverflowSummary } from '../timeline/overflow';
import { OVERFLOW_HEIGHT_PX } from '../timeline/renderModel';
import { plotLength } from './plotLength';

interface OverflowStripProps {
  readonly overflow: OverflowSummary & { readonly topPx: number };
  readonly widthPx: number;
  /** Laid out for this width and drawn in proportion to the plot's (see plotLength); null once measured. */
  readonly relativeToPx: number | null;
  readonly onZoomTo: (startMs: number, endMs: number) => void;
}

const RUG_COLOR = '#8a847e';

/** Draws the count per column as a density rug; the canvas is redrawn only when the counts change. */
const DensityRug = memo(function DensityRug({ columns, widthPx }: { columns: Uint32Array; widthPx: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.ceil(widthPx * dpr);
    canvas.height = Math.ceil(8 * dpr);
    ctx.scale(dpr, dpr);
    ctx.clearRect(0, 0, widthPx, 8);
    const peak = Math.max(1, ...columns);
    // A fixed mid grey that reads on light and dark paper (reading the CSS colour would force a
    // style recalculation on every frame of a zoom).
    ctx.fillStyle = RUG_COLOR;
    columns.forEach((n, i) => {
      if (n === 0) return;
      ctx.globalAlpha = 0.25 + 0.75 * Math.sqrt(n / peak);
      ctx.fillRect(i * COLUMN_PX, 0, COLUMN_PX, 8);
    });
  }, [columns, widthPx]);
  return <canvas ref={ref} className="overflow__rug" style={{ width: widthPx, height: 8 }} aria-hidden="true" />;
});

/**
 * The events that have no lane at this zoom, as counts per tick interval (each a button that zooms
 * in there, where they get lanes) over a density rug.
 */
export function OverflowStrip({ overflow, widthPx, relativeToPx, onZoomTo }: OverflowStripProps) {
  const x = (px: number) => plotLength(px, relativeToPx);
  return (
    <div className="overflow" style={{ top: overflow.topPx, width: x(widthPx), height: OVERFLOW_HEIGHT_PX }}>
      {/* Drawn once the width is known: a canvas has no proportional size. */}
      {relativeToPx === null && <DensityRug columns={overflow.columns} widthPx={widthPx} />}
      {overflow.buckets.map((b) => {
        const range = formatRangeForDisplay(b.startMs, b.endMs - 1);
        return (
          <button
            key={b.startMs}
            type="button"
            className="overflow__count"
            style={{ left: x(Math.max(0, b.leftPx)), maxWidth: Math.max(28, b.widthPx - 2) }}
            aria-label={`${b.count} more events, ${range}: zoom in to see them`}
            title={`${b.count} more events, ${range}: zoom in to see them`}
            onClick={() => onZoomTo(b.startMs, b.endMs)}
          >
            +{countLabel(b.count)}
          </button>
        );
      })}
    </div>
  );
}
