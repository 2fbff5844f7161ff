/**
 * Plain text and Markdown as they are: the body is a verbatim slice of the decoded file, so a
 * quote is exact; only the header before it (title, byline, date line, publisher, separators)
 * and the page furniture after it are set aside.
 */

import type { SourceDocument } from './types';
import {
  bylineOf,
  isDateLine,
  isSeparatorLine,
  isTrailingLine,
  isTrailingSectionStart,
  normalizeLine,
} from './sourceBoilerplate';

interface Line {
  readonly start: number;
  /** Exclusive, before the line break. */
  readonly end: number;
  readonly text: string;
}

/** A title is a headline: short, a single line, not a finished sentence. */
const TITLE_MAX_CHARS = 200;
/** A publisher line is a name ("Reuters", "The Daily Star"), not a sentence. */
const PUBLISHER_MAX_WORDS = 6;
/** The header ends within this many lines; a longer run of short lines is the story itself. */
const HEADER_MAX_LINES = 12;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (const m of text.matchAll(breaks)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

const isBlank = (line: Line | undefined): boolean => line !== undefined && line.text.trim() === '';

function nextFilled(lines: readonly Line[], from: number): number {
  let i = from;
  while (isBlank(lines[i])) i++;
  return i;
}

function headlineOf(line: string, format: SourceDocument['format']): string | undefined {
  const bare = line.trim();
  if (format === 'markdown') {
    const heading = /^#\s+(.+?)(?:\s+#+)?$/.exec(bare)?.[1];
    if (heading !== undefined) return heading.trim();
  }
  const sentence = /\.["'”’)]*$/.test(bare);
  return bare.length > TITLE_MAX_CHARS || sentence || bylineOf(bare) || isDateLine(bare) ? undefined : bare;
}

function isPublisherLine(line: string): boolean {
  const bare = line.trim();
  return bare.split(/\s+/).length <= PUBLISHER_MAX_WORDS && !/[.!?:;,]$/.test(bare) && !isDateLine(bare);
}

const isHeaderMark = (line: string): boolean =>
  bylineOf(line) !== undefined || isSeparatorLine(line) || isDateLine(line);

interface Header {
  title?: string;
  byline?: string;
  publisher?: string;
  dateLine?: string;
  published?: { value: string; field: string };
  /** Index of the first body line. */
  bodyLine: number;
}

/** Front-matter keys of Markdown files (Jekyll, Hugo, Pandoc) and what they give. */
export const FRONT_MATTER_KEYS: Readonly<Record<string, 'title' | 'byline' | 'publisher' | 'published'>> = {
  title: 'title',
  author: 'byline',
  authors: 'byline',
  byline: 'byline',
  publisher: 'publisher',
  site: 'publisher',
  date: 'published',
  published: 'published',
  pubdate: 'published',
  date_published: 'published',
};

/** Reads a `---` front-matter block at the top of a Markdown file; returns the line after it. */
function readFrontMatter(lines: readonly Line[], header: Header): number {
  if (lines[0]?.text.trim() !== '---') return 0;
  const close = lines.findIndex((l, k) => k > 0 && /^(?:---|\.\.\.)$/.test(l.text.trim()));
  if (close < 0) return 0;
  for (const { text } of lines.slice(1, close)) {
    const m = /^([\w-]+)\s*:\s*(.*)$/.exec(text.trim());
    const key = FRONT_MATTER_KEYS[(m?.[1] ?? '').toLowerCase()];
    const value = (m?.[2] ?? '').replace(/^(["'])(.*)\1$/, '$2').trim();
    if (key === undefined || value === '' || header[key] !== undefined) continue;
    if (key === 'published') header.published = { value, field: `front matter "${m?.[1] ?? ''}"` };
    else header[key] = value;
  }
  return close + 1;
}

/** Reads the metadata lines before the body. */
function readHeader(lines: readonly Line[], format: SourceDocument['format']): Header {
  const header: Header = { bodyLine: 0 };
  let i = format === 'markdown' ? readFrontMatter(lines, header) : 0;
  i = nextFilled(lines, i);
  const first = lines[i];
  if (first === undefined) return header;
  const title = headlineOf(first.text, format);
  const next = lines[i + 1];
  const heading = format === 'markdown' && first.text.trimStart().startsWith('#');
  // The headline stands alone: a blank line, a setext underline or the end follows it.
  if (title !== undefined && (heading || next === undefined || isBlank(next) || isSeparatorLine(next.text))) {
    header.title = title;
    i++;
  }
  for (let seen = 0; seen < HEADER_MAX_LINES; seen++) {
    i = nextFilled(lines, i);
    const line = lines[i]?.text;
    if (line === undefined) break;
    const byline = bylineOf(line);
    if (header.title !== undefined && normalizeLine(line) === normalizeLine(header.title)) {
      // The headline again, as pages pasted with their header often repeat it.
    } else if (byline !== undefined && header.byline === undefined) header.byline = byline;
    else if (isSeparatorLine(line)) {
      // A separator only sets off a header; it says nothing itself.
    } else if (isDateLine(line) && header.dateLine === undefined) header.dateLine = line.trim();
    else if (
      header.publisher === undefined &&
      isPublisherLine(line) &&
      // A short line is a publisher only beside other header lines, else it is a heading of the story.
      (header.byline !== undefined || isHeaderMark(lines[nextFilled(lines, i + 1)]?.text ?? ''))
    )
      header.publisher = line.trim();
    else break;
    i++;
  }
  header.bodyLine = i;
  return header;
}

/** Index of the last body line: trailing sections and furniture lines cut away. */
function lastBodyLine(lines: readonly Line[], first: number, textLength: number): number {
  let last = lines.length - 1;
  const half = lines[first]!.start + (textLength - lines[first]!.start) / 2;
  // Only in the back half: a "Related" box set inside the story must not cut the story short.
  for (let k = first + 1; k <= last; k++) {
    if (lines[k]!.start >= half && isTrailingSectionStart(lines[k]!.text)) {
      last = k - 1;
      break;
    }
  }
  while (last > first && (isBlank(lines[last]) || isTrailingLine(lines[last]!.text))) last--;
  return last;
}

/** A text or Markdown file as a source document; `text` is non-blank. */
export function readPlainText(text: string, format: 'text' | 'markdown'): SourceDocument {
  const lines = splitLines(text);
  let header = readHeader(lines, format);
  // A file that is all header (a single short line) is all body instead.
  if (header.bodyLine >= lines.length) header = { bodyLine: nextFilled(lines, 0) };
  const firstLine = lines[header.bodyLine]!;
  const lastLine = lines[lastBodyLine(lines, header.bodyLine, text.length)]!;
  const bodyStart = firstLine.start + (firstLine.text.length - firstLine.text.trimStart().length);
  const bodyEnd = lastLine.start + lastLine.text.trimEnd().length;
  return {
    format,
    text: text.slice(bodyStart, bodyEnd),
    bodyStart,
    ...(header.title !== undefined && { title: header.title }),
    ...(header.byline !== undefined && { byline: header.byline }),
    ...(header.publisher !== undefined && { publisher: header.publisher }),
    ...(header.dateLine !== undefined && { dateLine: header.dateLine }),
    ...(header.published !== undefined && { published: header.published }),
  };
}
