/**
 * The time-expression rules: a pattern (with the placeholders of ./grammar.ts), the kind of
 * expression it finds, and how its value is reached. When two matches overlap the longer wins,
 * and between equals the earlier rule. Month and weekday names must be capitalised (./find.ts).
 */
import { dayNumber, formatDay, formatMonth, formatYear, isValidDay, nthWeekday } from './calendar';
import { dayValue, modifierValue, monthValue, numberValue, ordinalValue, unitValue, weekdayValue } from './grammar';
import { FIXED_HOLIDAYS, NTH_WEEKDAY_HOLIDAYS, VAGUE_REFERENCES } from './lexicon';
import * as r from './resolve';
import type { TimexType } from '../types';

type Groups = Readonly<Record<string, string | undefined>>;

export interface Rule {
  readonly name: string;
  readonly pattern: string;
  readonly type: TimexType;
  /** The value, or null when the match is not a time expression after all. */
  readonly value: (g: Groups, ctx: r.Context) => string | null;
  /** Needs the anchor (the document date) to be resolved. */
  readonly relative?: boolean;
}

const year = (s: string | undefined) => (s === undefined ? undefined : parseInt(s, 10));
const day = (y: number, m: number, d: number) => (isValidDay(y, m, d) ? formatDay(y, m, d) : null);
const shiftOf = (mod: string | undefined): -1 | 0 | 1 => (mod ? modifierValue(mod) : 0);
/** "this year", "last year", "next year" inside a larger expression. */
const yearWords: Readonly<Record<string, number>> = { 'this year': 0, 'last year': -1, 'next year': 1, 'the year': 0 };
const yearOf = (g: Groups, ctx: r.Context) =>
  year(g.year) ?? (g.yearword && ctx.anchor ? ctx.anchor.year + yearWords[g.yearword.toLowerCase()]! : undefined);

