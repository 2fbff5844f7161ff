/**
 * The article's text as paragraphs with their offsets, and the pieces of a paragraph to draw
 * plain or highlighted. Offsets are UTF-16 code units into source.text.
 */

export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Where each paragraph of a text starts and ends, found without cutting the text into strings: a
 * generated 15 MB article has 40,000 paragraphs, and the page draws about 80 of them at a time.
 */
export interface ParagraphIndex {
  /** How many paragraphs. */
  readonly length: number;
  /** Offsets into the text, by paragraph; only the first `length` entries are used. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Whether a UTF-16 code unit is one that `\s` matches in a regular expression. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The paragraphs splitParagraphs finds, as offsets only: the same separators (a blank line, which
 * may hold spaces, tabs and no-break spaces, and any white space after it), found by jumping from
 * line break to line break.
 */
export function indexParagraphs(text: string): ParagraphIndex {
  const n = text.length;
  let starts = new Int32Array(256);
  let ends = new Int32Array(256);
  let length = 0;
  const push = (start: number, end: number) => {
    if (length === starts.length) {
      const grownStarts = new Int32Array(length * 2);
      const grownEnds = new Int32Array(length * 2);
      grownStarts.set(starts);
      grownEnds.set(ends);
      starts = grownStarts;
      ends = grownEnds;
    }
    starts[length] = start;
    ends[length++] = end;
  };
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0;) {
    // [ \t\u00a0]* and then a second line break make a separator.
    let j = i + 1;
    while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 0xa0)) j++;
    if (text.charCodeAt(j) !== 10) {
      i = text.indexOf('\n', j);
      continue;
    }
    let k = j + 1;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (i > start) push(start, i);
    start = k;
    i = text.indexOf('\n', k);
  }
  if (start < n) push(start, n);
  return { length, starts, ends };
}

/** Paragraph `k` of the index, with its text. */
export function paragraphAt(text: string, index: ParagraphIndex, k: number): Paragraph {
  const start = index.starts[k]!;
  const end = index.ends[k]!;
  return { start, end, text: text.slice(start, end) };
}

/** Splits on blank lines; each paragraph keeps its offsets into `text`. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const separator = /\n[ \t\u00a0]*\n\s*/g;
  let start = 0;
  for (const m of text.matchAll(separator)) {
    if (m.index > start) out.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** The paragraph cut into plain and marked pieces for the highlight [from, to). */
export function segmentsOf(p: Paragraph, from: number, to: number): Segment[] {
  const a = Math.max(p.start, from);
  const b = Math.min(p.end, to);
  if (a >= b) return [{ text: p.text, marked: false }];
  return [
    { text: p.text.slice(0, a - p.start), marked: false },
    { text: p.text.slice(a - p.start, b - p.start), marked: true },
    { text: p.text.slice(b - p.start), marked: false },
  ].filter((s) => s.text !== '');
}

/**
 * Which paragraphs to draw, [first, last): all of a short text; of a long one, those around the
 * paragraph holding `offset` (or the beginning when offset is -1), `before` and `after` of it.
 */
export function paragraphWindow(
  paragraphs: readonly Paragraph[] | ParagraphIndex,
  offset: number,
  before: number,
  after: number,
): [number, number] {
  if (paragraphs.length <= before + after + 1) return [0, paragraphs.length];
  const startOf = 'starts' in paragraphs ? (k: number) => paragraphs.starts[k]! : (k: number) => paragraphs[k]!.start;
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startOf(mid) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const at = offset < 0 ? 0 : lo;
  return [Math.max(0, at - before), Math.min(paragraphs.length, at + after + 1)];
}

/** A piece of a paragraph drawn as one element: its text and where that text starts in source.text. */
export interface Run {
  readonly start: number;
  readonly text: string;
  /** Inside the highlighted passage. */
  readonly marked: boolean;
  /** Inside the inner highlight too (the words that give the date, say); only within the passage. */
  readonly inner: boolean;
}

/**
 * The paragraph cut into runs for the highlight [from, to) and, nested inside it, the inner
 * highlight [innerFrom, innerTo) (-1 for none). Runs are in order, non-empty, and each is
 * `source.text.slice(start, start + text.length)`.
 */
export function runsOf(p: Paragraph, from: number, to: number, innerFrom = -1, innerTo = -1): Run[] {
  const a = Math.max(p.start, from);
  const b = Math.min(p.end, to);
  const ia = Math.max(a, innerFrom);
  const ib = Math.min(b, innerTo);
  const cuts = a >= b ? [p.start, p.end] : ia >= ib ? [p.start, a, b, p.end] : [p.start, a, ia, ib, b, p.end];
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (end <= start) continue;
    const marked = a < b && start >= a && end <= b;
    runs.push({
      start,
      text: p.text.slice(start - p.start, end - p.start),
      marked,
      inner: marked && ia < ib && start >= ia && end <= ib,
    });
  }
  return runs;
}
