import type { TimelineEvent } from '../data/dataset';
import { LayoutLevels } from '../timeline/layoutLevels';
import { filterSteps, sameCategories } from './filters';
import { queryWords, searchSteps } from './search';

/**
 * What the timeline shows for one choice of categories and search: the events that pass the
 * filters, those that also match the search, and their layout (its widest level laid out). Each
 * part is derived from the ones before it, so a view can be computed in slices between frames
 * (ShownViewJob) and a new choice can start from the parts of the last view it shares.
 */
export interface ShownView {
  /** The dataset's whole list of events. */
  readonly events: readonly TimelineEvent[];
  readonly active: ReadonlySet<string>;
  readonly query: string;
  readonly filtered: readonly TimelineEvent[];
  readonly shown: readonly TimelineEvent[];
  /** The fit view's domain (UTC ms) and the plot's width (px) the layout is for. */
  readonly domain: readonly [number, number];
  readonly widthPx: number | null;
  readonly maxLanes: number;
  /** Null while the plot's width is not known (nothing is laid out for a guessed width). */
  readonly levels: LayoutLevels | null;
}

export interface ShownViewInput {
  readonly events: readonly TimelineEvent[];
  readonly active: ReadonlySet<string>;
  readonly query: string;
  readonly domain: readonly [number, number];
  readonly widthPx: number | null;
  readonly maxLanes: number;
}

/** Events filtered, searched or laid out between two yields: about 1–3 ms of work at 100,000 events. */
const SLICE = 8192;

const sameWords = (a: string, b: string) => a === b || queryWords(a).join(' ') === queryWords(b).join(' ');

/** Whether `view` was laid out for the same events, domain, width and lanes as `input` asks for. */
export function sameGround(view: ShownView, input: ShownViewInput): boolean {
  return (
    view.events === input.events &&
    view.widthPx === input.widthPx &&
    view.maxLanes === input.maxLanes &&
    view.domain[0] === input.domain[0] &&
    view.domain[1] === input.domain[1]
  );
}

/**
 * Computes the ShownView for `input`, all at once (finish) or a slice of events at a time
 * (step). Starting `from` an earlier view of the same dataset, it keeps what has not changed:
 * the filtered events when the categories are the same, the matches when the query's words are
 * too, the layout when the domain and width are as well.
 */
export class ShownViewJob {
  private readonly steps: Generator<void, ShownView>;
  private result: ShownView | null = null;

  constructor(
    readonly input: ShownViewInput,
    /** The view shown before this one, if any: drawn until this one is done. */
    readonly from: ShownView | null,
  ) {
    this.steps = this.run();
  }

  /** Whether this job computes the view for `input`. */
  isFor(input: ShownViewInput): boolean {
    const mine = this.input;
    return (
      mine.events === input.events &&
      mine.active === input.active &&
      mine.query === input.query &&
      mine.widthPx === input.widthPx &&
      mine.domain === input.domain &&
      mine.maxLanes === input.maxLanes
    );
  }

  /** The view, once computed; null until then. */
  get view(): ShownView | null {
    return this.result;
  }

  /**
   * Goes on computing, a slice of events at a time, while `goOn()` says there is time; true once
   * the view is ready. No slice of 100,000 events takes more than a few ms.
   */
  step(goOn: () => boolean): boolean {
    while (this.result === null) {
      const step = this.steps.next();
      if (step.done) this.result = step.value;
      else if (!goOn()) return false;
    }
    return true;
  }

  /** The view, computed now if it is not yet (finishing what `step` began). */
  finish(): ShownView {
    this.step(() => true);
    return this.result!;
  }

  private *run(): Generator<void, ShownView> {
    const { events, active, query, domain, widthPx, maxLanes } = this.input;
    const from = this.from !== null && this.from.events === events ? this.from : null;
    const sameFilters = from !== null && sameCategories(from.active, active);
    const filtered = sameFilters ? from.filtered : yield* filterSteps(events, active, SLICE);
    const sameMatches = sameFilters && sameWords(from.query, query);
    const shown = sameMatches ? from.shown : yield* searchSteps(filtered, query, events, SLICE);
    let levels: LayoutLevels | null = null;
    if (sameMatches && sameGround(from, this.input)) levels = from.levels;
    else if (widthPx !== null) {
      levels = new LayoutLevels(shown, domain, widthPx, maxLanes);
      // The widest level is the one every zoom can fall back on (LayoutLevels.forZoom).
      while (!levels.step(0, () => false)) yield;
    }
    return { events, active, query, filtered, shown, domain, widthPx, maxLanes, levels };
  }
}
