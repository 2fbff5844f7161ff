/**
 * Whose account a passage is, read from its reporting frame: "according to X", "X said",
 * "what X described as", "reportedly", "were said to". The frames are data
 * (reportingVerbs.ts). The speaker is always words of the text, never a guess: a frame without
 * one says "no source named".
 */

import {
  BE_FORMS,
  BETWEEN_SPEAKER_AND_VERB,
  DESCRIBING_AS_WITHIN,
  DESCRIBING_VERBS,
  DETERMINERS,
  HEARSAY_ADVERBS,
  MAX_SPEAKER_WORDS,
  PASSIVE_FOLLOWERS,
  PASSIVE_PARTICIPLES,
  PREPOSITIONS_BEFORE_SPEAKER,
  PREPOSITIONS_IN_SPEAKER,
  SOURCE_PHRASES,
  SPEAKER_BOUNDARIES,
  SPEAKER_VERBS,
  SUMMARY_VERB,
  TIME_WORDS,
  type AttributionHow,
} from './reportingVerbs';
import { wordTokens, type WordToken } from './wordTokens';

export type { AttributionHow } from './reportingVerbs';

export interface Attribution {
  /** A short summary for a reader: "According to a Russian Embassy spokesperson", "Russia said". */
  readonly text: string;
  /** The speaker as written ("a Russian Embassy spokesperson", "the ministry"), if the frame names one. */
  readonly who?: string;
  readonly how: AttributionHow;
  /** The frame's words as written ("according to", "said", "were framed as"): the why. */
  readonly cue?: string;
  /** Where the frame was found: the passage, the rest of its sentence, or the lead-in. */
  readonly from?: 'passage' | 'paragraph' | 'heading';
}

export interface AttributionContext {
  /** The paragraph (or bullet) holding the passage, when the passage is only part of it. */
  readonly paragraph?: string;
  /** The heading or lead-in sentence that introduces the passage ("Russia reported ...:"). */
  readonly heading?: string;
}

export const NOT_ATTRIBUTED = 'Not attributed in the passage';

const set = (words: readonly string[]) => new Set(words);
const BE = set(BE_FORMS);
const BETWEEN = set(BETWEEN_SPEAKER_AND_VERB);
const BOUNDARIES = set(SPEAKER_BOUNDARIES);
const DETS = set(DETERMINERS);
const PREPS_IN = set(PREPOSITIONS_IN_SPEAKER);
const PREPS_BEFORE = set(PREPOSITIONS_BEFORE_SPEAKER);
const TIME = set(TIME_WORDS);
const DESCRIBING = set(DESCRIBING_VERBS);
const FOLLOWERS = set(PASSIVE_FOLLOWERS);

interface Words {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  readonly lower: readonly string[];
}

interface Frame {
  readonly how: AttributionHow;
  readonly cue: string;
  readonly who?: string;
  /** The reporting verb for the summary, as written, when it differs from the cue ("was reported by"). */
  readonly verb?: string;
  /** Lower is surer: a named source beats a verb, which beats hearsay, which beats a passive. */
  readonly rank: number;
  readonly at: number;
}

function span(w: Words, from: number, to: number): string {
  return w.text.slice(w.tokens[from]!.start, w.tokens[to - 1]!.end);
}

/** Word `i` follows word `i - 1` with only spaces between. */
const joined = (w: Words, i: number) => w.tokens[i]?.sep === ' ';

/** The speaker ending just before word `end`, read back: "In May the ministry said" -> "the ministry". */
function speakerBefore(w: Words, end: number): string | undefined {
  let start = end;
  for (let j = end - 1; j >= 0 && end - j <= MAX_SPEAKER_WORDS && joined(w, j + 1); j--) {
    const word = w.lower[j]!;
    if (BOUNDARIES.has(word) || PREPS_BEFORE.has(word)) break;
    start = j;
    if (DETS.has(word) && !(joined(w, j) && PREPS_IN.has(w.lower[j - 1]!))) break;
  }
  while (start < end && (TIME.has(w.lower[start]!) || /^\p{N}/u.test(w.lower[start]!))) start++;
  return start < end && !DETS.has(w.lower[end - 1]!) ? span(w, start, end) : undefined;
}

