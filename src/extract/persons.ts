/**
 * People named in a passage, found from cues in the text rather than a list of names: a title
 * before the name ("President Vladimir Putin"), a title in apposition ("Olaf Scholz, the German
 * chancellor,"), or a reporting verb right after it ("Emmanuel Macron said"). A capitalised pair
 * with none of these cues ("Great Victory") is not taken for a person: a missed name costs less
 * than an invented one.
 */

import { NAME_PARTICLES, NOT_NAME_WORDS, ORGANISATION_ENDINGS, ORGANISATION_WORDS, PERSON_TITLES } from './nameCues';
import { SPEAKER_VERBS } from './reportingVerbs';
import { joinWords, type WordToken } from './wordTokens';

export interface PersonMention {
  readonly name: string;
  /** Word indices of the whole cue and name: from inclusive, to exclusive. */
  readonly from: number;
  readonly to: number;
  readonly rule: string;
}

const ANY_CASE_TITLES = new Set(PERSON_TITLES.filter((t) => t === t.toLowerCase()));
const EXACT_TITLES = new Set(PERSON_TITLES.filter((t) => t !== t.toLowerCase()));
const TITLE_MAX_WORDS = Math.max(...PERSON_TITLES.map((t) => t.split(/[\s-]+/u).length));
// A title's first word, in lower case: most words are not one, and need no longer look-up.
const TITLE_FIRST_WORDS = new Set(PERSON_TITLES.map((t) => t.split(/[\s-]+/u)[0]!.toLowerCase()));
const PARTICLES = new Set(NAME_PARTICLES);
const NOT_NAMES = new Set([...NOT_NAME_WORDS, ...ORGANISATION_WORDS, ...ORGANISATION_ENDINGS]);
// Regnal numbers up to XXXIX: "Charles III", "Leo XIV".
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/u;
// Two words: a name after a title's complement ("... for Human Rights Volker Türk") is taken as its last two.
const NAME_AFTER_COMPLEMENT = 2;
const COMPLEMENT_CONNECTORS = new Set(['of', 'for']);
const SHOUTED = /^\p{Lu}{3,}$/u;
const MAX_NAME_WORDS = 5;

/** The end (exclusive) of the longest title starting at word `i`, and whether it was lower case. */
export function titleAt(tokens: readonly WordToken[], i: number): { to: number; lower: boolean } | null {
  if (!TITLE_FIRST_WORDS.has(tokens[i]?.text.toLowerCase() ?? '')) return null;
  for (let to = Math.min(tokens.length, i + TITLE_MAX_WORDS); to > i; to--) {
    if (to - 1 > i && tokens[to - 1]!.sep === '') continue;
    const key = joinWords(tokens, i, to);
    if (EXACT_TITLES.has(key) || ANY_CASE_TITLES.has(key.toLowerCase())) {
      return { to, lower: !tokens[i]!.capital };
    }
  }
  return null;
}

/** Whether word `i` can be part of a person's name. `taken` holds words of states and bodies. */
function isNameWord(tokens: readonly WordToken[], i: number, taken: ReadonlySet<number>): boolean {
  const t = tokens[i];
  if (!t || !t.capital || NOT_NAMES.has(t.bare) || taken.has(i)) return false;
  return !SHOUTED.test(t.bare) || ROMAN.test(t.bare);
}

/** The end (exclusive) of the name starting at word `i` (particles allowed inside), or `i`. */
function nameEnd(tokens: readonly WordToken[], i: number, taken: ReadonlySet<number>): number {
  let end = i;
  let j = i;
  while (j < tokens.length && j - i < MAX_NAME_WORDS) {
    if (j > i && tokens[j]!.sep === '') break;
    if (isNameWord(tokens, j, taken) && !titleAt(tokens, j)) end = j + 1;
    else if (!(end > i && PARTICLES.has(tokens[j]!.text))) break;
    if (tokens[j]!.possessive) break;
    j++;
  }
  return end;
}

/** Name words counted, particles excluded: "Ursula von der Leyen" has two. */
function nameWords(tokens: readonly WordToken[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.capital) n++;
  return n;
}

function slice(passage: string, tokens: readonly WordToken[], from: number, to: number): string {
  return passage.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** "President Vladimir Putin", "the foreign minister Sergei Lavrov", "Supreme Leader Ayatollah Ali Khamenei". */
function byTitle(passage: string, tokens: readonly WordToken[], taken: ReadonlySet<number>): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = titleAt(tokens, i);
    if (!first) continue;
    let k = first.to;
    for (let next = titleAt(tokens, k); next && tokens[k]!.sep !== ''; next = titleAt(tokens, k)) k = next.to;
    if (k >= tokens.length || tokens[k]!.sep === '') continue;
    if (COMPLEMENT_CONNECTORS.has(tokens[k]!.text)) {
      // "High Commissioner for Human Rights Volker Türk": the complement, then the name.
      const named = afterComplement(passage, tokens, k, taken);
      if (named) out.push({ ...named, from: i, rule: `title "${joinWords(tokens, i, first.to)}"` });
      if (named) i = named.to - 1;
      continue;
    }
    const end = nameEnd(tokens, k, taken);
    // A lower-case title is often an ordinary noun ("a chief Russian negotiator"): ask for two words.
    if (nameWords(tokens, k, end) < (first.lower ? 2 : 1)) continue;
    out.push({
      name: slice(passage, tokens, k, end),
      from: i,
      to: end,
      rule: `title "${joinWords(tokens, i, first.to)}"`,
    });
    i = end - 1;
  }
  return out;
}

