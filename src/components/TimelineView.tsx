import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import type { Dataset, TimelineEvent } from '../data/dataset';
import { countByCategory, toggleCategory } from '../state/filters';
import { decodeView, type UrlView } from '../state/urlState';
import { layoutEvents } from '../timeline/layout';
import { eventsInWindow } from '../timeline/inWindow';
import { buildRenderModel } from '../timeline/renderModel';
import { MIN_TICK_SPACING_PX } from '../timeline/ticks';
import { IDENTITY, fitDomain, transformForRange, zoomAbout, zoomLimits, panBy } from '../timeline/viewport';
import { ArticleText } from './ArticleText';
import { CategoryFilters } from './CategoryFilters';
import { ErrorBoundary } from './ErrorBoundary';

// The embed code dialog loads when asked for: not every visit needs it.
const EmbedCode = lazy(() => import('./EmbedCode').then((m) => ({ default: m.EmbedCode })));
import { EventDetails } from './EventDetails';
import { EventList } from './EventList';
import { Legend } from './Legend';
import { Notices } from './Notices';
import { Overview } from './Overview';
import { tickSpacingPx } from './plotLength';
import { Timeline, type ZoomActions } from './Timeline';
import { Toolbar } from './Toolbar';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { useElementWidth } from './useElementWidth';
import { useIdleLevels } from './useIdleLevels';
import { useIdleSearchText } from './useIdleSearchText';
import { useQuotePlace } from './useQuoteCheck';
import { useSelectionNavigation } from './useSelectionNavigation';
import { useSettled } from './useSettled';
import { useShownView } from './useShownView';
import { useUrlSync } from './useUrlSync';
import { useZoom } from './useZoom';

const ZOOM_STEP = 2;
const LIST_SETTLE_MS = 120;
/** Lanes at most; events beyond them are counted under the lanes until zooming in makes room. */
const MAX_LANES = 30;
/** Past this many events, the parts below the plot are drawn after it (useAfterFirstPaint). */
const DEFER_BELOW_FOLD_EVENTS = 20_000;

/** The width assumed until the plot is measured. */
const UNMEASURED_WIDTH_PX = 960;
const NO_EVENTS: readonly TimelineEvent[] = [];
const NOTHING_LAID_OUT = layoutEvents(NO_EVENTS, [0, 1], UNMEASURED_WIDTH_PX);
/**
 * The plot width a first view prerendered at build time is laid out for: about a laptop's. Drawn
 * in proportion to the real width (plotLength) until the width is measured, in the same render
 * that hydrates it.
 */
export const PRERENDER_WIDTH_PX = 1100;

export interface TimelineViewProps {
  readonly dataset: Dataset;
  /** Restore (and keep) the view in the page's address. */
  readonly fromUrl: boolean;
  /** Drawn instead of the event details (an editor, say); `close` deselects and returns focus to the mark. */
  readonly renderDetails?: (event: TimelineEvent | null, close: () => void) => ReactNode;
  /** More actions at the end of the toolbar's row of buttons. */
  readonly toolbarExtra?: ReactNode;
  /**
   * The selected event's id, when the host holds it (undefined: the view holds its own). A new id
   * from the host pans the timeline to show that event, as selecting it in the list does.
   */
  readonly selectedId?: string | null;
  /** Told of every selection the view makes (a click, a key, the list, Esc, a link). Keep it stable, so marks stay memoised. */
  readonly onSelect?: (id: string | null) => void;
  /** A second highlight inside the selected event's passage, as offsets into source.text; null for none. */
  readonly articleMark?: (event: TimelineEvent) => { start: number; end: number } | null;
  /** The article's root element, for reading the reader's text selection (article/selection.ts). */
  readonly articleRef?: Ref<HTMLElement>;
  /** The compact view for an iframe: the timeline, the filters and the details; no list, article or export. */
  readonly embed?: boolean;
  /**
   * Rendered at build time, or hydrating what was: until the plot is measured it is laid out for
   * PRERENDER_WIDTH_PX and drawn in proportion, rather than left empty.
   */
  readonly prerendered?: boolean;
}

