/**
 * Look-up of the named-actor tables (states, international bodies, institutions) over a
 * passage's words. Built once at module load; each look-up is a few Map reads per word, so the
 * tables can grow without slowing the pipeline.
 */

import { INSTITUTIONS, INTERNATIONAL_BODIES } from './bodies';
import { OTHER_STATES, PLACES_NOT_STATES, UN_MEMBER_STATES, UN_OBSERVER_STATES } from './countries';
import { joinWords, wordTokens, type WordToken } from './wordTokens';

/** 'place' entries are only there to stop a shorter state name inside them from matching. */
export type TableKind = 'country' | 'body' | 'institution' | 'place';

export interface TableEntry {
  /** The canonical short name: the first name on the table's line. */
  readonly name: string;
  readonly kind: TableKind;
}

export interface TableMatch {
  readonly entry: TableEntry;
  /** Word indices: from inclusive, to exclusive. */
  readonly from: number;
  readonly to: number;
}

const TABLE = new Map<string, TableEntry>();
// Every table name's first word: most capitalised words start none, and need no longer look-up.
const FIRST_WORDS = new Set<string>();
let maxWords = 1;

function addLines(lines: readonly string[], kind: TableKind): void {
  for (const line of lines) {
    const names = line.split('|');
    const entry: TableEntry = { name: names[0]!, kind };
    for (const name of names) {
      const key = name.replace(/’/gu, "'");
      // First line wins, so a name in two tables keeps the meaning of the earlier one.
      if (!TABLE.has(key)) TABLE.set(key, entry);
      const words = key.split(/[\s-]+/u);
      FIRST_WORDS.add(words[0]!);
      maxWords = Math.max(maxWords, words.length);
    }
  }
}

addLines(PLACES_NOT_STATES, 'place');
addLines(UN_MEMBER_STATES, 'country');
addLines(UN_OBSERVER_STATES, 'country');
addLines(OTHER_STATES, 'country');
addLines(INTERNATIONAL_BODIES, 'body');
addLines(INSTITUTIONS, 'institution');

const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  [...TABLE.values()].filter((e) => e.kind === 'country').map((e) => e.name),
);

/** The longest table name that starts at word `i`, or null. */
export function tableMatchAt(tokens: readonly WordToken[], i: number): TableMatch | null {
  const first = tokens[i];
  if (!first || !(FIRST_WORDS.has(first.text.replace(/’/gu, "'")) || FIRST_WORDS.has(first.bare))) return null;
  let last = i + 1;
  // A name never crosses punctuation: extend only over words joined by spaces or hyphens.
  while (last < tokens.length && last - i < maxWords && tokens[last]!.sep !== '') last++;
  for (let to = last; to > i; to--) {
    const entry = TABLE.get(joinWords(tokens, i, to));
    if (entry) return { entry, from: i, to };
  }
  return null;
}

/** Every table match in the words, left to right, longest first, not overlapping. */
export function tableMatches(tokens: readonly WordToken[]): TableMatch[] {
  const out: TableMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const m = tableMatchAt(tokens, i);
    if (m) {
      out.push(m);
      i = m.to;
    } else i++;
  }
  return out;
}

/** True when `name` is the canonical name of a state in the tables ("Russia", "North Korea"). */
export function isCountryName(name: string): boolean {
  return COUNTRY_NAMES.has(name);
}

/** The states a passage names, canonical, deduplicated, in order of first mention. */
export function findCountries(passage: string): string[] {
  const names = tableMatches(wordTokens(passage))
    .filter((m) => m.entry.kind === 'country')
    .map((m) => m.entry.name);
  return [...new Set(names)];
}
