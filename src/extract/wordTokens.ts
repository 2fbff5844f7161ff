/**
 * Words of one passage, with offsets, for the per-passage annotators (actors, attribution).
 * Hyphens split words but are remembered, so "Guinea-Bissau" can still be looked up whole while
 * "Russia-Ukraine" yields two countries and "Russian-speaking" none.
 */

export interface WordToken {
  /** The word as written, without a trailing sentence full stop. */
  readonly text: string;
  /** The word without a possessive 's or ': "Russia's" -> "Russia". */
  readonly bare: string;
  /** Offsets of `bare` into the passage: `passage.slice(start, end) === bare`. */
  readonly start: number;
  readonly end: number;
  /**
   * What joins it to the previous word: ' ' for spaces only, '-' for a hyphen, '' for anything
   * else (punctuation, a line break, or the start of the passage). Names never cross ''.
   */
  readonly sep: ' ' | '-' | '';
  /** "Russia's", "countries'": the possessive ends a name. */
  readonly possessive: boolean;
  /** Starts with a capital letter. */
  readonly capital: boolean;
}

// Letters, digits, inner apostrophes and dots ("People's", "U.S."), and "&" ("AT&T").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&]*/gu;
const POSSESSIVE = /['’]s?$/u;
// "U.S.", "U.N.": a dot after each letter is part of the word even at the end of a sentence.
const INITIALISM = /^(?:\p{L}\.)+$/u;
// Abbreviations whose full stop is part of the word (the title table spells them with it).
const DOTTED = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'adm',
  'prof',
  'capt',
  'sgt',
  'maj',
  'no',
]);
const CAPITAL = /^\p{Lu}/u;

/** Splits a passage into words with offsets. Linear in the passage's length. */
export function wordTokens(passage: string): WordToken[] {
  const out: WordToken[] = [];
  let prevEnd = -1;
  for (const m of passage.matchAll(WORD)) {
    let text = m[0];
    const start = m.index;
    if (text.endsWith('.') && !INITIALISM.test(text) && !DOTTED.has(text.slice(0, -1).toLowerCase())) {
      text = text.replace(/\.+$/u, '');
    }
    const possessive = POSSESSIVE.test(text) && text.length > 2;
    const bare = possessive ? text.replace(POSSESSIVE, '') : text;
    const gap = prevEnd < 0 ? null : passage.slice(prevEnd, start);
    const sep = gap === null ? '' : /^[ \t\u00a0]+$/u.test(gap) ? ' ' : gap === '-' ? '-' : '';
    out.push({ text, bare, start, end: start + bare.length, sep, possessive, capital: CAPITAL.test(text) });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

/**
 * The words from..to (exclusive) joined as written, spaces and hyphens normalised, for table
 * look-ups: inner words keep their possessive ("Democratic People's Republic of Korea"), the
 * last word drops it ("Russia's" -> "Russia").
 */
export function joinWords(tokens: readonly WordToken[], from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (i > from) key += t.sep || ' ';
    key += i === to - 1 ? t.bare : t.text;
  }
  return key.replace(/’/gu, "'");
}
