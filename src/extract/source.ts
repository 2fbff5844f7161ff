/**
 * The first stage of extraction: a file's bytes as a source document, or one line saying why
 * not. Text and Markdown keep their words as written (sourceText.ts); HTML goes through
 * Readability (sourceHtml.ts) with an HTML parser the caller brings, so this module imports no
 * DOM and runs alike in Node, a worker and the page.
 */

import { readHtml } from './sourceHtml';
import { readPlainText } from './sourceText';
import type { SourceDocument } from './types';

export {
  BYLINE_PREFIXES,
  DATE_LINE_PREFIXES,
  SHARE_WORDS,
  TRAILING_LINES,
  TRAILING_SECTION_STARTS,
} from './sourceBoilerplate';
export { MIN_ARTICLE_WORDS, PUBLISHED_META } from './sourceHtml';

/** The largest file read: 5 MiB is hundreds of long articles, so more is not one article. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type SourceFormat = SourceDocument['format'];

export type SourceResult = { ok: true; doc: SourceDocument } | { ok: false; message: string };

/** Formats by file extension (lower case, without the dot). */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

/**
 * A size in binary units, always with one decimal ("50.0 MB", "5.0 MB"), so a size and the cap
 * read alike; loadDataset's `formatSize` drops the decimal of a whole number.
 */
function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The format of a file: by its extension, else by sniffing its start for an HTML document. */
export function detectFormat(fileName: string, text: string): SourceFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const known = FORMAT_BY_EXTENSION[extension];
  if (known !== undefined) return known;
  return /^\s*<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(0, 1024)) ? 'html' : 'text';
}

function decode(bytes: Uint8Array, fileName: string): { ok: true; text: string } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message });
  if (bytes.length > MAX_SOURCE_BYTES)
    return fail(
      `${fileName} is too large: it is ${formatMegabytes(bytes.length)}, and an article file can be at most ${formatMegabytes(MAX_SOURCE_BYTES)}.`,
    );
  if (bytes.length === 0) return fail(`${fileName} is empty: there is no text in it.`);
  // A UTF-16 file has NUL bytes in every ASCII letter; name its encoding instead of calling it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return fail(`${fileName} is UTF-16 text: save it as UTF-8 and try again.`);
  if (bytes.includes(0))
    return fail(`${fileName} is a binary file (it contains NUL bytes), not a text, Markdown or HTML article.`);
  let text: string;
  try {
    // The decoder drops a leading byte-order mark, so offsets count from the first character.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`${fileName} is not UTF-8 text: it looks like a binary file, or text in another encoding.`);
  }
  if (text.trim() === '') return fail(`${fileName} is empty: it holds only whitespace.`);
  return { ok: true, text };
}

/**
 * Reads a file as a source document: decodes it (UTF-8, at most {@link MAX_SOURCE_BYTES}), picks
 * its format, and finds its body and metadata. Offsets into `doc.text` are UTF-16 code units;
 * for text and Markdown, `doc.text === decoded.slice(doc.bodyStart, doc.bodyStart + doc.text.length)`.
 *
 * @param parseHtml turns HTML into a Document; required for HTML files only. Readability mutates it.
 */
export function readSource(bytes: Uint8Array, fileName: string, parseHtml?: (html: string) => Document): SourceResult {
  const decoded = decode(bytes, fileName);
  if (!decoded.ok) return decoded;
  const format = detectFormat(fileName, decoded.text);
  if (format !== 'html') return { ok: true, doc: readPlainText(decoded.text, format) };
  if (parseHtml === undefined)
    return { ok: false, message: `${fileName} is HTML, and no HTML parser was given to read it with.` };
  return readHtml(decoded.text, fileName, parseHtml);
}
