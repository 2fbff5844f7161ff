/**
 * Suggests categories for a passage from keyword profiles (categoryProfiles.ts). The profiles
 * are compiled once into a word index (keywordMatcher.ts), cached per profile list, so a passage
 * costs one look-up per word whatever the number of profiles.
 */

import { isCountryName, tableMatches } from './actorTable';
import {
  BILATERAL_RULE,
  DEFAULT_PROFILES,
  FALLBACK_CATEGORY_ID,
  NEUTRAL_PHRASES,
  type CategoryProfile,
} from './categoryProfiles';
import { compileKeywords, matchKeywords, type KeywordMatcher } from './keywordMatcher';
import { wordTokens } from './wordTokens';

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
  /** Group i is profile i; the last group is the neutral phrases. */
  readonly matcher: KeywordMatcher;
  readonly fallback: string;
}

const compiledCache = new WeakMap<readonly CategoryProfile[], Compiled>();

function compile(profiles: readonly CategoryProfile[]): Compiled {
  let compiled = compiledCache.get(profiles);
  if (!compiled) {
    compiled = {
      ids: profiles.map((p) => p.id),
      matcher: compileKeywords([...profiles.map((p) => p.keywords), NEUTRAL_PHRASES]),
      fallback: profiles.find((p) => p.keywords.length === 0)?.id ?? FALLBACK_CATEGORY_ID,
    };
    compiledCache.set(profiles, compiled);
  }
  return compiled;
}

const RELATION = compileKeywords([BILATERAL_RULE.relationWords]);

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
  const { ids, matcher } = compile(profiles);
  const tokens = wordTokens(passage);
  const hits = matchKeywords(matcher, tokens).sort((a, b) => a.from - b.from || b.to - a.to);
  const matched = ids.map(() => new Set<string>());
  let reached = 0;
  for (const h of hits) {
    if (h.from < reached) continue;
    reached = h.to;
    // The last group is the neutral phrases, which only stop the words inside them counting.
    matched[h.group]?.add(passage.slice(tokens[h.from]!.start, tokens[h.to - 1]!.end).toLowerCase());
  }
  const scores = ids.map((_, i) => matched[i]!.size);
  const bilateral = ids.indexOf(BILATERAL_RULE.id);
  if (bilateral >= 0) {
    const named = actors ?? tableMatches(tokens).flatMap((m) => (m.entry.kind === 'country' ? [m.entry.name] : []));
    const states = new Set(named.filter(isCountryName));
    if (states.size === 2 && matchKeywords(RELATION, tokens).length > 0) {
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
