/**
 * Suggests categories for a passage from keyword profiles (categoryProfiles.ts). Profiles are
 * compiled once into two regular expressions each (one for any case, one for keywords written
 * in capitals), cached per profile list, so a passage costs a few regex scans.
 */

import { findCountries, isCountryName } from './actorTable';
import {
  BILATERAL_RULE,
  DEFAULT_PROFILES,
  FALLBACK_CATEGORY_ID,
  NEUTRAL_PHRASES,
  type CategoryProfile,
} from './categoryProfiles';

export interface CategoryScore {
  readonly id: string;
  /** Distinct keywords found, plus the bilateral rule's bonus. */
  readonly score: number;
  /** The words that matched, as written (lower case), and the rule when it applied: the why. */
  readonly matched: readonly string[];
}

/** At most this many categories are suggested. */
export const MAX_CATEGORIES = 3;

interface Compiled {
  readonly ids: readonly string[];
  /** One entry per profile; index -1 in a match is a neutral phrase. */
  readonly patterns: readonly (readonly RegExp[])[];
  readonly neutral: readonly RegExp[];
  readonly fallback: string;
}

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const SEPARATOR = '[\\s\\-\u2010\u2011\u2013]+';
const CAPITALS = /^[\p{Lu}\p{N}.]*\p{Lu}[\p{Lu}\p{N}.]*$/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A word and its common inflections: treaty|treaties, vote|voted|voting, ban|banned. */
function inflected(word: string): string {
  if (CAPITALS.test(word)) return `${escape(word)}(?:s|['’]s)?`;
  if (/[^aeiou]y$/u.test(word)) return `${escape(word.slice(0, -1))}(?:y|ies|ied|ying)`;
  if (word.endsWith('e')) return `${escape(word.slice(0, -1))}(?:e|es|ed|ing)`;
  if (/(?:s|x|z|ch|sh)$/u.test(word)) return `${escape(word)}(?:es|ed|ing)?`;
  return `${escape(word)}(?:s|es|ed|ing|${escape(word.slice(-1))}(?:ed|ing))?`;
}

/** The regex source for one keyword: see the rules in categoryProfiles.ts. */
function keywordSource(keyword: string): string {
  const prefix = keyword.endsWith('*');
  const words = (prefix ? keyword.slice(0, -1) : keyword).split(/[\s-]+/u);
  const last = words.length - 1;
  return words
    .map((w, i) => (i < last ? escape(w) : prefix ? `${escape(w)}[\\p{L}\\p{N}]*` : inflected(w)))
    .join(SEPARATOR);
}

/** A keyword with a word in capitals ("UN", "WHO") matches only as written. */
function caseSensitive(keyword: string): boolean {
  return keyword.split(/[\s-]+/u).some((w) => w.length > 1 && CAPITALS.test(w.replace(/\*$/u, '')));
}

function compileKeywords(keywords: readonly string[]): RegExp[] {
  const out: RegExp[] = [];
  for (const exact of [false, true]) {
    const chosen = keywords.filter((k) => caseSensitive(k) === exact);
    if (chosen.length === 0) continue;
    // Longest first, so "prime minister" is preferred to "minister" where both start.
    const alternatives = [...chosen].sort((a, b) => b.length - a.length).map(keywordSource);
    out.push(new RegExp(`${LETTER_BEFORE}(?:${alternatives.join('|')})${LETTER_AFTER}`, exact ? 'gu' : 'giu'));
  }
  return out;
}

const compiledCache = new WeakMap<readonly CategoryProfile[], Compiled>();

function compile(profiles: readonly CategoryProfile[]): Compiled {
  let compiled = compiledCache.get(profiles);
  if (!compiled) {
    compiled = {
      ids: profiles.map((p) => p.id),
      patterns: profiles.map((p) => compileKeywords(p.keywords)),
      neutral: compileKeywords(NEUTRAL_PHRASES),
      fallback: profiles.find((p) => p.keywords.length === 0)?.id ?? FALLBACK_CATEGORY_ID,
    };
    compiledCache.set(profiles, compiled);
  }
  return compiled;
}

const RELATION = compileKeywords(BILATERAL_RULE.relationWords);

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly profile: number;
  readonly text: string;
}

/**
 * Every profile's score for a passage, highest first (ties in profile order), with the words
 * that matched. A longer match wins where matches overlap, across profiles: "Security Council"
 * counts for the UN, not also for security. `actors`, when given, are the passage's actors
 * (actors.ts); otherwise its states are looked up here.
 */
export function scoreCategories(
  passage: string,
  profiles: readonly CategoryProfile[] = DEFAULT_PROFILES,
  actors?: readonly string[],
): CategoryScore[] {
  const { ids, patterns, neutral } = compile(profiles);
  const hits: Hit[] = [];
  const scan = (res: readonly RegExp[], profile: number) => {
    for (const re of res)
      for (const m of passage.matchAll(re))
        hits.push({ start: m.index, end: m.index + m[0].length, profile, text: m[0].toLowerCase() });
  };
  scan(neutral, -1);
  patterns.forEach((res, i) => scan(res, i));
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const matched = ids.map(() => new Set<string>());
  let reached = 0;
  for (const h of hits) {
    if (h.start < reached) continue;
    reached = h.end;
    if (h.profile >= 0) matched[h.profile]!.add(h.text);
  }
  const scores = ids.map((_, i) => matched[i]!.size);
  const bilateral = ids.indexOf(BILATERAL_RULE.id);
  if (bilateral >= 0) {
    const states = new Set(actors ? actors.filter(isCountryName) : findCountries(passage));
    if (states.size === 2 && RELATION.some((re) => passage.search(re) >= 0)) {
      scores[bilateral]! += BILATERAL_RULE.bonus;
      matched[bilateral]!.add(`two states named: ${[...states].join(' and ')}`);
    }
  }
  return ids
    .map((id, i) => ({ id, score: scores[i]!, matched: [...matched[i]!], order: i }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ id, score, matched: words }) => ({ id, score, matched: words }));
}

/**
 * Up to three category ids for a passage, best first; the fallback profile's id (the one with
 * no keywords, else "other") when no keyword matches. Pure; the profiles are compiled once.
 */
export function suggestCategories(
  passage: string,
  profiles: readonly CategoryProfile[] = DEFAULT_PROFILES,
  actors?: readonly string[],
): string[] {
  const found = scoreCategories(passage, profiles, actors).filter((s) => s.score > 0);
  if (found.length === 0) return [compile(profiles).fallback];
  return found.slice(0, MAX_CATEGORIES).map((s) => s.id);
}
