/**
 * Finding every quote in a long text in one pass. indexOf per quote is O(quotes × text), which
 * for 100,000 quotes in a 10 MB text never finishes. Instead the text gets polynomial prefix
 * hashes, so the hash of any slice costs O(1). Quotes are indexed by the hash of their opening
 * window; each text position whose window hashes like some quotes' openings is checked against
 * those quotes' whole-text hashes, one lookup per distinct quote length. Quotes that share an
 * opening ("Passage number 1…", "Passage number 2…") therefore cost a lookup, not a comparison
 * each. Long quotes are indexed by a long window, so formulaic openings ("On 1 January 2024, …")
 * rarely put many lengths behind one window; shorter quotes by a short one.
 *
 * The work can be done in steps (locateQuotesInSteps), so that a worker can say how far it has
 * come while it checks a large dataset after showing it.
 */

import { runToEnd } from './steps';

const BASE = 131;
/** Map keys are hashes cut to 30 bits: small integers, which V8 keeps unboxed (several times faster). */
const KEY = 0x3fffffff;
/** Windows, longest first: a quote is indexed by the longest one it covers. */
const WINDOWS = [64, 12] as const;
/** About how many characters of work (quote characters indexed, text positions hashed or scanned) a step does. */
export const DEFAULT_STEP_CHARS = 1 << 20;

/** Where each quote is, by the quote's index in the list given. */
export interface QuoteLocations {
  /** Offset of the first occurrence in the text, in UTF-16 code units; -1 when absent. */
  readonly start: Int32Array;
  /** How many times the quote occurs (counted up to 2: "more than once" is all we need). */
  readonly count: Uint8Array;
}

/** Quotes of one opening window and length; `hashes` maps a whole-quote hash to quote indexes. */
interface Group {
  readonly length: number;
  readonly hashes: Map<number, number[]>;
}

/** BASE^0 … BASE^max, wrapping at 32 bits like the hashes. */
function powersUpTo(max: number): Int32Array {
  const powers = new Int32Array(max + 1);
  powers[0] = 1;
  for (let e = 1; e <= max; e++) powers[e] = Math.imul(powers[e - 1]!, BASE);
  return powers;
}

/** Locates each quote in `text` (an empty quote is never found). */
export function locateQuotes(text: string, quotes: readonly string[]): QuoteLocations {
  return runToEnd(locateQuotesInSteps(text, quotes, Infinity));
}

/**
 * locateQuotes, a step at a time: each step does about `stepChars` characters of work and yields
 * the fraction of the whole done so far (0 to 1); the generator returns the locations, the same
 * as locateQuotes gives for any step size.
 */
export function* locateQuotesInSteps(
  text: string,
  quotes: readonly string[],
  stepChars = DEFAULT_STEP_CHARS,
): Generator<number, QuoteLocations, void> {
  const found: QuoteLocations = { start: new Int32Array(quotes.length).fill(-1), count: new Uint8Array(quotes.length) };
  const n = text.length;
  let quoteChars = 0;
  for (const q of quotes) quoteChars += q.length;
  // The work: index every quote, hash the text once, scan it once per window in use (at most all).
  const totalWork = quoteChars + n + WINDOWS.length * n;
  let done = 0;
  let sinceStep = 0;
  const progress = (work: number) => {
    done += work;
    sinceStep += work;
    if (sinceStep < stepChars) return false;
    sinceStep = 0;
    return true;
  };
  const fraction = () => Math.min(1, done / totalWork);

  // window → opening hash → groups by length
  const indexes = WINDOWS.map(() => new Map<number, Group[]>());
  let longest = 0;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    if (q !== '') longest = Math.max(longest, indexQuote(text, q, k, indexes, found));
    if (progress(q.length)) yield fraction();
  }
  if (longest === 0) return found;

  const prefix = new Int32Array(n + 1);
  for (let from = 0; from < n;) {
    const to = Math.min(n, from + stepChars);
    for (let i = from; i < to; i++) prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + text.charCodeAt(i)) | 0;
    if (progress(to - from)) yield fraction();
    from = to;
  }
  const powers = powersUpTo(longest);
  for (let w = 0; w < WINDOWS.length; w++) {
    if (indexes[w]!.size === 0) {
      done += n;
      continue;
    }
    const scan = scanner(text, quotes, prefix, powers, WINDOWS[w]!, indexes[w]!, found);
    for (let from = 0; from < n;) {
      const to = Math.min(n, from + stepChars);
      scan(from, to);
      if (progress(to - from)) yield fraction();
      from = to;
    }
  }
  return found;
}

