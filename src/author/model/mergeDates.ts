/**
 * The date of two events merged into one: the span from the earlier's start to the later's end.
 */
import { parseEdtf, type EdtfDate } from '../../data/edtf';

interface Side {
  readonly text: string;
  readonly date: EdtfDate;
}

/** The known ends of a date as EDTF strings, or null when a side is open or unknown. */
function sidesOf(value: string): [Side, Side] | null {
  const r = parseEdtf(value);
  if (!r.ok) return null;
  if (r.value.type === 'date')
    return [
      { text: value, date: r.value },
      { text: value, date: r.value },
    ];
  const { start, end } = r.value;
  if (start.type !== 'date' || end.type !== 'date') return null;
  const [a, b] = value.split('/') as [string, string];
  return [
    { text: a, date: start },
    { text: b, date: end },
  ];
}

const span = (s: Side) => s.date.endMs - s.date.startMs;

/**
 * `first` and `second` combined: equal dates stay as they are; two readable dates become the
 * interval from the earliest start to the latest end (`2025-05` and `2025-09` → `2025-05/2025-09`),
 * or one date when that covers both (`2025` and `2025-05` → `2025`). Otherwise (an open or unknown
 * end) the first's date is kept.
 */
export function mergeDates(first: string, second: string): string {
  if (first === second) return first;
  const a = sidesOf(first);
  const b = sidesOf(second);
  if (!a || !b) return first;
  // On a tie the wider side wins, so a year and a month in it collapse to the year.
  const [start] = [a[0], b[0]].sort((x, y) => x.date.startMs - y.date.startMs || span(y) - span(x));
  const [end] = [a[1], b[1]].sort((x, y) => y.date.endMs - x.date.endMs || span(y) - span(x));
  const merged = start!.text === end!.text ? start!.text : `${start!.text}/${end!.text}`;
  return parseEdtf(merged).ok ? merged : first;
}
