import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../data/dataset';
import { formatRangeForDisplay } from '../timeline/rangeLabel';
import { layoutEvents, visiblePlaced } from '../timeline/layout';
import { markGeometry } from '../timeline/marks';
import { chooseTicks } from '../timeline/ticks';
import { IDENTITY, panBy, viewScale, zoomAbout, zoomLimits } from '../timeline/viewport';
import { Axis } from './Axis';
import { EventMark } from './EventMark';
import { useElementWidth } from './useElementWidth';
import { useZoom } from './useZoom';
import { ZoomControls } from './ZoomControls';

const AXIS_HEIGHT_PX = 34;
const LANE_HEIGHT_PX = 27;
const ZOOM_STEP = 2;
const PAN_FRACTION = 0.2;

interface TimelineProps {
  /** The fit view's dates (UTC ms); fixed per dataset, so filtering never moves the axis. */
  readonly domain: readonly [number, number];
  /** The events to draw (already filtered). */
  readonly events: readonly TimelineEvent[];
  readonly colorOf: (event: TimelineEvent) => string;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

export function Timeline({ domain, events, colorOf, selectedId, onSelect }: TimelineProps) {
  const plotRef = useRef<HTMLDivElement>(null);
  const widthPx = useElementWidth(plotRef);
  const limits = useMemo(() => zoomLimits(domain), [domain]);
  const { transform, apply } = useZoom(plotRef, widthPx, limits);
  const layout = useMemo(() => layoutEvents(events, domain, widthPx), [events, domain, widthPx]);

  const scale = viewScale(domain, widthPx, transform);
  const [viewStart, viewEnd] = scale.domain().map((d) => d.getTime()) as [number, number];
  const { ticks } = chooseTicks(viewStart, viewEnd, widthPx);
  const visible = visiblePlaced(layout, viewStart, viewEnd);
  const heightPx = AXIS_HEIGHT_PX + Math.max(1, layout.laneCount) * LANE_HEIGHT_PX + 8;
  const toPx = (ms: number) => scale(ms);

  // Benchmarks wait for this: the dataset's first draw is on screen.
  const readyFor = useRef<readonly [number, number] | null>(null);
  useEffect(() => {
    if (readyFor.current === domain) return;
    readyFor.current = domain;
    const frame = requestAnimationFrame(() => performance.mark('timeline-ready'));
    return () => cancelAnimationFrame(frame);
  }, [domain]);

  const zoomIn = () => apply(zoomAbout(transform, ZOOM_STEP, widthPx / 2, widthPx, limits));
  const zoomOut = () => apply(zoomAbout(transform, 1 / ZOOM_STEP, widthPx / 2, widthPx, limits));
  const fit = () => apply(IDENTITY);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const step = widthPx * PAN_FRACTION * (e.shiftKey ? 3 : 1);
    const actions: Record<string, () => void> = {
      '+': zoomIn,
      '=': zoomIn,
      '-': zoomOut,
      _: zoomOut,
      '−': zoomOut,
      '0': fit,
      ArrowLeft: () => apply(panBy(transform, step, widthPx, limits)),
      ArrowRight: () => apply(panBy(transform, -step, widthPx, limits)),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__toolbar">
        <h2 id="timeline-heading" className="timeline__heading">
          Timeline
        </h2>
        <p className="timeline__range">
          Showing {formatRangeForDisplay(viewStart, viewEnd)} · {visible.length} of {events.length} events in view
        </p>
        <ZoomControls
          onZoomIn={zoomIn}
          onZoomOut={zoomOut}
          onFit={fit}
          canZoomIn={transform.k < limits.maxK - 1e-9}
          canZoomOut={transform.k > limits.minK + 1e-9}
        />
      </div>
      <div
        id="timeline-plot"
        ref={plotRef}
        className="timeline__plot"
        role="group"
        aria-label="Events on a time axis. Drag or use the arrow keys to pan; wheel, pinch or + and − to zoom; 0 to fit."
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={{ height: heightPx }}
      >
        <Axis
          ticks={ticks.map((tick) => ({ tick, xPx: toPx(tick.ms) }))}
          widthPx={widthPx}
          heightPx={heightPx}
          axisHeightPx={AXIS_HEIGHT_PX}
        />
        {events.length === 0 && <p className="timeline__empty">No events match the selected categories.</p>}
        {visible.map((p) => {
          const g = markGeometry(p, toPx, widthPx);
          return (
            <EventMark
              key={p.event.id}
              id={p.event.id}
              title={p.event.title}
              dateLabel={p.event.dateLabel}
              shape={p.event.shape}
              color={colorOf(p.event)}
              topPx={AXIS_HEIGHT_PX + 4 + p.lane * LANE_HEIGHT_PX}
              leftPx={g.leftPx}
              widthPx={g.widthPx}
              markLeftPx={g.markLeftPx}
              markWidthPx={g.markWidthPx}
              labelLeftPx={g.labelLeftPx}
              labelWidthPx={g.labelWidthPx}
              openStart={p.event.openStart}
              openEnd={p.event.openEnd}
              selected={p.event.id === selectedId}
              onSelect={onSelect}
            />
          );
        })}
      </div>
    </section>
  );
}
