import type { TimelineEvent } from '../data/dataset';
import type { Category } from '../data/schema';

/** Events as CSV (RFC 4180), one row each, for a spreadsheet. */

const COLUMNS = ['id', 'title', 'date', 'date_shown', 'categories', 'actors', 'attribution', 'quote', 'note'] as const;

/**
 * One CSV cell. Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab)
 * get a leading apostrophe, the usual guard against CSV injection.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function eventsToCsv(events: readonly TimelineEvent[], categories: readonly Category[]): string {
  const label = new Map(categories.map((c) => [c.id, c.label]));
  const rows = events.map((e) =>
    [
      e.id,
      e.title,
      e.date,
      e.dateLabel,
      e.categories.map((c) => label.get(c) ?? c).join('; '),
      e.actors.join('; '),
      e.attribution,
      e.quote,
      e.note ?? '',
    ].map(csvCell),
  );
  return [COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}
