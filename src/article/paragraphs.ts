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
  paragraphs: readonly Paragraph[],
  offset: number,
  before: number,
  after: number,
): [number, number] {
  if (paragraphs.length <= before + after + 1) return [0, paragraphs.length];
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const at = offset < 0 ? 0 : lo;
  return [Math.max(0, at - before), Math.min(paragraphs.length, at + after + 1)];
}
