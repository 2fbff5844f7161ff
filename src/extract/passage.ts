/**
 * What a draft shows of its passage: a quote found exactly once in the text, a short title in
 * the passage's own words, and a date the dataset format can hold.
 */
import { parseEdtf } from '../data/edtf';
import { locateQuotes } from '../data/quotes';
import { slugify } from '../data/slug';
import type { Span } from './types';

/**
 * For each draft, the first of its spans (the quote, then wider ones) whose words occur exactly
 * once in the text, as the dataset format requires; the widest when none does. All quotes are
 * looked up together, a round per width (one pass over the text each, not one per quote).
 */
export function uniqueQuotes(text: string, candidates: readonly (readonly Span[])[]): Span[] {
  const chosen: (Span | undefined)[] = candidates.map(() => undefined);
  const depth = Math.max(0, ...candidates.map((c) => c.length));
  for (let level = 0; level < depth; level++) {
    const open = candidates.flatMap((c, i) => (chosen[i] === undefined && c[level] ? [i] : []));
    if (open.length === 0) break;
    const spans = open.map((i) => candidates[i]![level]!);
    const found = locateQuotes(
      text,
      spans.map((s) => text.slice(s.start, s.end)),
    );
    open.forEach((i, k) => {
      if (found.count[k] === 1 && found.start[k] === spans[k]!.start) chosen[i] = spans[k];
    });
  }
  return candidates.map((c, i) => chosen[i] ?? c[c.length - 1]!);
}

/** Lead-ins a title leaves out: a list label ("China: "), a source ("According to X, "), a date ("In May, "). */
const TITLE_PREFIXES: readonly RegExp[] = [
  /^[A-Z][\w .’'-]{0,30}:\s+(?=[A-Z])/,
  /^According to [^,]{1,80},\s*/i,
  /^(?:In|On|By|During|Since|Throughout|Earlier|Later|Last|This)\b[^,]{0,40},\s+/,
  /^(?:which|who|that|and|but|while)\s+/i,
];
const MAX_TITLE_WORDS = 12;

/** A short title from the passage's own words, in their order, with nothing added but an ellipsis. */
export function titleOf(quote: string): string {
  let t = quote.trim();
  for (const prefix of TITLE_PREFIXES) t = t.replace(prefix, '');
  // Up to the first clause break after a few words, and at most a dozen words.
  const clause = /^(.{24,}?)(?:,\s+(?:which|while|including|but|and|as|where|who)\b|;|\s+—\s+|:\s)/.exec(t);
  if (clause) t = clause[1]!;
  const words = t.split(/\s+/);
  let title = words
    .slice(0, MAX_TITLE_WORDS)
    .join(' ')
    .replace(/[\s,;:.—–-]+$/, '');
  if (words.length > MAX_TITLE_WORDS) title += '…';
  return title.charAt(0).toUpperCase() + title.slice(1);
}

export function slug(title: string): string {
  return slugify(title).split('-').slice(0, 6).join('-') || 'event';
}

const SEASON_MONTHS: Readonly<Record<string, readonly [number, number, string]>> = {
  '21': [3, 5, 'spring'],
  '22': [6, 8, 'summer'],
  '23': [9, 11, 'autumn'],
  '24': [12, 2, 'winter'],
};

/**
 * A tagger value as a dataset date (EDTF level 0 with level-1 qualifiers and intervals), with a
 * note when the format cannot hold the words' own precision. Undefined when it cannot be dated.
 */
export function datasetDate(value: string): { date: string; note?: string } | undefined {
  if (parseEdtf(value).ok) return { date: value };
  const season = /^(\d{4})-(2[1-4])$/.exec(value);
  if (season) {
    const [from, to, name] = SEASON_MONTHS[season[2]!]!;
    const year = +season[1]!;
    const end = to < from ? year + 1 : year;
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      date: `${year}-${pad(from)}~/${end}-${pad(to)}~`,
      note: `"${name}" drawn as its months in the northern hemisphere, marked approximate`,
    };
  }
  const decade = /^(\d{3})X$/.exec(value);
  if (decade) return { date: `${decade[1]}0/${decade[1]}9`, note: 'a decade' };
  const century = /^(\d{2})XX$/.exec(value);
  if (century) return { date: `${century[1]}00/${century[1]}99`, note: 'a century' };
  const unspecified = /^(\d{4})-XX(?:-XX)?$/.exec(value);
  if (unspecified) return { date: unspecified[1]!, note: 'the passage does not say which day; only the year is known' };
  return undefined;
}