/** The speaker starting at word `start`, read on: "according to a ministry spokesperson, ...". */
function speakerAfter(w: Words, start: number): string | undefined {
  let end = start;
  for (let k = start; k < w.tokens.length && k - start < MAX_SPEAKER_WORDS; k++) {
    if (k > start && !joined(w, k)) break;
    const word = w.lower[k]!;
    if (BOUNDARIES.has(word) || PREPS_BEFORE.has(word)) break;
    if (k > start && DETS.has(word) && !PREPS_IN.has(w.lower[k - 1]!)) break;
    end = k + 1;
  }
  while (end > start && (PREPS_IN.has(w.lower[end - 1]!) || DETS.has(w.lower[end - 1]!))) end--;
  return end > start ? span(w, start, end) : undefined;
}

/** The index of the first word before `i` that is not an adverb or auxiliary allowed before a verb. */
function skipBack(w: Words, i: number): number {
  let j = i - 1;
  while (j >= 0 && BETWEEN.has(w.lower[j]!) && joined(w, j + 1)) j--;
  return j;
}

function phraseAt(w: Words, i: number, phrase: string): number {
  const parts = phrase.split(' ');
  for (let k = 0; k < parts.length; k++) {
    if (w.lower[i + k] !== parts[k] || (k > 0 && !joined(w, i + k))) return 0;
  }
  return parts.length;
}

// Maps, not the tables' plain objects: a word like "constructor" must not look like a verb.
const SOURCES = Object.entries(SOURCE_PHRASES).map(([phrase, how]) => ({ phrase, how }));
const SPEAKING = new Map(Object.entries(SPEAKER_VERBS));
const PARTICIPLES = new Map(Object.entries(PASSIVE_PARTICIPLES));
const HEARSAY = new Map(Object.entries(HEARSAY_ADVERBS));
// Only these words can start a frame; every other word is passed over at once.
const FRAME_WORDS = new Set([
  ...SOURCES.map((s) => s.phrase.split(' ')[0]!),
  ...[...SPEAKING.keys()].map((v) => v.split(' ')[0]!),
  ...PARTICIPLES.keys(),
  ...HEARSAY.keys(),
  ...DESCRIBING,
]);

/** The speaker verb at word `i` ("said", "pointed to"), as written in lower case, or null. */
function speakerVerbAt(w: Words, i: number): string | null {
  const next = w.lower[i + 1];
  if (next !== undefined && joined(w, i + 1) && SPEAKING.has(`${w.lower[i]} ${next}`)) return `${w.lower[i]} ${next}`;
  return SPEAKING.has(w.lower[i]!) ? w.lower[i]! : null;
}

function asFollows(w: Words, i: number): boolean {
  for (let k = i + 1; k <= i + DESCRIBING_AS_WITHIN && k < w.lower.length; k++) if (w.lower[k] === 'as') return true;
  return false;
}