/** One dataset on screen. Holds the user's choices; everything else is derived from them. */
export function TimelineView({
  dataset,
  fromUrl,
  renderDetails,
  toolbarExtra,
  selectedId: hostSelectedId,
  onSelect,
  articleMark,
  articleRef,
  embed = false,
  prerendered = false,
}: TimelineViewProps) {
  const known = useMemo(
    () => ({
      categories: new Set(dataset.categories.map((c) => c.id)),
      // Asked at most once, for a link's event: a set of 100,000 ids would cost the first draw 90 ms.
      events: { has: (id: string) => dataset.events.some((e) => e.id === id) },
    }),
    [dataset],
  );
  // A prerendered view is only hydrated on the page's plain address, so it has no link to restore.
  const [link] = useState(() =>
    fromUrl && !prerendered ? decodeView(window.location.search, known) : { view: {} as UrlView, notices: [] },
  );
  const [active, setActive] = useState<ReadonlySet<string>>(() => new Set(link.view.cats ?? known.categories));
  const [ownSelectedId, setOwnSelectedId] = useState<string | null>(link.view.event ?? null);
  const hostHolds = hostSelectedId !== undefined;
  const selectedId = hostHolds ? hostSelectedId : ownSelectedId;
  const setSelectedId = useCallback(
    (id: string | null) => {
      if (!hostHolds) setOwnSelectedId(id);
      onSelect?.(id);
    },
    [hostHolds, onSelect],
  );
  const [query, setQuery] = useState(link.view.q ?? '');
  const [embedding, setEmbedding] = useState(false);
  const [notices, setNotices] = useState<readonly string[]>(link.notices);

  const plotRef = useRef<HTMLDivElement>(null);
  const measuredPx = useElementWidth(plotRef);
  const relativeToPx = measuredPx === null && prerendered ? PRERENDER_WIDTH_PX : null;
  const layoutPx = measuredPx ?? relativeToPx;
  const widthPx = layoutPx ?? UNMEASURED_WIDTH_PX;
  const domain = useMemo(() => fitDomain(dataset.extent), [dataset]);
  const limits = useMemo(() => zoomLimits(domain), [domain]);
  const { transform, apply, attached } = useZoom(plotRef, widthPx, limits, (w) =>
    link.view.fromMs !== undefined ? transformForRange(domain, w, link.view.fromMs, link.view.toMs!, limits) : IDENTITY,
  );

  // Counted before the shown view is computed: with every category on, filtering then knows from
  // the counts that every event shows, with no pass over them (filterSteps).
  const counts = useMemo(() => countByCategory(dataset.events), [dataset]);
  // The search box and the checkboxes show each key and click at once; the events shown, and
  // everything drawn from them, follow: in a render React drops when another key comes, and past
  // 20,000 events in slices between frames, the last view staying drawn meanwhile (useShownView).
  // No layout before the plot's width is known (the first render, before the first paint): it
  // would be thrown away at once, and at 100,000 events it costs tens of ms. A prerendered view
  // is the exception: its first render is what the page shows until the script runs.
  const {
    view: { filtered, shown, levels, active: shownCategories, query: searched },
    pending,
  } = useShownView(dataset.events, useDeferredValue(active), useDeferredValue(query), domain, layoutPx, MAX_LANES);
  const colorOf = useMemo(() => {
    const colors = new Map(dataset.categories.map((c) => [c.id, c.color]));
    return (e: TimelineEvent) =>
      colors.get(e.categories.find((c) => shownCategories.has(c)) ?? e.categories[0]!) ?? '#57534e';
  }, [dataset, shownCategories]);
  const model = buildRenderModel(
    levels?.forZoom(transform.k) ?? NOTHING_LAID_OUT,
    domain,
    widthPx,
    transform,
    colorOf,
    tickSpacingPx(MIN_TICK_SPACING_PX, relativeToPx),
  );
  const selected = useMemo(() => dataset.events.find((e) => e.id === selectedId) ?? null, [dataset, selectedId]);
  const quotePlace = useQuotePlace(dataset, selected);
  const passageStart = quotePlace?.status === 'found' ? quotePlace.start : -1;
  const inner = selected && articleMark ? articleMark(selected) : null;
  // The list (and export) follow the view once it settles: a filter over every shown event on each
  // frame of a zoom would cost more than the frame.
  const listStartMs = useSettled(model.viewStartMs, LIST_SETTLE_MS);
  const listEndMs = useSettled(model.viewEndMs, LIST_SETTLE_MS);
  const listed = useMemo(
    () => eventsInWindow(shown, dataset.extent, listStartMs, listEndMs),
    [shown, dataset, listStartMs, listEndMs],
  );

  const showRange = useCallback(
    (fromMs: number, toMs: number) => apply(transformForRange(domain, widthPx, fromMs, toMs, limits)),
    [apply, domain, widthPx, limits],
  );
  const zoom: ZoomActions = {
    zoomIn: () => apply(zoomAbout(transform, ZOOM_STEP, widthPx / 2, widthPx, limits)),
    zoomOut: () => apply(zoomAbout(transform, 1 / ZOOM_STEP, widthPx / 2, widthPx, limits)),
    fit: () => apply(IDENTITY),
    pan: (fraction) => apply(panBy(transform, -fraction * widthPx, widthPx, limits)),
    canZoomIn: transform.k < limits.maxK - 1e-9,
    canZoomOut: transform.k > limits.minK + 1e-9,
  };

  const { selectAndShow, step, close } = useSelectionNavigation({
    events: dataset.events,
    shown,
    selectedId,
    setSelectedId,
    hostSelectedId,
    view: { domain, widthPx, transform, limits, apply },
  });

  // What is below a large dataset's plot (30 lanes tall, past the first screen) is drawn after it,
  // one part a frame: the overview's density, the list, the article. Their passes over 100,000
  // events and their hundreds of elements to lay out would otherwise hold up the plot's first
  // draw, or make one long task after it.
  const deferBelow = !prerendered && dataset.events.length > DEFER_BELOW_FOLD_EVENTS;
  const drawnOnce = useAfterFirstPaint(deferBelow);
  const listNow = useAfterFirstPaint(deferBelow, drawnOnce);
  const articleNow = useAfterFirstPaint(deferBelow, listNow);

  useIdleLevels(levels, levels?.levelFor(transform.k) ?? 0, levels?.levelFor(limits.maxK) ?? 0);

  useIdleSearchText(dataset.events);

  // Benchmarks and tests wait for these: the dataset's first draw is on screen (unless a
  // prerendered view already was: src/boot.js marks that), and it answers input (its zoom, which
  // loads after the first draw, attached).
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (performance.getEntriesByName('timeline-ready').length === 0) performance.mark('timeline-ready');
      if (attached) performance.mark('timeline-interactive');
    });
    return () => cancelAnimationFrame(frame);
  }, [dataset, attached]);

  const allOn = active.size === known.categories.size;
  const atFit = transform.k <= 1 + 1e-9;
  useUrlSync(
    {
      ...(allOn ? {} : { cats: dataset.categories.map((c) => c.id).filter((id) => active.has(id)) }),
      ...(selectedId ? { event: selectedId } : {}),
      ...(atFit ? {} : { fromMs: model.viewStartMs, toMs: model.viewEndMs }),
      ...(searched.trim() ? { q: searched.trim() } : {}),
    },
    known,
    useCallback(
      ({ view, notices: n }: { view: UrlView; notices: string[] }) => {
        setActive(new Set(view.cats ?? known.categories));
        setSelectedId(view.event ?? null);
        setQuery(view.q ?? '');
        setNotices(n);
        if (view.fromMs !== undefined) showRange(view.fromMs, view.toMs!);
        else apply(IDENTITY);
      },
      [known, showRange, apply, setSelectedId],
    ),
    fromUrl,
  );

  return (
    <>
      <Notices notices={notices} onDismiss={() => setNotices([])} />
      <Toolbar
        dataset={dataset}
        query={query}
        onQuery={setQuery}
        matchCount={shown.length}
        filteredCount={filtered.length}
        searching={pending}
        onStep={step}
        canStep={shown.length > 0}
        exportable={{ events: listed, model }}
        extra={toolbarExtra}
        onEmbed={embed ? null : () => setEmbedding(true)}
      />
      {embedding && (
        <Suspense fallback={null}>
          <EmbedCode title={dataset.source.title} onClose={() => setEmbedding(false)} />
        </Suspense>
      )}
      <CategoryFilters
        categories={dataset.categories}
        counts={counts}
        active={active}
        shownCount={shown.length}
        totalCount={dataset.events.length}
        onToggle={(id) => setActive((a) => toggleCategory(a, id))}
        onAll={() => setActive(new Set(known.categories))}
        onNone={() => setActive(new Set())}
      />
      <Legend />
      <ErrorBoundary what="The timeline">
        <Timeline
          plotRef={plotRef}
          model={model}
          shownCount={shown.length}
          selectedId={selectedId}
          query={searched}
          onSelect={setSelectedId}
          zoom={zoom}
          onZoomTo={showRange}
          relativeToPx={relativeToPx}
          busy={pending}
        >
          <Overview
            domain={domain}
            widthPx={widthPx}
            relativeToPx={relativeToPx}
            // None before the width is known (a density for a guessed width would be thrown away
            // at once, like a layout for it), nor below a large dataset's plot until it is drawn.
            events={layoutPx === null || !drawnOnce ? NO_EVENTS : shown}
            viewStartMs={model.viewStartMs}
            viewEndMs={model.viewEndMs}
            onShowRange={showRange}
          />
        </Timeline>
      </ErrorBoundary>
      <div className="reading">
        <div className="reading__side">
          <ErrorBoundary what="The event details">
            {renderDetails ? (
              renderDetails(selected, close)
            ) : (
              <EventDetails event={selected} quote={quotePlace} categories={dataset.categories} onClose={close} />
            )}
          </ErrorBoundary>
          {!embed && listNow && (
            <ErrorBoundary what="The list of events">
              <EventList
                events={listed}
                totalShown={shown.length}
                categories={dataset.categories}
                selectedId={selectedId}
                query={searched}
                onSelect={selectAndShow}
              />
            </ErrorBoundary>
          )}
        </div>
        {!embed && articleNow && (
          <ErrorBoundary what="The article">
            <ArticleText
              source={dataset.source}
              highlightFrom={selected && passageStart >= 0 ? passageStart : -1}
              highlightTo={selected && passageStart >= 0 ? passageStart + selected.quote.length : -1}
              innerFrom={inner ? inner.start : -1}
              innerTo={inner ? inner.end : -1}
              rootRef={articleRef}
            />
          </ErrorBoundary>
        )}
      </div>
    </>
  );
}
