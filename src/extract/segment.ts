/**
 * The first stage: the text's blocks (headings, bullets, paragraphs) and their sentences, as
 * spans of the unchanged text. Headings and lead-ins ("…adopted two resolutions in December:")
 * are linked to the blocks under them, which inherit their dates.
 */
import type { Span } from './types';

export type BlockKind = 'heading' | 'bullet' | 'paragraph';

export interface Block extends Span {
  readonly kind: BlockKind;
  /** Ends with a colon and introduces the items after it. */
  readonly leadIn: boolean;
  readonly sentences: readonly Span[];
  /** The heading this block sits under, as an index into the blocks. */
  readonly heading?: number;
  /** The lead-in this block is an item of. */
  readonly parent?: number;
}

/** Markers that start a list item. */
const BULLET = /^(?:[•·▪◦‣∙*–-]|\d{1,2}[.)])\s+/;
/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Gen',
  'Col',
  'Lt',
  'Sgt',
  'Capt',
  'Cmdr',
  'Adm',
  'Maj',
  'Rep',
  'Sen',
  'Gov',
  'Pres',
  'Rev',
  'St',
  'Jr',
  'Sr',
  'Inc',
  'Corp',
  'Ltd',
  'Co',
  'No',
  'vs',
  'etc',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thurs',
  'Fri',
  'Sat',
  'Sun',
  'Ave',
  'Blvd',
  'Mt',
  'Ft',
  'approx',
  'est',
  'dept',
  'Univ',
];
const ABBREVIATION_BEFORE = new RegExp(
  `(?:\\b(?:${ABBREVIATIONS.join('|')})|\\b[A-Z]|\\b(?:[A-Za-z]\\.)+[A-Za-z]|\\b[ap]\\.m)$`,
);
const SENTENCE_END = /[.!?](?:["”’)\]]|'')*(?=\s+(?:["“‘([]|``)?[A-Z0-9•])/g;

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The sentences of [start, end), each trimmed. */
export function sentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const body = text.slice(start, end);
  let from = 0;
  for (const m of body.matchAll(SENTENCE_END)) {
    const stop = m.index + m[0].length;
    if (m[0][0] === '.' && ABBREVIATION_BEFORE.test(body.slice(Math.max(0, m.index - 12), m.index))) continue;
    const s = trimSpan(text, start + from, start + stop);
    if (s.end > s.start) out.push(s);
    from = stop;
  }
  const last = trimSpan(text, start + from, end);
  if (last.end > last.start) out.push(last);
  return out;
}

function isHeading(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 14 && /^[A-Z0-9"“‘]/.test(line) && !/[.!?:,;]["”’]?$/.test(line);
}

export function segment(text: string): Block[] {
  const blocks: Block[] = [];
  let heading: number | undefined;
  let leadIn: number | undefined;
  // Paragraphs are separated by blank lines; a line that starts with a bullet marker is its own block.
  const lines = /[^\r\n]+/g;
  let paragraph: { start: number; end: number } | undefined;
  const flush = () => {
    if (!paragraph) return;
    const span = trimSpan(text, paragraph.start, paragraph.end);
    paragraph = undefined;
    if (span.end <= span.start) return;
    let { start } = span;
    const raw = text.slice(start, span.end);
    const bullet = BULLET.exec(raw);
    if (bullet) start += bullet[0].length;
    const content = text.slice(start, span.end);
    const kind: BlockKind = bullet ? 'bullet' : isHeading(content) && !content.includes('\n') ? 'heading' : 'paragraph';
    const isLeadIn = kind === 'paragraph' && /:\s*$/.test(content);
    const index = blocks.length;
    if (kind === 'heading') {
      heading = index;
      leadIn = undefined;
    }
    // A lead-in's items are the bullets (or short unpunctuated lines) right after it.
    const isItem = leadIn !== undefined && (kind === 'bullet' || (kind === 'heading' && index === leadIn + 1));
    if (!isItem && kind !== 'bullet') leadIn = undefined;
    blocks.push({
      start,
      end: span.end,
      kind: isItem && kind === 'heading' ? 'bullet' : kind,
      leadIn: isLeadIn,
      sentences: kind === 'heading' ? [{ start, end: span.end }] : sentences(text, start, span.end),
      ...(heading !== undefined && kind !== 'heading' ? { heading } : {}),
      ...(isItem ? { parent: leadIn } : {}),
    });
    if (isLeadIn) leadIn = index;
  };
  for (const m of text.matchAll(lines)) {
    const line = m[0];
    const start = m.index;
    const end = start + line.length;
    const blankBefore = paragraph !== undefined && /\n[ \t]*\r?\n/.test(text.slice(paragraph.end, start));
    if (!line.trim() || blankBefore || BULLET.test(line.trimStart())) flush();
    if (!line.trim()) continue;
    if (paragraph) paragraph.end = end;
    else paragraph = { start, end };
  }
  flush();
  return blocks;
}
