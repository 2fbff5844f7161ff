/**
 * Keyword lists compiled into a word index, for the category profiles: each keyword becomes the
 * set of its surface forms ("treaty" -> treaty, treaties, ...), looked up once per word of the
 * passage. One Map read per word, instead of one regex scan per profile, keeps suggesting
 * categories to a few tens of milliseconds per megabyte however many profiles there are.
 *
 * Keyword syntax (documented for editors in categoryProfiles.ts): whole words; the usual
 * inflections; "word*" for a prefix; a keyword with a word in capitals matches only as written;
 * several words match across spaces or hyphens.
 */

import type { WordToken } from './wordTokens';

/** A keyword found: word indices [from, to) and the index of the list it came from. */
export interface KeywordHit {
  readonly from: number;
  readonly to: number;
  readonly group: number;
}

interface Entry {
  readonly group: number;
  readonly exact: boolean;
  /** Words after the first, all compared as written (or lower-cased), the last by `last`. */
  readonly rest: readonly string[];
  /** The last word's forms, or its prefix when the keyword ends in "*". */
  readonly last: ReadonlySet<string> | string;
}

export interface KeywordMatcher {
  /** Entries by their first word's form: lower-cased for most, as written for exact ones. */
  readonly anyCase: ReadonlyMap<string, Entry[]>;
  readonly exact: ReadonlyMap<string, Entry[]>;
  /** One-word prefix keywords ("militar*"), by their first PREFIX_KEY letters (lower-cased). */
  readonly prefixes: ReadonlyMap<string, (Entry & { readonly last: string })[]>;
}

// Prefix keywords are indexed by their first letters; a shorter prefix would match too much anyway.
const PREFIX_KEY = 3;

const CAPITALS = /^[\p{Lu}\p{N}.]*\p{Lu}[\p{Lu}\p{N}.]*$/u;

/** A word and its common inflections: treaty -> treaties, vote -> voted, ban -> banned. */
export function inflections(word: string): Set<string> {
  if (CAPITALS.test(word)) return new Set([word, `${word}s`]);
  if (/[^aeiou]y$/u.test(word)) {
    const stem = word.slice(0, -1);
    return new Set([word, `${stem}ies`, `${stem}ied`, `${stem}ying`]);
  }
  if (word.endsWith('e')) {
    const stem = word.slice(0, -1);
    return new Set([word, `${word}s`, `${word}d`, `${stem}ing`]);
  }
  if (/(?:s|x|z|ch|sh)$/u.test(word)) return new Set([word, `${word}es`, `${word}ed`, `${word}ing`]);
  const last = word.slice(-1);
  return new Set([word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}${last}ed`, `${word}${last}ing`]);
}

/** A keyword with a word in capitals ("UN", "WHO") matches only as written. */
function isExact(keyword: string): boolean {
  return keyword.split(/[\s-]+/u).some((w) => w.length > 1 && CAPITALS.test(w.replace(/\*$/u, '')));
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Compiles lists of keywords; a hit's `group` is the index of its list. */
export function compileKeywords(groups: readonly (readonly string[])[]): KeywordMatcher {
  const anyCase = new Map<string, Entry[]>();
  const exact = new Map<string, Entry[]>();
  const prefixes = new Map<string, (Entry & { last: string })[]>();
  groups.forEach((keywords, group) => {
    for (const keyword of keywords) {
      const isExactKeyword = isExact(keyword);
      const prefix = keyword.endsWith('*');
      const words = (prefix ? keyword.slice(0, -1) : keyword)
        .split(/[\s-]+/u)
        .map((w) => (isExactKeyword ? w : w.toLowerCase()));
      const lastWord = words[words.length - 1]!;
      const last = prefix ? lastWord : inflections(lastWord);
      const map = isExactKeyword ? exact : anyCase;
      if (words.length === 1 && typeof last === 'string') {
        const entry = { group, exact: isExactKeyword, rest: [], last };
        const list = prefixes.get(last.slice(0, PREFIX_KEY).toLowerCase());
        if (list) list.push(entry);
        else prefixes.set(last.slice(0, PREFIX_KEY).toLowerCase(), [entry]);
      } else if (words.length === 1)
        for (const form of last as Set<string>) push(map, form, { group, exact: isExactKeyword, rest: [], last });
      else push(map, words[0]!, { group, exact: isExactKeyword, rest: words.slice(1), last });
    }
  });
  return { anyCase, exact, prefixes };
}

function lastMatches(entry: Entry, word: string): boolean {
  return typeof entry.last === 'string' ? word.startsWith(entry.last) : entry.last.has(word);
}

/** The end (exclusive) of `entry` matched from word `i`, or -1. Word `i` already matches its first word. */
function endOf(entry: Entry, tokens: readonly WordToken[], lower: readonly string[], i: number): number {
  const n = entry.rest.length;
  if (n === 0) return i + 1;
  for (let k = 1; k <= n; k++) {
    const t = tokens[i + k];
    if (!t || t.sep === '') return -1;
    const word = entry.exact ? t.bare : lower[i + k]!;
    if (k < n ? word !== entry.rest[k - 1] : !lastMatches(entry, word)) return -1;
  }
  return i + n + 1;
}

/** Every keyword occurrence in the words, overlapping ones included, in no particular order. */
export function matchKeywords(matcher: KeywordMatcher, tokens: readonly WordToken[]): KeywordHit[] {
  const lower = tokens.map((t) => t.bare.toLowerCase());
  const hits: KeywordHit[] = [];
  const none: Entry[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const entries of [matcher.anyCase.get(lower[i]!) ?? none, matcher.exact.get(tokens[i]!.bare) ?? none]) {
      for (const entry of entries) {
        const to = endOf(entry, tokens, lower, i);
        if (to > i) hits.push({ from: i, to, group: entry.group });
      }
    }
    for (const entry of matcher.prefixes.get(lower[i]!.slice(0, PREFIX_KEY)) ?? none) {
      if (lastMatches(entry, entry.exact ? tokens[i]!.bare : lower[i]!))
        hits.push({ from: i, to: i + 1, group: entry.group });
    }
  }
  return hits;
}
