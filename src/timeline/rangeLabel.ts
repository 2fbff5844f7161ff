import { MONTH_NAMES, yearLabel } from '../data/edtf';

/** The visible window in words, at day precision: "24 December 2024 – 8 January 2026". */
export function formatRangeForDisplay(startMs: number, endMs: number): string {
  const f = (ms: number) => {
    const d = new Date(ms);
    const y = d.getUTCFullYear();
    return { day: d.getUTCDate(), month: MONTH_NAMES[d.getUTCMonth()]!, year: y > 0 ? String(y) : yearLabel(y) };
  };
  const a = f(startMs);
  const b = f(endMs);
  if (a.year === b.year && a.month === b.month)
    return a.day === b.day ? `${a.day} ${a.month} ${a.year}` : `${a.day}–${b.day} ${b.month} ${b.year}`;
  if (a.year === b.year) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  return `${a.day} ${a.month} ${a.year} – ${b.day} ${b.month} ${b.year}`;
}
