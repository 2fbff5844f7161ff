import type { Summary } from './summary';

/** How figures are written in the benchmark's tables. */

export const group = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const ms = (x: number) => (Number.isNaN(x) ? '–' : x >= 100 ? group(x) : x.toFixed(1));

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export const ratio = (a: number, b: number) => (a > 0 && b > 0 ? `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}×` : '–');

export function failure(s: Summary): string | null {
  if (s.status === 'dnf') return `did not finish (${Math.round(s.limitMs / 1000)} s)`;
  if (s.status === 'error') return 'failed (see notes)';
  if (s.status === 'skipped') return 'not run';
  return null;
}

export const eventsLabel = (c: { readonly label: string; readonly events: number }) =>
  c.label === 'article' ? `${c.events} (article)` : group(c.events);