const YEAR_WORD = '(?<yearword>this year|last year|next year|the year)';
const YEAR_GUARD_BEFORE =
  /(?:\b(?:in|since|by|until|till|through|during|from|to|of|before|after|for|between|and|or|the|fiscal|early|late|mid|year|years|circa|around|about|spring|summer|fall|autumn|winter|end|start|beginning|middle|'s)|[,(\-–])\s*$/i;

export const RULES: readonly Rule[] = [
  // Absolute dates.
  {
    name: 'iso date',
    pattern: '(?<year>{YEAR})-(?<month>[01]\\d)-(?<day>[0-3]\\d)',
    type: 'date',
    value: (g) => day(+g.year!, +g.month!, +g.day!),
  },
  {
    name: 'numeric date',
    pattern: '(?<month>1[0-2]|0?[1-9])/(?<day>3[01]|[12]\\d|0?[1-9])/(?<year>{YEAR}|\\d\\d)',
    type: 'date',
    value: (g) => {
      const y = g.year!.length === 2 ? 1900 + +g.year! + (+g.year! < 50 ? 100 : 0) : +g.year!;
      return day(y, +g.month!, +g.day!);
    },
  },
  {
    name: 'month day year',
    pattern: '(?<month>{MONTH_D}) (?<day>{DAY}),? (?<year>{YEAR})',
    type: 'date',
    value: (g) => day(+g.year!, monthValue(g.month!), dayValue(g.day!)),
  },
  {
    name: 'day month year',
    pattern: '(?<day>{DAY})(?: of)? (?<month>{MONTH_D}),? (?<year>{YEAR})',
    type: 'date',
    value: (g) => day(+g.year!, monthValue(g.month!), dayValue(g.day!)),
  },
  {
    name: 'weekday month day year',
    pattern: '(?<weekday>{WEEKDAY}),? (?<month>{MONTH_D}) (?<day>{DAY}),? (?<year>{YEAR})',
    type: 'date',
    value: (g) => day(+g.year!, monthValue(g.month!), dayValue(g.day!)),
  },
  {
    name: 'weekday month day',
    pattern: '(?<weekday>{WEEKDAY}),? (?<month>{MONTH_D}) (?<day>{DAY})(?!\\d|,? \\d{4})',
    type: 'date',
    relative: true,
    value: (g, ctx) => r.monthDay(ctx, monthValue(g.month!), dayValue(g.day!)),
  },
  {
    name: 'ordinal day of month',
    pattern: '(?:the )?(?<ord>{ORD}) (?:day )?of (?<month>{MONTH})(?:,? (?<year>{YEAR}))?',
    type: 'date',
    relative: true,
    value: (g, ctx) => {
      const d = ordinalValue(g.ord!);
      // "the 5th of March" is the day-month rule's, which leaves "the" out of the span.
      if (/\d/.test(g.ord!)) return null;
      return g.year ? day(+g.year, monthValue(g.month!), d) : r.monthDay(ctx, monthValue(g.month!), d);
    },
  },
  {
    name: 'month range',
    pattern: '(?<from>{MONTH}) ?[-–] ?(?<month>{MONTH}),? (?<year>{YEAR})',
    type: 'date',
    value: (g) => `${formatMonth(+g.year!, monthValue(g.from!))}/${formatMonth(+g.year!, monthValue(g.month!))}`,
  },
  {
    name: 'month day',
    pattern:
      '(?:(?<mod>last|next|this|this past|this coming|past|coming) )?(?<month>{MONTH_D}) (?<day>{DAY})(?!\\d|,? \\d{4}| ?(?:%|percent|million|billion))',
    type: 'date',
    relative: true,
    value: (g, ctx) => r.monthDay(ctx, monthValue(g.month!), dayValue(g.day!), shiftOf(g.mod) as -1 | 0 | 1),
  },
  {
    name: 'day month',
    pattern: '(?<day>{DAY})(?: of)? (?<month>{MONTH})',
    type: 'date',
    relative: true,
    value: (g, ctx) => r.monthDay(ctx, monthValue(g.month!), dayValue(g.day!)),
  },
  {
    name: 'month year',
    pattern: '(?<month>{MONTH}),? (?:of )?(?:(?<year>{YEAR})|' + YEAR_WORD + ')',
    type: 'date',
    value: (g, ctx) => {
      const y = yearOf(g, ctx);
      return y === undefined ? null : formatMonth(y, monthValue(g.month!));
    },
  },
  {
    name: 'month',
    pattern: '(?:(?<mod>last|next|this|this past|this coming|past|coming) )?(?<month>{MONTH})',
    type: 'date',
    relative: true,
    value: (g, ctx) => r.month(ctx, monthValue(g.month!), shiftOf(g.mod) as -1 | 0 | 1),
  },
  {
    name: 'holiday',
    pattern: '(?<holiday>{HOLIDAY})(?:,? (?<year>{YEAR}))?',
    type: 'date',
    relative: true,
    value: (g, ctx) => {
      const fixed = FIXED_HOLIDAYS[g.holiday!];
      const nth = NTH_WEEKDAY_HOLIDAYS[g.holiday!];
      const dayIn = (y: number) =>
        fixed ? dayNumber(y, fixed[0], fixed[1]) : nthWeekday(y, nth![0], nth![1], nth![2]);
      return r.holiday(ctx, dayIn, year(g.year));
    },
  },
  {
    name: 'year range',
    pattern: '(?<from>{YEAR})(?:-|–|/)(?<to>{YEAR}|\\d\\d)(?!-\\d)',
    type: 'date',
    value: (g) => {
      const from = +g.from!;
      const to = g.to!.length === 2 ? Math.floor(from / 100) * 100 + +g.to! : +g.to!;
      return to > from && to - from < 100 ? `${formatYear(from)}/${formatYear(to)}` : null;
    },
  },
  {
    name: 'spelled year',
    pattern:
      '(?:the year )?(?<century>nineteen|eighteen|twenty) (?<rest>{NUM})|(?:the year )?two thousand(?: and (?<rest2>{NUM}))?|(?:the year )?(?<rest3>two thousand (?:{NUM}))',
    type: 'date',
    value: (g) => {
      if (g.century) {
        const rest = numberValue(g.rest!);
        const c = ({ eighteen: 18, nineteen: 19, twenty: 20 } as Record<string, number>)[g.century.toLowerCase()]!;
        return rest !== undefined && Number.isInteger(rest) && rest >= 10 && rest < 100 ? String(c * 100 + rest) : null;
      }
      const rest = g.rest2 ?? g.rest3?.replace(/^two thousand /i, '');
      const n = rest === undefined ? 0 : numberValue(rest);
      return n !== undefined && Number.isInteger(n) && n < 100 ? String(2000 + n) : null;
    },
  },
  { name: 'fiscal year', pattern: '(?:the )?fiscal(?: year)? (?<year>{YEAR})', type: 'date', value: (g) => g.year! },
  {
    name: 'year',
    pattern: '(?:the year )?(?<year>{YEAR})(?!\\s*(?:%|percent|[-–]\\d))',
    type: 'date',
    value: (g) => g.year!,
  },
  {
    name: 'decade',
    pattern: "(?:the )?(?<decade>1[0-9]{2}0|20[0-9]0)'?s",
    type: 'date',
    value: (g) => `${g.decade!.slice(0, 3)}X`,
  },
  {
    name: 'short decade',
    pattern: "(?:the )?'(?<decade>[0-9]0)s",
    type: 'date',
    relative: true,
    value: (g, ctx) => {
      const base = ctx.anchor ? Math.floor(ctx.anchor.year / 100) : 19;
      const century = ctx.anchor && +g.decade! > ctx.anchor.year % 100 ? base - 1 : base;
      return `${century}${g.decade![0]}X`;
    },
  },
  {
    name: 'century',
    pattern: '(?:the )?(?<ord>{ORD}|\\d{1,2}(?:st|nd|rd|th)|twenty-first) century',
    type: 'date',
    value: (g) => {
      const n = ordinalValue(g.ord!.replace('twenty-first', '21st'));
      return n > 0 && n < 30 ? `${String(n - 1).padStart(2, '0')}XX` : null;
    },
  },
  // Parts of years.
  {
    name: 'quarter',
    pattern: `(?:the )?(?:fiscal )?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter(?: of (?:fiscal )?(?:(?<year>{YEAR})|${YEAR_WORD}))?(?:,? (?<year2>{YEAR}))?`,
    type: 'date',
    relative: true,
    value: (g, ctx) => r.quarter(ctx, ordinalValue(g.ord!), yearOf(g, ctx) ?? year(g.year2)),
  },
  {
    name: 'q quarter',
    pattern: '(?:the )?Q(?<q>[1-4])(?: (?<year>{YEAR}))?',
    type: 'date',
    relative: true,
    value: (g, ctx) => r.quarter(ctx, +g.q!, year(g.year)),
  },
  {
    name: 'the quarter',
    pattern: '(?:the|that) (?:fiscal )?quarter(?! of| century)',
    type: 'date',
    relative: true,
    value: (_, ctx) => r.relativeUnit(ctx, 'quarter', ctx.tense === 'past' ? -1 : 0),
  },
  {
    name: 'the year',
    pattern:
      '(?:the|this) (?:(?<fiscal>fiscal|calendar|current|latest|full) )?year(?! (?:before|after|earlier|later|ago|of|in which|when|that|to)\\b)',
    type: 'date',
    relative: true,
    value: (_, ctx) => r.relativeUnit(ctx, 'year', 0),
  },
  {
    name: 'year end',
    pattern: "(?:the )?(?:year[- ]end|year's end)",
    type: 'date',
    relative: true,
    value: (_, ctx) => r.relativeUnit(ctx, 'year', 0),
  },
  {
    name: 'part of this unit',
    pattern: '(?:the )?(?:end|beginning|start|middle|rest|remainder) of the (?<unit>week|month|year|quarter|decade)',
    type: 'date',
    relative: true,
    value: (g, ctx) => r.relativeUnit(ctx, unitValue(g.unit!), 0),
  },
  {
    name: 'the weekend',
    pattern: '(?:the|this) weekend',
    type: 'date',
    relative: true,
    value: (_, ctx) => r.relativeUnit(ctx, 'weekend', ctx.tense === 'past' ? -1 : 0),
  },
  {
    name: 'relative quarter',
    pattern:
      '(?:the )?(?<mod>latest|current|last|past|previous|next|coming|most recent|same|year-earlier|year-ago) quarter',
    type: 'date',
    relative: true,
    value: (g, ctx) => {
      const mod = g.mod!.toLowerCase();
      if (mod === 'year-earlier' || mod === 'year-ago') return r.relativeUnit(ctx, 'quarter', -4);
      if (mod === 'latest' || mod === 'most recent') return r.relativeUnit(ctx, 'quarter', -1);
      return r.relativeUnit(ctx, 'quarter', shiftOf(mod));
    },
  },
  {
    name: 'half',
    pattern: `(?:the )?(?<ord>first|second)[- ]half(?: of (?:(?<year>{YEAR})|${YEAR_WORD}))?`,
    type: 'date',
    relative: true,
    value: (g, ctx) => r.half(ctx, ordinalValue(g.ord!), yearOf(g, ctx)),
  },
  {
    name: 'season',
    pattern: `(?:(?<mod>last|next|this|this past|this coming|past|coming) (?<season>{SEASON})|(?:the )?(?<season2>{SEASON})(?: of)? (?:(?<year>{YEAR})|${YEAR_WORD}))`,
    type: 'date',
    relative: true,
    value: (g, ctx) => r.season(ctx, (g.season ?? g.season2)!, yearOf(g, ctx), shiftOf(g.mod)),
  },
  {
    name: 'the season',
    pattern: '(?:the )(?:(?:early|late) )?(?<season>spring|summer|winter|autumn)(?! of)',
    type: 'date',
    relative: true,
    value: (g, ctx) => r.season(ctx, g.season!),
  },
  {
    name: 'season after in',
    pattern:
      '(?<=\\b(?:[Ii]n|[Dd]uring|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]hrough) (?:the )?)(?<season>spring|summer|autumn|winter|fall)(?! of)',
    type: 'date',
    relative: true,
    value: (g, ctx) => r.season(ctx, g.season!),
  },
  {
    name: 'year-earlier',
    pattern: '(?:the )?year-(?:earlier|ago)(?: (?:period|month|year|level|levels|figure|figures|results))?',
    type: 'date',
    relative: true,
    value: (_, ctx) => r.shifted(ctx, 1, 'year', -1),
  },
  // Days relative to the anchor.
  {
    name: 'weekday',
    pattern:
      '(?:(?<mod>last|next|this|this past|this coming|coming|past) )?(?<weekday>{WEEKDAY})(?:,? (?:early |late )?(?<part>{PART}))?',
    type: 'date',
    relative: true,
    value: (g, ctx) => r.weekday(ctx, weekdayValue(g.weekday!), shiftOf(g.mod) as -1 | 0 | 1),
  },
  {
    name: 'named day',
    pattern:
      '(?:the day (?<mod>before|after) )?(?<word>today|yesterday|tomorrow|tonight)(?:,? (?:early |late )?(?<part>{PART}))?',
    type: 'date',
    relative: true,
    value: (g, ctx) =>
      r.relativeDay(
        ctx,
        { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[g.word!.toLowerCase()]! +
          (g.mod ? (g.mod.toLowerCase() === 'before' ? -1 : 1) : 0),
      ),
  },
  {
    name: 'part of today',
    pattern: '(?<mod>this|last) (?<part>morning|afternoon|evening|night)',
    type: 'date',
    relative: true,
    value: (g, ctx) =>
      r.relativeDay(ctx, g.mod!.toLowerCase() === 'last' && g.part!.toLowerCase() === 'night' ? -1 : 0),
  },
  // Calendar units relative to the anchor.
  {
    name: 'relative unit',
    pattern: '(?:the )?(?<mod>{UNIT_MOD}) (?<unit>{UNIT_S})',
    type: 'date',
    relative: true,
    value: (g, ctx) => r.relativeUnit(ctx, unitValue(g.unit!), shiftOf(g.mod)),
  },
  {
    name: 'shifted',
    pattern:
      '(?<num>{NUM}) (?<unit>{UNIT}) (?<dir>ago|earlier|before|later|after|from now|hence)(?! (?:the|a|an|his|her|their|its|\\w+ing)\\b)',
    type: 'date',
    relative: true,
    value: (g, ctx) =>
      r.shifted(ctx, numberValue(g.num!), unitValue(g.unit!), /ago|earlier|before/i.test(g.dir!) ? -1 : 1),
  },
  {
    name: 'unit ago',
    pattern: '(?:a|one|the) (?<unit>year|month|week|day|decade) (?<dir>ago|earlier|later)',
    type: 'date',
    relative: true,
    value: (g, ctx) => r.shifted(ctx, 1, unitValue(g.unit!), /later/i.test(g.dir!) ? 1 : -1),
  },
  // Clock times.
  {
    name: 'clock time',
    pattern:
      '(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))? ?(?<ampm>a\\.m\\.|p\\.m\\.|am\\b|pm\\b)(?: (?:[A-Z]{2,4}T|GMT|UTC))?',
    type: 'time',
    relative: true,
    value: (g, ctx) => {
      const h = (+g.hour! % 12) + (/p/i.test(g.ampm!) ? 12 : 0);
      return r.clockTime(ctx, h, +(g.minute ?? 0));
    },
  },
  {
    name: 'noon',
    pattern: '(?<word>noon|midnight|midday)',
    type: 'time',
    relative: true,
    value: (g, ctx) => r.clockTime(ctx, g.word!.toLowerCase() === 'midnight' ? 0 : 12, 0),
  },
  // Durations and sets.
  {
    name: 'duration',
    pattern:
      '(?:(?:the|a|an) )?(?:(?:past|last|next|first|coming|previous|final|latest|initial|remaining|following) )?(?<num>{NUM})(?:[- ](?:and[- ]a[- ]half[- ])?|-)(?<unit>{UNIT})(?:-long)?(?![- ]old)',
    type: 'duration',
    value: (g) => {
      // "a second" is an ordinal more often than a time; "three-quarters" and "a quarter" are fractions.
      if (/^an? second$/i.test(`${g.num} ${g.unit}`) || (/^quarters?$/i.test(g.unit!) && !/^\d/.test(g.num!)))
        return null;
      return r.duration(numberValue(g.num!), unitValue(g.unit!));
    },
  },
  {
    name: 'bare years',
    pattern: '(?<=\\b(?:for|over|in|within|took|takes|lasted) )(?<unit>years|decades|months|weeks|centuries)',
    type: 'duration',
    value: (g) => r.duration(undefined, unitValue(g.unit!)),
  },
  {
    name: 'set',
    pattern: '(?:every|each) (?:other )?(?:(?<num>{NUM}) )?(?<unit>{UNIT})',
    type: 'set',
    value: (g) => r.duration(g.num ? numberValue(g.num) : 1, unitValue(g.unit!)),
  },
  {
    name: 'set adverb',
    pattern: '(?<word>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually)',
    type: 'set',
    value: (g) =>
      ({
        daily: 'P1D',
        nightly: 'P1D',
        weekly: 'P1W',
        biweekly: 'P2W',
        monthly: 'P1M',
        quarterly: 'P3M',
        annually: 'P1Y',
        yearly: 'P1Y',
        semiannually: 'P6M',
        hourly: 'PT1H',
      })[g.word!.toLowerCase()]!,
  },
  {
    // "quarterly" is mostly an adjective ("a quarterly dividend"); only as an adverb is it a set.
    name: 'quarterly',
    pattern: 'quarterly(?=\\s*(?:[.,;:)]|$))',
    type: 'set',
    value: () => 'P3M',
  },
  {
    name: 'times per',
    pattern: '(?:once|twice|(?:{NUM}) times) (?:a|an|per|each) (?<unit>{UNIT_S})',
    type: 'set',
    value: (g) => r.duration(1, unitValue(g.unit!)),
  },
  // Vague references.
  {
    name: 'vague reference',
    pattern: `(?<vague>${Object.keys(VAGUE_REFERENCES)
      .sort((a, b) => b.length - a.length)
      .join('|')})`,
    type: 'date',
    value: (g) => VAGUE_REFERENCES[g.vague!.toLowerCase()] ?? null,
  },
];

export { YEAR_GUARD_BEFORE, formatYear };
