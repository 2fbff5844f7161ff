/**
 * An article as the person gave it — pasted text or an opened file — read into a source document
 * on the page, where HTML has a DOMParser for Readability.
 */
import { findDocumentDate } from '../extract/documentDate';
import { readSource, type SourceResult } from '../extract/source';
import { findTimexes } from '../extract/timex/find';
import type { DocumentDate, SourceDocument } from '../extract/types';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

export function readArticleBytes(bytes: Uint8Array, fileName: string): SourceResult {
  return readSource(bytes, fileName, parseHtml);
}

export function readPastedText(text: string): SourceResult {
  const looksHtml = /^\s*<(?:!doctype html|html|body|article|p|div)\b/i.test(text);
  return readSource(new TextEncoder().encode(text), looksHtml ? 'pasted.html' : 'pasted.txt', parseHtml);
}

export interface DateNeed {
  /** What the document says its date is, if anything (metadata, dateline or framing year). */
  readonly stated?: DocumentDate;
  /** Relative expressions that only a full date can resolve ("last July", "on Friday"). */
  readonly relative: readonly string[];
}

/** Whether the article needs a date from the person, and why. */
export function dateNeed(doc: SourceDocument): DateNeed {
  const stated = findDocumentDate(doc);
  const unresolved = findTimexes(doc.text).filter(
    (t) => (t.type === 'date' || t.type === 'time') && t.value.includes('X'),
  );
  const relative = [...new Set(unresolved.map((t) => t.text))].slice(0, 3);
  return { ...(stated ? { stated } : {}), relative };
}
