import { lazy, Suspense, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { formatRangeForDisplay } from '../timeline/rangeLabel';
import type { RenderModel } from '../timeline/renderModel';
import { AXIS_HEIGHT_PX } from '../timeline/renderModel';
import { Axis } from './Axis';
import { EventMark } from './EventMark';
import { ZoomControls } from './ZoomControls';

export interface ZoomActions {
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly fit: () => void;
  /** Pans by a fraction of the plot's width; positive shows later dates. */
  readonly pan: (fraction: number) => void;
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
}

interface TimelineProps {
  readonly plotRef: RefObject<HTMLDivElement | null>;
  readonly model: RenderModel;
  /** How many events pass the filters and search. */
  readonly shownCount: number;
  readonly selectedId: string | null;
  readonly query: string;
  readonly onSelect: (id: string) => void;
  readonly zoom: ZoomActions;
  readonly onZoomTo: (startMs: number, endMs: number) => void;
  /** The plot's width is not measured yet: laid out for this width, drawn in proportion (see plotLength). */
  readonly relativeToPx: number | null;
  /** What is drawn is the last view ready; the one asked for (a search, a filter) is being laid out. */
  readonly busy?: boolean;
  /** Drawn under the plot, inside the timeline's box (the overview strip). */
  readonly children?: ReactNode;
}

// Only a timeline with more events than lanes at some zoom has left-over counts to draw.
const OverflowStrip = lazy(() => import('./OverflowStrip').then((m) => ({ default: m.OverflowStrip })));

const KEYS: Record<string, (z: ZoomActions, shift: boolean) => void> = {
  '+': (z) => z.zoomIn(),
  '=': (z) => z.zoomIn(),
  '-': (z) => z.zoomOut(),
  _: (z) => z.zoomOut(),
  '−': (z) => z.zoomOut(),
  '0': (z) => z.fit(),
  ArrowLeft: (z, shift) => z.pan(shift ? -0.6 : -0.2),
  ArrowRight: (z, shift) => z.pan(shift ? 0.6 : 0.2),
};

/** The plot: axis, grid and event marks for one view, with zoom buttons and keys. */
export function Timeline({
  plotRef,
  model,
  shownCount,
  selectedId,
  query,
  onSelect,
  zoom,
  onZoomTo,
  relativeToPx,
  busy = false,
  children,
}: TimelineProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    const action = KEYS[e.key];
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    action(zoom, e.shiftKey);
  };

  return (
    <section className="timeline" aria-labelledby="timeline-heading" aria-busy={busy || undefined}>
      <div className="timeline__toolbar">
        <h2 id="timeline-heading" className="timeline__heading">
          Timeline
        </h2>
        <p className="timeline__range">
          Showing {formatRangeForDisplay(model.viewStartMs, model.viewEndMs - 1)} · {model.marks.length} of {shownCount}{' '}
          events in view
        </p>
        <ZoomControls
          onZoomIn={zoom.zoomIn}
          onZoomOut={zoom.zoomOut}
          onFit={zoom.fit}
          canZoomIn={zoom.canZoomIn}
          canZoomOut={zoom.canZoomOut}
        />
      </div>
      <div
        id="timeline-plot"
        ref={plotRef}
        className={`timeline__plot${relativeToPx === null ? '' : ' timeline__plot--relative'}`}
        role="group"
        aria-label="Events on a time axis. Drag or use the arrow keys to pan; wheel, pinch or + and − to zoom; 0 to fit."
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={{ height: model.heightPx }}
      >
        <Axis
          ticks={model.ticks}
          widthPx={model.widthPx}
          heightPx={model.heightPx}
          axisHeightPx={AXIS_HEIGHT_PX}
          relativeToPx={relativeToPx}
        />
        {shownCount === 0 && <p className="timeline__empty">No events match the selected categories and search.</p>}
        {model.marks.map(({ placed: { event }, geometry: g, topPx, color, draft }) => (
          <EventMark
            key={event.id}
            id={event.id}
            title={event.title}
            dateLabel={event.dateLabel}
            shape={event.shape}
            color={color}
            topPx={topPx}
            leftPx={g.leftPx}
            widthPx={g.widthPx}
            markLeftPx={g.markLeftPx}
            markWidthPx={g.markWidthPx}
            labelLeftPx={g.labelLeftPx}
            labelWidthPx={g.labelWidthPx}
            relativeToPx={relativeToPx}
            openStart={event.openStart}
            openEnd={event.openEnd}
            draft={draft}
            selected={event.id === selectedId}
            query={query}
            onSelect={onSelect}
          />
        ))}
        {model.overflow && (
          <Suspense fallback={null}>
            <OverflowStrip
              overflow={model.overflow}
              widthPx={model.widthPx}
              relativeToPx={relativeToPx}
              onZoomTo={onZoomTo}
            />
          </Suspense>
        )}
      </div>
      {children}
    </section>
  );
}
