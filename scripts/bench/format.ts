import type { Summary } from './summary';

/** How figures are written in the benchmark's tables. */

export const group = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const ms = (x: number) => (Number.isNaN(x) ? '–' : x >= 100 ? group(x) : x.toFixed(1));

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export const ratio = (a: number, b: number) => (a > 0 && b > 0 ? `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}×` : '–');

/** Why a case has no figures, or null if it has them. `inline` for use inside parentheses. */
export function failure(s: Summary, inline = false): string | null {
  if (s.status === 'dnf')
    return inline
      ? `did not finish in ${Math.round(s.limitMs / 1000)} s`
      : `did not finish (${Math.round(s.limitMs / 1000)} s)`;
  if (s.status === 'error') return inline ? 'failed, see the notes' : 'failed (see notes)';
  if (s.status === 'skipped') return 'not run';
  return null;
}

export const eventsLabel = (c: { readonly label: string; readonly events: number }) =>
  c.label === 'article' ? `${c.events} (article)` : group(c.events);
