import { parseEdtf, utcMs } from '../data/edtf';

/**
 * What a shared link restores: categories, the selected event, the visible window and the search.
 * `?cats=bilateral,un&event=anchorage-summit&from=2025-05-01&to=2025-09-30&q=summit`.
 * Other parameters (such as `data`) are left alone. Decoding never throws: whatever is malformed
 * is dropped and named in a notice.
 */

export interface UrlView {
  /** Enabled category ids; absent means all. */
  readonly cats?: readonly string[];
  readonly event?: string;
  /** The visible window, UTC ms, half-open. Both or neither. */
  readonly fromMs?: number;
  readonly toMs?: number;
  readonly q?: string;
}

export interface KnownIds {
  readonly categories: ReadonlySet<string>;
  readonly events: Pick<ReadonlySet<string>, 'has'>;
}

const DAY_MS = 86_400_000;
const MAX_QUERY = 200;
const KEYS = ['cats', 'event', 'from', 'to', 'q'] as const;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** A UTC instant as the shortest of YYYY-MM-DD or YYYY-MM-DDTHH:MM that keeps it exact to the minute. */
export function formatUrlDate(ms: number): string {
  const d = new Date(Math.round(ms / 60_000) * 60_000);
  const y = d.getUTCFullYear();
  const day = `${y < 0 ? `-${pad(-y, 4)}` : pad(y, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return h === 0 && m === 0 ? day : `${day}T${pad(h)}:${pad(m)}`;
}

/** Reads YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC); null if it is not one. */
export function parseUrlDate(s: string): number | null {
  const m = /^(-?\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(s);
  if (!m) return null;
  const day = parseEdtf(m[1]!);
  if (!day.ok || day.value.type !== 'date') return null;
  const hour = m[2] === undefined ? 0 : Number(m[2]);
  const minute = m[3] === undefined ? 0 : Number(m[3]);
  if (hour > 23 || minute > 59) return null;
  const { year, month, day: dd } = day.value;
  return utcMs(year, month! - 1, dd!, hour, minute);
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** The view a link describes, and a notice for each part of it that was ignored. */
export function decodeView(search: string, known: KnownIds): { view: UrlView; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const view: { -readonly [K in keyof UrlView]: UrlView[K] } = {};

  const cats = params.get('cats');
  if (cats !== null) {
    const ids = cats === '' ? [] : cats.split(',');
    const unknown = ids.filter((id) => !known.categories.has(id));
    if (unknown.length)
      notices.push(
        `The link names categories this dataset does not have (${unknown.map((u) => `"${clip(u)}"`).join(', ')}); they were ignored.`,
      );
    view.cats = [...new Set(ids.filter((id) => known.categories.has(id)))];
  }

  const event = params.get('event');
  if (event !== null && event !== '') {
    if (known.events.has(event)) view.event = event;
    else
      notices.push(`The link selects an event "${clip(event)}" that this dataset does not have; nothing is selected.`);
  }

  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    const fromMs = from === null ? null : parseUrlDate(from);
    const toDay = to === null ? null : parseUrlDate(to);
    if (fromMs === null || toDay === null) {
      const bad = [
        from === null ? 'no "from"' : fromMs === null ? `"from=${clip(from)}"` : '',
        to === null ? 'no "to"' : toDay === null ? `"to=${clip(to)}"` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      notices.push(`The link's window has ${bad} (dates look like 2025-05-01); the whole timeline is shown.`);
    } else {
      // A plain date in "to" names the last day shown, so the window ends at the end of that day.
      const toMs = /T/.test(to!) ? toDay : toDay + DAY_MS;
      if (toMs <= fromMs)
        notices.push(
          `The link's window ends (${clip(to!)}) before it starts (${clip(from!)}); the whole timeline is shown.`,
        );
      else {
        view.fromMs = fromMs;
        view.toMs = toMs;
      }
    }
  }

  const q = params.get('q');
  if (q !== null && q.trim() !== '') view.q = q.slice(0, MAX_QUERY);
  return { view, notices };
}

/** The search string for `view`, keeping any other parameters of `current` (e.g. data=). */
export function encodeView(view: UrlView, current: string): string {
  const params = new URLSearchParams(current);
  for (const k of KEYS) params.delete(k);
  if (view.cats) params.set('cats', view.cats.join(','));
  if (view.event) params.set('event', view.event);
  if (view.fromMs !== undefined && view.toMs !== undefined) {
    params.set('from', formatUrlDate(view.fromMs));
    const exactEnd = formatUrlDate(view.toMs);
    // A window ending at midnight is written as its last day, as a person would say it.
    params.set('to', exactEnd.includes('T') ? exactEnd : formatUrlDate(view.toMs - DAY_MS));
  }
  if (view.q) params.set('q', view.q);
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
