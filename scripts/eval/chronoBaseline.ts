/**
 * chrono-node used as it is, the baseline the issue names: English parser, the document date as
 * its reference, each result written at the precision chrono says it is certain of (a weekday
 * counts as a day).
 */
import { en } from 'chrono-node';
import type { Expression } from './score';

const pad = (n: number) => String(n).padStart(2, '0');

export function chronoExpressions(text: string, documentDate: string): Expression[] {
  const reference = new Date(`${documentDate}T12:00:00Z`);
  return en.parse(text, { instant: reference, timezone: 0 }).map((r) => {
    const s = r.start;
    const year = s.get('year') ?? reference.getUTCFullYear();
    let value = String(year);
    if (s.isCertain('month') || s.isCertain('day') || s.isCertain('weekday')) value += `-${pad(s.get('month') ?? 1)}`;
    if (s.isCertain('day') || s.isCertain('weekday')) value += `-${pad(s.get('day') ?? 1)}`;
    // chrono's text may start with a preposition ("on Friday"); the span is what it reports.
    return { start: r.index, end: r.index + r.text.length, type: 'date', value };
  });
}
