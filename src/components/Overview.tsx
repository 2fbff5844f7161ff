import { memo, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { densityBins } from '../timeline/density';
import { formatRangeForDisplay } from '../timeline/rangeLabel';
import { chooseTicks } from '../timeline/ticks';
import { plotLength, tickSpacingPx } from './plotLength';

interface OverviewProps {
  /** The whole timeline's dates (the fit view), UTC ms. */
  readonly domain: readonly [number, number];
  readonly widthPx: number;
  /** Laid out for this width and drawn in proportion to the strip's (see plotLength); null once measured. */
  readonly relativeToPx: number | null;
  readonly events: readonly { readonly startMs: number; readonly endMs: number }[];
  readonly viewStartMs: number;
  readonly viewEndMs: number;
  readonly onShowRange: (fromMs: number, toMs: number) => void;
}

const HEIGHT_PX = 44;
const BIN_PX = 3;
const HANDLE_PX = 8;
const TICK_SPACING_PX = 90;

type Drag = { mode: 'move' | 'left' | 'right'; startX: number; from: number; to: number };

/** All the density bars as one path: one element instead of hundreds. */
function densityPath(bins: Float64Array, peak: number): string {
  const parts: string[] = [];
  bins.forEach((v, i) => {
    if (v <= 0) return;
    const h = Math.sqrt(v / peak) * 26;
    parts.push(`M${i * BIN_PX} ${HEIGHT_PX - 14}v${-h.toFixed(1)}h${BIN_PX - 0.5}v${h.toFixed(1)}z`);
  });
  return parts.join('');
}

/** The density bars and tick labels; they change with the events, not with the view, so zooming skips them. */
const Density = memo(function Density({
  bins,
  domain,
  widthPx,
  relativeToPx,
}: {
  bins: Float64Array;
  domain: readonly [number, number];
  widthPx: number;
  relativeToPx: number | null;
}) {
  const peak = Math.max(1e-9, ...bins);
  const { ticks } = chooseTicks(domain[0], domain[1], widthPx, tickSpacingPx(TICK_SPACING_PX, relativeToPx));
  const x = (ms: number) => plotLength(((ms - domain[0]) / (domain[1] - domain[0])) * widthPx, relativeToPx, '%');
  const path = <path d={densityPath(bins, peak)} className="overview__bars" />;
  return (
    <svg
      width={plotLength(widthPx, relativeToPx, '%')}
      height={HEIGHT_PX}
      aria-hidden="true"
      className="overview__density"
    >
      {relativeToPx === null ? (
        path
      ) : (
        // Bars stretch with the strip; the labels, outside this box, do not.
        <svg viewBox={`0 0 ${widthPx} ${HEIGHT_PX}`} preserveAspectRatio="none" width="100%" height={HEIGHT_PX}>
          {path}
        </svg>
      )}
      {ticks.map((t) => (
        <text key={t.ms} x={x(t.ms)} dx={3} y={HEIGHT_PX - 3} className="overview__tick">
          {t.label}
        </text>
      ))}
    </svg>
  );
});

/**
 * The whole extent as a density strip, with a brush for the main view's window: drag it to pan,
 * drag its edges to zoom, click elsewhere to jump there. Arrow keys move it too.
 */
export function Overview({
  domain,
  widthPx,
  relativeToPx,
  events,
  viewStartMs,
  viewEndMs,
  onShowRange,
}: OverviewProps) {
  const bins = useMemo(() => densityBins(events, domain, widthPx / BIN_PX), [events, domain, widthPx]);
  const msPerPx = (domain[1] - domain[0]) / widthPx;
  const toPx = (ms: number) => (ms - domain[0]) / msPerPx;
  const x0 = toPx(viewStartMs);
  const x1 = toPx(viewEndMs);
  const drag = useRef<Drag | null>(null);

  const localX = (e: PointerEvent) => e.clientX - e.currentTarget.getBoundingClientRect().left;
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const x = localX(e);
    const span = viewEndMs - viewStartMs;
    let mode: Drag['mode'] = 'move';
    let from = viewStartMs;
    if (Math.abs(x - x0) <= HANDLE_PX) mode = 'left';
    else if (Math.abs(x - x1) <= HANDLE_PX) mode = 'right';
    else if (x < x0 || x > x1) {
      // A click outside the window jumps there, keeping its width.
      from = domain[0] + x * msPerPx - span / 2;
      onShowRange(from, from + span);
    }
    drag.current = { mode, startX: x, from, to: from + span };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const dMs = (localX(e) - d.startX) * msPerPx;
    if (d.mode === 'move') onShowRange(d.from + dMs, d.to + dMs);
    else if (d.mode === 'left') onShowRange(Math.min(d.from + dMs, d.to - msPerPx), d.to);
    else onShowRange(d.from, Math.max(d.to + dMs, d.from + msPerPx));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const span = viewEndMs - viewStartMs;
    const moves: Record<string, number> = {
      ArrowLeft: -0.1,
      ArrowRight: 0.1,
      PageUp: -0.5,
      PageDown: 0.5,
      Home: -Infinity,
      End: Infinity,
    };
    const m = moves[e.key];
    if (m === undefined) return;
    e.preventDefault();
    const from = m === -Infinity ? domain[0] : m === Infinity ? domain[1] - span : viewStartMs + m * span;
    onShowRange(from, from + span);
  };

  const centre = ((viewStartMs + viewEndMs) / 2 - domain[0]) / (domain[1] - domain[0]);
  return (
    <div
      className="overview"
      style={{ height: HEIGHT_PX }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <Density bins={bins} domain={domain} widthPx={widthPx} relativeToPx={relativeToPx} />
      <div
        className="overview__brush"
        style={{
          left: plotLength(x0, relativeToPx, '%'),
          width: plotLength(Math.max(2, x1 - x0), relativeToPx, '%'),
        }}
        role="slider"
        tabIndex={0}
        aria-label="Visible window on the whole timeline"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(centre * 100)}
        aria-valuetext={formatRangeForDisplay(viewStartMs, viewEndMs - 1)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
