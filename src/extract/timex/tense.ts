/**
 * The tense of the clause a time expression sits in, which decides whether "in July" or
 * "Friday" is the last one or the next one. The nearest marker in the same sentence wins: a
 * future auxiliary ("will", "is expected to"), or a past form (a verb in -ed, a table of
 * irregular past forms, "ago").
 */
import type { Tense } from './calendar';
import { BACKWARD_BEFORE, FORWARD_BEFORE, FUTURE_MARKERS, NOT_PAST_ED, PAST_MARKERS } from './lexicon';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const future = new RegExp(`\\b(?:${FUTURE_MARKERS.map(escape).join('|')})\\b`, 'gi');
const pastWords = new Set(PAST_MARKERS);
const notPast = new Set(NOT_PAST_ED);
const word = /[A-Za-z']+/g;
const forward = new RegExp(`\\b(?:${FORWARD_BEFORE.map(escape).join('|')})\\s+(?:the\\s+)?$`, 'i');
const backward = new RegExp(`\\b(?:${BACKWARD_BEFORE.map(escape).join('|')})\\s+(?:the\\s+)?$`, 'i');

/** The sentence around [start, end): from the last sentence end before it to the next after it. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < 400) {
    const c = text[from - 1]!;
    if (
      (c === '.' || c === '!' || c === '?') &&
      /\s/.test(text[from] ?? ' ') &&
      !/[A-Z]\.$/.test(text.slice(from - 3, from))
    )
      break;
    if (c === '\n' && text[from - 2] === '\n') break;
    from--;
  }
  let to = end;
  while (to < text.length && to - end < 400) {
    const c = text[to]!;
    if (
      (c === '.' || c === '!' || c === '?') &&
      /\s/.test(text[to + 1] ?? ' ') &&
      !/\b[A-Z][a-z]{0,3}$/.test(text.slice(to - 4, to))
    )
      break;
    if (c === '\n' && text[to + 1] === '\n') break;
    to++;
  }
  return { from, to };
}

export function tenseAt(text: string, start: number, end: number): Tense {
  const before = text.slice(Math.max(0, start - 16), start);
  if (forward.test(before)) return 'future';
  if (backward.test(before)) return 'past';
  // "Wednesday's ruling": something that has happened.
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return 'past';
  const { from, to } = sentenceAround(text, start, end);
  let best: { distance: number; tense: Tense } | undefined;
  const consider = (at: number, tense: Tense) => {
    const distance = at < start ? start - at : at - end;
    // A little preference for markers before the expression: "will meet Friday", "said Friday".
    const weighted = distance + (at >= end ? 5 : 0);
    if (!best || weighted < best.distance) best = { distance: weighted, tense };
  };
  const sentence = text.slice(from, to);
  for (const m of sentence.matchAll(future)) consider(from + m.index, 'future');
  for (const m of sentence.matchAll(word)) {
    const at = from + m.index;
    if (at >= start && at < end) continue;
    const w = m[0].toLowerCase();
    // "will be held": a participle after "be" is not the clause's past.
    if (/\b(?:be|been|being)\s+$/i.test(text.slice(Math.max(0, at - 7), at))) continue;
    if (pastWords.has(w) || (w.length > 4 && w.endsWith('ed') && !notPast.has(w))) consider(at, 'past');
  }
  return best?.tense ?? 'present';
}

/** Does a clause say something happened or will happen: a past form or a future auxiliary? */
export function markersIn(clause: string): { past: boolean; future: boolean } {
  future.lastIndex = 0;
  const hasFuture = future.test(clause);
  future.lastIndex = 0;
  let past = false;
  for (const m of clause.matchAll(word)) {
    const w = m[0].toLowerCase();
    if (pastWords.has(w)) past = true;
    else if (w.length > 4 && w.endsWith('ed') && !notPast.has(w)) {
      // After a comma, a determiner or a preposition, a word in -ed describes a noun
      // ("renewed engagement", "grounded in law"); it is not the clause's verb.
      const before = clause.slice(Math.max(0, m.index - 12), m.index);
      if (
        m.index > 0 &&
        !/(?:,|\b(?:a|an|the|its|their|his|her|our|this|these|those|of|and|or|with|amid|for|in|on|by|to|newly|well))\s+$/i.test(
          before,
        )
      )
        past = true;
    }
  }
  return { past, future: hasFuture };
}