/**
 * The name at the end of a title's complement starting with the connector at word `k`:
 * "of Foreign Affairs Sergei Lavrov" -> "Sergei Lavrov". Null unless the complement leaves
 * two name words.
 */
function afterComplement(
  passage: string,
  tokens: readonly WordToken[],
  k: number,
  taken: ReadonlySet<number>,
): { name: string; to: number } | null {
  let j = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
  let end = j;
  for (; j < tokens.length && tokens[j]!.sep === ' ' && tokens[j]!.capital; j++) {
    end = j + 1;
    if (tokens[j]!.possessive) break;
  }
  const start = end - NAME_AFTER_COMPLEMENT;
  if (start <= k + 1 || tokens[start - 1]!.text === 'the') return null;
  for (let i = start; i < end; i++) if (!isNameWord(tokens, i, taken)) return null;
  return { name: slice(passage, tokens, start, end), to: end };
}

/** The start of the name that ends just before word `end`, reading back, or `end`. */
function nameStartBefore(tokens: readonly WordToken[], end: number, taken: ReadonlySet<number>): number {
  let start = end;
  for (let j = end - 1; j >= 0 && end - j <= MAX_NAME_WORDS; j--) {
    if (j < end - 1 && (tokens[j + 1]!.sep === '' || tokens[j]!.possessive)) break;
    if (isNameWord(tokens, j, taken) && !titleAt(tokens, j)) start = j;
    else if (!(start < end && PARTICLES.has(tokens[j]!.text))) break;
  }
  // A particle never opens a name.
  while (start < end && !tokens[start]!.capital) start++;
  // "... for Human Rights Volker Türk said": after a title's complement, the name is its last words.
  const connector = tokens[start - 1];
  if (start < end && connector && COMPLEMENT_CONNECTORS.has(connector.text) && tokens[start]!.sep === ' ') {
    return Math.max(start, end - NAME_AFTER_COMPLEMENT);
  }
  // "Jordan Peterson said": a one-word state name may be a first name, when a name follows it.
  const before = start - 1;
  if (start < end && before >= 0 && taken.has(before) && !taken.has(before - 1) && tokens[start]!.sep === ' ')
    return before;
  return start;
}

/** "Emmanuel Macron said", "Kim Jong Un told". Two name words at least: "Russia said" is a state. */
function bySpeech(passage: string, tokens: readonly WordToken[], taken: ReadonlySet<number>): PersonMention[] {
  const out: PersonMention[] = [];
  for (let v = 1; v < tokens.length; v++) {
    const verb = tokens[v]!;
    if (verb.sep !== ' ' || verb.capital || !Object.hasOwn(SPEAKER_VERBS, verb.text)) continue;
    const start = nameStartBefore(tokens, v, taken);
    if (nameWords(tokens, start, v) < 2) continue;
    out.push({ name: slice(passage, tokens, start, v), from: start, to: v, rule: `speaker of "${verb.text}"` });
  }
  return out;
}

/** "Olaf Scholz, the German chancellor," and "Xi Jinping, China's president." */
function byApposition(passage: string, tokens: readonly WordToken[], taken: ReadonlySet<number>): PersonMention[] {
  const out: PersonMention[] = [];
  for (let c = 1; c < tokens.length; c++) {
    if (!/^,\s+$/u.test(passage.slice(tokens[c - 1]!.end, tokens[c]!.start))) continue;
    const start = nameStartBefore(tokens, c, taken);
    if (nameWords(tokens, start, c) < 2) continue;
    // A few words, then a title that closes the phrase: "the German chancellor," or "... of".
    for (let k = c; k < Math.min(tokens.length, c + 5); k++) {
      if (k > c && tokens[k]!.sep !== ' ') break;
      const title = titleAt(tokens, k);
      if (!title) continue;
      const after = tokens[title.to];
      const closes = !after || after.sep === '' || ['of', 'for', 'at'].includes(after.text);
      if (closes)
        out.push({
          name: slice(passage, tokens, start, c),
          from: start,
          to: c,
          rule: `apposition "${joinWords(tokens, k, title.to)}"`,
        });
      break;
    }
  }
  return out;
}

/** People named in the passage, by all three cues, in no particular order and possibly overlapping. */
export function personMentions(
  passage: string,
  tokens: readonly WordToken[],
  taken: ReadonlySet<number>,
): PersonMention[] {
  return [
    ...byTitle(passage, tokens, taken),
    ...bySpeech(passage, tokens, taken),
    ...byApposition(passage, tokens, taken),
  ];
}
