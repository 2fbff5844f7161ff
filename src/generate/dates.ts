import { MONTH_NAMES } from '../data/edtf';
import { chance, intBetween, normal, pick, weighted, type Random } from './random';

/**
 * When generated events happen and how precisely the source dates them. Time is counted in
 * whole UTC days since 1970-01-01 ("day numbers"), so nothing depends on the local time zone.
 *
 * News is bursty: most events fall in short clusters around a story (a summit, a flood), the
 * rest are spread thinly, and a few stretches (holidays) are nearly empty.
 */

const DAY_MS = 86_400_000;

export interface Calendar {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
}

export function calendarOf(dayNumber: number): Calendar {
  const d = new Date(dayNumber * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dayNumberOf(year: number, month1 = 1, day = 1): number {
  return Math.round(Date.UTC(year, month1 - 1, day) / DAY_MS);
}

export interface Burst {
  readonly centreDay: number;
  readonly sigmaDays: number;
  readonly weight: number;
  /** Index into the category list: a burst is mostly about one kind of story. */
  readonly category: number;
}

export interface TimeModel {
  readonly firstDay: number;
  /** Exclusive. */
  readonly endDay: number;
  readonly bursts: readonly Burst[];
  /** Half-open [startDay, endDay) stretches with almost no news. */
  readonly quiet: readonly (readonly [number, number])[];
}

const BURST_SHARE = 0.6;
const QUIET_KEEP = 0.06;

function inQuiet(model: Pick<TimeModel, 'quiet'>, day: number): boolean {
  return model.quiet.some(([a, b]) => day >= a && day < b);
}

/** Bursts and quiet stretches for `years` years from 1 January of `startYear`. */
export function makeTimeModel(
  rand: Random,
  startYear: number,
  years: number,
  pickCategory: (rand: Random) => number,
): TimeModel {
  const firstDay = dayNumberOf(startYear);
  const endDay = dayNumberOf(startYear + years);
  const span = endDay - firstDay;
  const quiet: [number, number][] = [];
  for (let i = 0; i < Math.max(1, Math.round(years * 5)); i++) {
    const start = firstDay + intBetween(rand, 0, span - 1);
    quiet.push([start, Math.min(endDay, start + intBetween(rand, 7, 24))]);
  }
  const bursts: Burst[] = [];
  for (let i = 0; i < Math.max(3, Math.round(years * 40)); i++) {
    let centreDay = firstDay + rand() * span;
    for (let tries = 0; tries < 10 && inQuiet({ quiet }, Math.floor(centreDay)); tries++)
      centreDay = firstDay + rand() * span;
    bursts.push({
      centreDay,
      sigmaDays: 0.4 - Math.log(1 - rand()) * 2.5,
      // Heavy-tailed: a few stories dominate the news for a while.
      weight: Math.min(60, (1 - rand()) ** (-1 / 1.3)),
      category: pickCategory(rand),
    });
  }
  return { firstDay, endDay, bursts, quiet };
}

/** A day for one event, and the burst it belongs to (or null for background news). */
export function sampleDay(
  rand: Random,
  model: TimeModel,
  pickBurst: (rand: Random) => Burst,
): { day: number; burst: Burst | null } {
  const clamp = (d: number) => Math.min(model.endDay - 1, Math.max(model.firstDay, Math.floor(d)));
  if (chance(rand, BURST_SHARE)) {
    const burst = pickBurst(rand);
    return { day: clamp(burst.centreDay + normal(rand) * burst.sigmaDays), burst };
  }
  let day = clamp(model.firstDay + rand() * (model.endDay - model.firstDay));
  for (let tries = 0; tries < 20 && inQuiet(model, day) && !chance(rand, QUIET_KEEP); tries++)
    day = clamp(model.firstDay + rand() * (model.endDay - model.firstDay));
  return { day, burst: null };
}

export type DatingKind = 'day' | 'month' | 'year' | 'day-interval' | 'month-interval' | 'open-interval';

/** The share of each kind of dating, roughly as in hand-made datasets: mostly days, some spans. */
export const pickDatingKind = weighted<DatingKind>([
  ['day', 60],
  ['month', 12],
  ['year', 3],
  ['day-interval', 19],
  ['month-interval', 5.8],
  ['open-interval', 0.2],
]);

const pickQualifier = weighted<'' | '~' | '?' | '%'>([
  ['', 90],
  ['~', 6],
  ['?', 3],
  ['%', 1],
]);

export interface Dating {
  readonly kind: DatingKind;
  /** EDTF, e.g. "2025-03-02/2025-03-09" or "2025-05~". */
  readonly edtf: string;
  /** How the text says it, lower case, e.g. "from 2 to 9 March 2025". */
  readonly phrase: string;
  readonly qualifier: '' | '~' | '?' | '%';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ymd = (c: Calendar) => `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
const ym = (c: Calendar) => `${pad(c.year, 4)}-${pad(c.month)}`;
const monthName = (c: Calendar) => MONTH_NAMES[c.month - 1]!;
const dayText = (c: Calendar) => `${c.day} ${monthName(c)} ${c.year}`;

function qualified(q: Dating['qualifier'], preposition: string, date: string): string {
  const approx = q === '~' || q === '%';
  const unsure = q === '?' || q === '%';
  return `${unsure ? 'possibly ' : ''}${approx ? 'around' : preposition} ${date}`;
}

function dayRangeText(a: Calendar, b: Calendar): string {
  if (a.year !== b.year) return `from ${dayText(a)} to ${dayText(b)}`;
  if (a.month !== b.month) return `from ${a.day} ${monthName(a)} to ${dayText(b)}`;
  return `from ${a.day} to ${dayText(b)}`;
}

/** Dates an event anchored on `day` at a randomly chosen precision. */
export function makeDating(rand: Random, day: number): Dating {
  const kind = pickDatingKind(rand);
  const c = calendarOf(day);
  switch (kind) {
    case 'day':
    case 'month':
    case 'year': {
      const q = pickQualifier(rand);
      if (kind === 'day') return { kind, edtf: ymd(c) + q, phrase: qualified(q, 'on', dayText(c)), qualifier: q };
      if (kind === 'month')
        return { kind, edtf: ym(c) + q, phrase: qualified(q, 'in', `${monthName(c)} ${c.year}`), qualifier: q };
      return {
        kind,
        edtf: pad(c.year, 4) + q,
        phrase: qualified(q, pick(rand, ['during', 'in']), String(c.year)),
        qualifier: q,
      };
    }
    case 'day-interval': {
      // Mostly a few days, sometimes weeks.
      const end = calendarOf(day + 1 + Math.min(60, Math.floor(-Math.log(1 - rand()) * 5)));
      return { kind, edtf: `${ymd(c)}/${ymd(end)}`, phrase: dayRangeText(c, end), qualifier: '' };
    }
    case 'month-interval': {
      const months = intBetween(rand, 1, 5);
      const end = calendarOf(dayNumberOf(c.year, c.month + months, 1));
      const phrase =
        c.year === end.year
          ? `from ${monthName(c)} to ${monthName(end)} ${end.year}`
          : `from ${monthName(c)} ${c.year} to ${monthName(end)} ${end.year}`;
      return { kind, edtf: `${ym(c)}/${ym(end)}`, phrase, qualifier: '' };
    }
    case 'open-interval':
      return { kind, edtf: `${ymd(c)}/..`, phrase: `from ${dayText(c)} onwards`, qualifier: '' };
  }
}
