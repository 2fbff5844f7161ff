import type { MarkShape } from './dataset';
import { formatEdtfForDisplay } from './displayDate';
import { edtfBounds, parseEdtf, type EdtfDate } from './edtf';

/**
 * Where an event's date puts it on the time axis: worked out once per distinct date string (100,000
 * events over two years share some 9,000), by the dataset's builder and by the parse worker as a
 * file streams in.
 */
export interface DatePlacement {
  /** The date's own span, half-open, in UTC ms. A side the data does not give is the other side's own period. */
  readonly ownStartMs: number;
  readonly ownEndMs: number;
  /** A side that is open (..): it runs on to the data's edge, but covers at least its own span. */
  readonly toDataStart: boolean;
  readonly toDataEnd: boolean;
  /** A side that is open or unknown (drawn so). */
  readonly openStart: boolean;
  readonly openEnd: boolean;
  readonly shape: MarkShape;
  /** The date as a reader would say it, at the dataset's precision. */
  readonly dateLabel: string;
}

/** What a valid EDTF date string says about where its event goes. */
export function placeDate(date: string): DatePlacement {
  const r = parseEdtf(date);
  if (!r.ok) throw new Error(`unreachable: the date ${date} was validated`);
  const edtf = r.value;
  const startKnown = edtf.type === 'interval' ? edtf.start : edtf;
  const endKnown = edtf.type === 'interval' ? edtf.end : edtf;
  const bounds = edtfBounds(edtf);
  return {
    ownStartMs: bounds.startMs ?? (endKnown as EdtfDate).startMs,
    ownEndMs: bounds.endMs ?? (startKnown as EdtfDate).endMs,
    toDataStart: startKnown.type === 'open',
    toDataEnd: endKnown.type === 'open',
    openStart: startKnown.type !== 'date',
    openEnd: endKnown.type !== 'date',
    shape:
      edtf.type === 'interval' ? 'range' : edtf.precision === 'day' || edtf.precision === 'time' ? 'point' : 'period',
    dateLabel: formatEdtfForDisplay(edtf),
  };
}

/** The span of a dataset's events, half-open, in UTC ms. */
export interface Extent {
  readonly startMs: number;
  readonly endMs: number;
}

/** Each distinct date placed once; the extent is that of every date placed. */
export interface DatePlacer {
  place(date: string): DatePlacement;
  /** Every date's own span is inside it, so the fit view shows each event whole. */
  extent(): Extent;
}

export function createDatePlacer(): DatePlacer {
  const byDate = new Map<string, DatePlacement>();
  return {
    place(date) {
      let p = byDate.get(date);
      if (p === undefined) byDate.set(date, (p = placeDate(date)));
      return p;
    },
    extent() {
      // A loop, not Math.min(...all): spreading 100,000+ arguments overflows the stack.
      let startMs = Infinity;
      let endMs = -Infinity;
      for (const p of byDate.values()) {
        startMs = Math.min(startMs, p.ownStartMs);
        endMs = Math.max(endMs, p.ownEndMs);
      }
      return { startMs, endMs };
    },
  };
}

/** Where an event with this date is drawn once the data's extent is known: its first and first-after ms. */
export function spanIn(p: DatePlacement, extent: Extent): { startMs: number; endMs: number } {
  const startMs = p.toDataStart ? extent.startMs : p.ownStartMs;
  const endMs = p.toDataEnd ? extent.endMs : p.ownEndMs;
  return { startMs, endMs: Math.max(endMs, startMs + 1) };
}
