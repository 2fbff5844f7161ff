import type { TimelineEvent } from '../data/dataset';
import { EventColumns, layoutSteps, type EventLayout } from './layout';

/** The deepest zoom level laid out: 2^12 is past any zoom limit over a year's data. */
const MAX_LEVEL = 12;

/**
 * The layouts of one (events, plot width), one per zoom level, computed when first needed. If
 * every event fits in the lanes at the widest level, that one layout serves every zoom, so marks
 * keep their rows; otherwise each level has its own, and zooming in gives left-over events lanes.
 */
export class LayoutLevels {
  private readonly levels = new Map<number, EventLayout>();
  private readonly started = new Map<number, Generator<void, EventLayout>>();
  private columns: EventColumns | null = null;

  constructor(
    private readonly events: readonly TimelineEvent[],
    private readonly domain: readonly [number, number],
    private readonly widthPx: number,
    private readonly maxLanes: number,
  ) {}

  /** The level drawn at zoom factor `k`: 0 when every event fits there, else k's own level. */
  levelFor(k: number): number {
    if (this.at(0).overflowStartsMs.length === 0) return 0;
    return Math.max(0, Math.min(MAX_LEVEL, Math.floor(Math.log2(Math.max(1, k)))));
  }

  /**
   * The layout for drawing at zoom factor `k`: k's own level once it is laid out, until then the
   * deepest coarser level that is (level 0 at worst, laid out now). A coarser level is correct
   * closer in, only sparser: its labels were spaced for a wider view. So drawing never waits for
   * a level; `at` lays one out, and the caller decides when.
   */
  forZoom(k: number): EventLayout {
    for (let level = this.levelFor(k); level > 0; level--) {
      const layout = this.levels.get(level);
      if (layout) return layout;
    }
    return this.at(0);
  }

  /** Whether `level` is laid out already (so drawing it costs nothing extra). */
  has(level: number): boolean {
    return this.levels.has(level) || level > MAX_LEVEL;
  }

  /** Lays `level` out now (finishing what `step` began). */
  at(level: number): EventLayout {
    let layout = this.levels.get(level);
    if (!layout) {
      const steps = this.steps(level);
      for (let step = steps.next(); ; step = steps.next())
        if (step.done) {
          layout = step.value;
          break;
        }
      this.finish(level, layout);
    }
    return layout;
  }

  /**
   * Goes on laying `level` out, a slice of events at a time, while `goOn()` says there is time;
   * true once it is laid out. For idle time: no slice of 100,000 events takes more than a few ms.
   */
  step(level: number, goOn: () => boolean): boolean {
    if (this.levels.has(level)) return true;
    const steps = this.steps(level);
    do {
      const step = steps.next();
      if (step.done) {
        this.finish(level, step.value);
        return true;
      }
    } while (goOn());
    return false;
  }

  private steps(level: number): Generator<void, EventLayout> {
    let steps = this.started.get(level);
    if (!steps) {
      this.columns ??= new EventColumns(this.events, this.widthPx);
      steps = layoutSteps(this.events, this.domain, this.widthPx, level, this.maxLanes, this.columns, SLICE);
      this.started.set(level, steps);
    }
    return steps;
  }

  private finish(level: number, layout: EventLayout): void {
    this.levels.set(level, layout);
    this.started.delete(level);
  }
}

/** Events per slice of a layout in idle time: about 1–3 ms each at 100,000 events. */
const SLICE = 8192;
