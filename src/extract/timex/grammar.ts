/**
 * Expands the placeholders of the rules (`{MONTH}`, `{NUM}`…) into regular expressions built
 * from the tables of ./lexicon.ts, and reads the words they match back into numbers.
 */
import {
  FIXED_HOLIDAYS,
  MONTHS,
  NTH_WEEKDAY_HOLIDAYS,
  NUMBER_WORDS,
  ORDINALS,
  SEASONS,
  UNIT_MODIFIERS,
  UNITS,
  VAGUE_QUANTITIES,
  WEEKDAYS,
  type Unit,
} from './lexicon';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so that an alternation prefers "September" to "Sept". */
const alternation = (words: readonly string[]) =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})`;

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const monthNames = MONTHS.flatMap((m) => [...m.names, ...m.abbr.map((a) => `${a}.`)]);
const monthNamesBeforeDay = MONTHS.flatMap((m) => [...m.names, ...m.abbr.flatMap((a) => [`${a}.`, a])]);
const numberWords = [
  ...Object.keys(NUMBER_WORDS),
  ...TENS.flatMap((t) => ONES.map((o) => `${t}-${o}`)),
  ...VAGUE_QUANTITIES,
];

export const PLACEHOLDERS: Readonly<Record<string, string>> = {
  MONTH: alternation(monthNames),
  MONTH_D: alternation(monthNamesBeforeDay),
  DAY: '(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?',
  YEAR: '(?:1[0-9]{3}|20[0-9]{2})',
  WEEKDAY: alternation(WEEKDAYS.flatMap((w) => w.names)),
  NUM: `(?:\\d+(?:\\.\\d+)?|${alternation(numberWords)}(?: and a half)?)`,
  UNIT: alternation(Object.entries(UNITS).flatMap(([s, u]) => [s, u.plural])),
  UNIT_S: alternation(Object.keys(UNITS)),
  UNITS: alternation(Object.values(UNITS).map((u) => u.plural)),
  UNIT_MOD: alternation(Object.keys(UNIT_MODIFIERS)),
  ORD: alternation(Object.keys(ORDINALS)),
  SEASON: alternation(Object.keys(SEASONS)),
  PART: '(?:morning|afternoon|evening|night|overnight)',
  HOLIDAY: alternation([...Object.keys(FIXED_HOLIDAYS), ...Object.keys(NTH_WEEKDAY_HOLIDAYS)]),
};

/** A rule's pattern with its placeholders expanded, whole words only. */
export function compile(pattern: string, caseSensitive = false): RegExp {
  const source = pattern.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    const expansion = PLACEHOLDERS[name];
    if (!expansion) throw new Error(`unknown placeholder {${name}} in ${pattern}`);
    return expansion;
  });
  // A hyphen before is allowed only after "mid", "pre" or "post" ("mid-1990s").
  return new RegExp(
    `(?<![\\w$£€#@/]|(?<!\\b(?:mid|pre|post))-|\\d[.,])(?:${source})(?![\\w]|[.,]\\d)`,
    caseSensitive ? 'g' : 'gi',
  );
}

/** A number written in digits or words; undefined for a vague quantity ("several"). */
export function numberValue(words: string): number | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  const half = w.endsWith(' and a half') ? 0.5 : 0;
  const base = half ? w.slice(0, -' and a half'.length) : w;
  if (/^\d+(?:\.\d+)?$/.test(base)) return Number(base) + half;
  if (base in NUMBER_WORDS) return NUMBER_WORDS[base]! + half;
  const [tens, ones] = base.split('-');
  if (tens && ones && TENS.includes(tens) && ONES.includes(ones))
    return (TENS.indexOf(tens) + 2) * 10 + ONES.indexOf(ones) + 1 + half;
  return undefined;
}

export function monthValue(word: string): number {
  const w = word.replace(/\.$/, '').toLowerCase();
  const found = MONTHS.find(
    (m) => m.names.some((n) => n.toLowerCase() === w) || m.abbr.some((a) => a.toLowerCase() === w),
  );
  if (!found) throw new Error(`not a month: ${word}`);
  return found.month;
}

export function weekdayValue(word: string): number {
  const w = word.toLowerCase();
  const found = WEEKDAYS.find((d) => d.names.some((n) => n.toLowerCase() === w));
  if (!found) throw new Error(`not a weekday: ${word}`);
  return found.weekday;
}

export const dayValue = (word: string) => parseInt(word, 10);
export const ordinalValue = (word: string) => ORDINALS[word.toLowerCase()] ?? parseInt(word, 10);

export function unitValue(word: string): Unit {
  const w = word.toLowerCase();
  for (const [singular, u] of Object.entries(UNITS)) if (w === singular || w === u.plural) return u.unit;
  throw new Error(`not a unit: ${word}`);
}

export function modifierValue(word: string): -1 | 0 | 1 {
  return UNIT_MODIFIERS[word.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
}