/**
 * Where `quote` first occurs in `text` (-1 when it does not) and how many times, counted up to 2
 * (overlapping occurrences count): for one quote, two indexOf. An empty quote is never found.
 */
export function locateQuote(text: string, quote: string): { readonly start: number; readonly count: number } {
  const start = quote === '' ? -1 : text.indexOf(quote);
  return { start, count: start < 0 ? 0 : text.indexOf(quote, start + 1) < 0 ? 1 : 2 };
}

/**
 * Indexes quote `k` by the hash of its opening window, or, shorter than every window, finds it at
 * once with indexOf. Returns its length if it was indexed, else 0.
 */
function indexQuote(
  text: string,
  q: string,
  k: number,
  indexes: readonly Map<number, Group[]>[],
  found: QuoteLocations,
): number {
  const w = WINDOWS.findIndex((size) => q.length >= size);
  if (w < 0) {
    const { start, count } = locateQuote(text, q);
    found.start[k] = start;
    found.count[k] = count;
    return 0;
  }
  let opening = 0;
  let h = 0;
  for (let i = 0; i < q.length; i++) {
    h = (Math.imul(h, BASE) + q.charCodeAt(i)) | 0;
    if (i === WINDOWS[w]! - 1) opening = h & KEY;
  }
  const groups = indexes[w]!.get(opening) ?? [];
  if (groups.length === 0) indexes[w]!.set(opening, groups);
  let group = groups.find((g) => g.length === q.length);
  if (!group) groups.push((group = { length: q.length, hashes: new Map() }));
  const same = group.hashes.get(h & KEY);
  if (same) same.push(k);
  else group.hashes.set(h & KEY, [k]);
  return q.length;
}

/** A pass over the text, in ranges of positions, for the quotes indexed by openings of `size` characters. */
function scanner(
  text: string,
  quotes: readonly string[],
  prefix: Int32Array,
  powers: Int32Array,
  size: number,
  index: Map<number, Group[]>,
  found: QuoteLocations,
): (from: number, to: number) => void {
  // A bitset of the opening hashes in use: most text positions are ruled out by one array read.
  // 2^22 bits is 512 KB, small enough to stay in the processor's cache.
  const FILTER_BITS = 22;
  const filter = new Uint8Array(1 << (FILTER_BITS - 3));
  const bit = (h: number) => h & ((1 << FILTER_BITS) - 1);
  for (const h of index.keys()) filter[bit(h) >>> 3]! |= 1 << (bit(h) & 7);

  const n = text.length;
  const powSize = powers[size]!;
  return (from, to) => {
    const end = Math.min(to, n - size + 1);
    for (let i = from; i < end; i++) {
      const h = (prefix[i + size]! - Math.imul(prefix[i]!, powSize)) & KEY;
      if ((filter[bit(h) >>> 3]! & (1 << (bit(h) & 7))) === 0) continue;
      const groups = index.get(h);
      if (!groups) continue;
      for (const { length, hashes } of groups) {
        if (i + length > n) continue;
        const candidates = hashes.get((prefix[i + length]! - Math.imul(prefix[i]!, powers[length]!)) & KEY);
        if (!candidates) continue;
        for (const k of candidates) {
          if (found.count[k]! < 2 && text.startsWith(quotes[k]!, i)) {
            if (found.count[k] === 0) found.start[k] = i;
            found.count[k]!++;
          }
        }
      }
    }
  };
}
