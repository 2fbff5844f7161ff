/**
 * Finding every quote in a long text in one pass. indexOf per quote is O(quotes × text), which
 * for 100,000 quotes in a 10 MB text never finishes; instead a rolling hash of each
 * WINDOW-character stretch of the text is looked up among windows of the quotes and verified on
 * a hit. Each quote is looked up by its rarest window, not its opening: 50,000 quotes that all
 * begin "Russia says that" would otherwise share one bucket, checked at every place the text
 * says it, which is quadratic.
 */

const WINDOW = 12;
/** Most bits of the table that counts, roughly, how many quotes share each window (4 MB). */
const MAX_SHARED_BITS = 20;

export interface QuoteLocation {
  /** Offset of the first occurrence in the text, in UTF-16 code units; -1 when absent. */
  readonly start: number;
  /** How many times the quote occurs (counted up to 2: "more than once" is all we need). */
  readonly count: 0 | 1 | 2;
}

function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

// 31^(WINDOW-1), to drop the leading character from the rolling hash.
let POW = 1;
for (let i = 1; i < WINDOW; i++) POW = Math.imul(POW, 31);

/** Calls `visit` with the hash of every WINDOW-character stretch of `s` and its offset. */
function forEachWindow(s: string, visit: (hash: number, offset: number) => void): void {
  let h = hashOf(s, 0, WINDOW);
  for (let i = 0; ; i++) {
    visit(h, i);
    if (i + WINDOW >= s.length) return;
    h = (Math.imul(h - Math.imul(s.charCodeAt(i), POW), 31) + s.charCodeAt(i + WINDOW)) | 0;
  }
}

/** Locates each distinct quote in `text`; the result is keyed by quote. */
export function locateQuotes(text: string, quotes: readonly string[]): Map<string, QuoteLocation> {
  const found = new Map<string, { start: number; count: 0 | 1 | 2 }>();
  const long: string[] = [];
  for (const q of new Set(quotes)) {
    if (q.length < WINDOW) {
      const first = text.indexOf(q);
      const count = first < 0 ? 0 : text.indexOf(q, first + 1) < 0 ? 1 : 2;
      found.set(q, { start: first, count });
      continue;
    }
    found.set(q, { start: -1, count: 0 });
    long.push(q);
  }
  if (long.length === 0 || text.length < WINDOW) return found;

  // Counts are folded into a table about as big as there are windows (a few quotes must not
  // cost 4 MB), so they can only overstate; that costs speed, never a match.
  const windows = long.reduce((n, q) => n + q.length - WINDOW + 1, 0);
  const mask = (1 << Math.min(MAX_SHARED_BITS, Math.ceil(Math.log2(windows + 1)))) - 1;
  const shared = new Uint32Array(mask + 1);
  for (const q of long) forEachWindow(q, (h) => shared[h & mask]!++);
  const byHash = new Map<number, { quote: string; offset: number }[]>();
  for (const quote of long) {
    let best = { hash: 0, offset: 0, shared: Infinity };
    forEachWindow(quote, (hash, offset) => {
      if (shared[hash & mask]! < best.shared) best = { hash, offset, shared: shared[hash & mask]! };
    });
    const entry = { quote, offset: best.offset };
    const bucket = byHash.get(best.hash);
    if (bucket) bucket.push(entry);
    else byHash.set(best.hash, [entry]);
  }

  // Occurrences of one quote are met in text order, so the first one met is the first one.
  forEachWindow(text, (h, i) => {
    const bucket = byHash.get(h);
    if (!bucket) return;
    for (const { quote, offset } of bucket) {
      const loc = found.get(quote)!;
      const start = i - offset;
      if (loc.count < 2 && start >= 0 && text.startsWith(quote, start)) {
        if (loc.count === 0) loc.start = start;
        loc.count = loc.count === 0 ? 1 : 2;
      }
    }
  });
  return found;
}