function framesIn(text: string): Frame[] {
  const tokens = wordTokens(text);
  const w: Words = { text, tokens, lower: tokens.map((t) => t.text.toLowerCase()) };
  const out: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = w.lower[i]!;
    if (!FRAME_WORDS.has(word)) continue;
    for (const { phrase, how } of SOURCES) {
      const n = phraseAt(w, i, phrase);
      const who = n ? speakerAfter(w, i + n) : undefined;
      if (who) out.push({ how, cue: span(w, i, i + n), who, rank: 0, at: i });
    }
    const before = skipBack(w, i);
    const passive = before >= 0 && BE.has(w.lower[before]!) && joined(w, before + 1);
    const participle = PARTICIPLES.get(word);
    if (passive && participle && FOLLOWERS.has(w.lower[i + 1] ?? '') && joined(w, i + 1)) {
      const agent = w.lower[i + 1] === 'by' ? speakerAfter(w, i + 2) : undefined;
      const how = agent && participle === 'reportedly' ? (word === 'reported' ? 'reported' : 'said') : participle;
      const who = agent ? { who: agent, verb: word } : {};
      out.push({ how, cue: span(w, before, i + 2), ...who, rank: agent ? 1 : 4, at: i });
      continue;
    }
    if (passive || tokens[i]!.capital) continue;
    const verb = speakerVerbAt(w, i);
    // "the man said to be his brother" is a passive without "was".
    const reducedPassive =
      word === 'said' && w.lower[i + 1] === 'to' && ['be', 'have', 'been'].includes(w.lower[i + 2] ?? '');
    if (verb && !reducedPassive) {
      const end = i + verb.split(' ').length;
      // "..., said the ministry": after a comma or a quotation the speaker follows the verb.
      const inverted = tokens[i]!.sep === '' && (DETS.has(w.lower[end] ?? '') || tokens[end]?.capital === true);
      const speaker = speakerBefore(w, before + 1) ?? (inverted ? speakerAfter(w, end) : undefined);
      if (speaker) out.push({ how: SPEAKING.get(verb)!, cue: span(w, i, end), who: speaker, rank: 1, at: i });
    }
    if (DESCRIBING.has(word) && asFollows(w, i)) {
      const who = speakerBefore(w, before + 1);
      if (who) out.push({ how: 'described', cue: span(w, i, i + 1), who, rank: 2, at: i });
    }
    const hearsay = HEARSAY.get(word);
    if (hearsay) out.push({ how: hearsay, cue: span(w, i, i + 1), rank: 3, at: i });
  }
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function summary(f: Frame): string {
  if (!f.who) return `${capitalise(f.cue.toLowerCase())} (no source named)`;
  if (f.rank === 0) return f.how === 'according-to' ? `According to ${f.who}` : `As reported by ${f.who}`;
  const verb = f.verb ?? f.cue.toLowerCase();
  if (f.how === 'described') return `As ${f.who} ${verb} it`;
  return `${capitalise(f.who)} ${SUMMARY_VERB[verb] ?? verb}`;
}

/** The surest frame, the first of equals, or null. */
function best(frames: readonly Frame[]): Frame | null {
  return [...frames].sort((a, b) => a.rank - b.rank || a.at - b.at)[0] ?? null;
}

/** The sentence of `paragraph` that holds `passage`, or null when the passage is not in it. */
function sentenceAround(paragraph: string, passage: string): string | null {
  const at = paragraph.indexOf(passage);
  if (at < 0 || paragraph === passage) return null;
  const ends = [...paragraph.matchAll(/[.!?]["”’)]?\s+/gu)].map((m) => m.index + m[0].length);
  const start = Math.max(0, ...ends.filter((e) => e <= at));
  const end = Math.min(paragraph.length, ...ends.filter((e) => e >= at + passage.length));
  return paragraph.slice(start, end);
}

/**
 * The attribution of a passage: the surest frame of the passage and the rest of its sentence
 * (`context.paragraph`), so that "According to X, ..." covers a clause quoted from after the
 * comma; failing both, the lead-in's (`context.heading`), which covers the bullets after it.
 * Deterministic; never names a speaker the text does not.
 */
export function findAttribution(passage: string, context: AttributionContext = {}): Attribution {
  const sentence = context.paragraph ? sentenceAround(context.paragraph, passage) : null;
  const own = best(framesIn(passage));
  const around = sentence ? best(framesIn(sentence)) : null;
  const lead = context.heading ? best(framesIn(context.heading)) : null;
  const [f, from]: [Frame | null, Attribution['from']] =
    around && (!own || around.rank < own.rank) ? [around, 'paragraph'] : own ? [own, 'passage'] : [lead, 'heading'];
  if (!f) return { text: NOT_ATTRIBUTED, how: 'none' };
  return { text: summary(f), how: f.how, cue: f.cue, from, ...(f.who ? { who: f.who } : {}) };
}
