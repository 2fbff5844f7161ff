/**
 * A web page as a source document: Readability finds the article; its paragraphs become the
 * body, one per block element, separated by blank lines. The page's published date is read
 * first, because Readability rewrites the document as it works.
 *
 * The caller parses the HTML (linkedom in Node, DOMParser in the page), so this file runs in
 * either without DOM globals, and nothing here renders markup.
 */

import { Readability } from '@mozilla/readability';
import type { SourceDocument } from './types';

/** Fewer words than this is a navigation bar or a stub, not an article a timeline can come from. */
export const MIN_ARTICLE_WORDS = 20;

/** Meta tags that state the published date, strongest first; names compare without case. */
export const PUBLISHED_META: readonly {
  readonly attribute: 'property' | 'name' | 'itemprop';
  readonly value: string;
}[] = [
  { attribute: 'property', value: 'article:published_time' },
  { attribute: 'name', value: 'article:published_time' },
  { attribute: 'itemprop', value: 'datePublished' },
  { attribute: 'name', value: 'date' },
  { attribute: 'name', value: 'pubdate' },
  { attribute: 'name', value: 'publishdate' },
  { attribute: 'name', value: 'publish-date' },
  { attribute: 'name', value: 'dc.date.issued' },
  { attribute: 'name', value: 'dc.date' },
  { attribute: 'name', value: 'parsely-pub-date' },
  { attribute: 'name', value: 'sailthru.date' },
];

/** Elements whose text starts and ends a paragraph; a `<br>` line stands alone, as in an address. */
const BLOCK_TAGS = new Set(
  `address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6
   header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul`.split(/\s+/),
);
/** Elements whose text is never the article's. */
const SKIPPED_TAGS = new Set('script style noscript template svg math iframe object button select textarea'.split(' '));

// Node types by number: Node.ELEMENT_NODE is a DOM global, which a worker under Node lacks.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

type Published = NonNullable<SourceDocument['published']>;

function metaPublished(document: Document): Published | undefined {
  const metas = Array.from(document.getElementsByTagName('meta'));
  for (const { attribute, value } of PUBLISHED_META) {
    const meta = metas.find((m) => m.getAttribute(attribute)?.trim().toLowerCase() === value.toLowerCase());
    const content = meta?.getAttribute('content')?.trim();
    if (content) return { value: content, field: `meta[${attribute}="${value}"]` };
  }
  return undefined;
}

/** The first `datePublished` of a JSON-LD value: an object, an array of them, or an `@graph`. */
function jsonLdDate(value: unknown, depth = 0): string | undefined {
  if (depth > 4 || typeof value !== 'object' || value === null) return undefined;
  const items: unknown[] = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const date = record['datePublished'];
    if (typeof date === 'string' && date.trim() !== '') return date.trim();
    const nested = jsonLdDate(record['@graph'], depth + 1);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

function jsonLdPublished(document: Document): Published | undefined {
  for (const script of Array.from(document.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken block on the page does not stop the reading.
    }
    const value = jsonLdDate(data);
    if (value !== undefined) return { value, field: 'JSON-LD datePublished' };
  }
  return undefined;
}

function timePublished(document: Document): Published | undefined {
  const times = Array.from(document.getElementsByTagName('time')).filter((t) => t.getAttribute('datetime')?.trim());
  // A page dates its comments and its related links too: the article's own <time> comes first.
  const time =
    times.find((t) => t.hasAttribute('pubdate')) ?? times.find((t) => t.closest('article') !== null) ?? times[0];
  const value = time?.getAttribute('datetime')?.trim();
  return value ? { value, field: 'time[datetime]' } : undefined;
}

/**
 * The published date the page's metadata states. JSON-LD comes before `<time>`, which may date
 * anything on the page; meta tags come first, as the page's own statement about the article.
 */
export function findPublished(document: Document): Published | undefined {
  return metaPublished(document) ?? jsonLdPublished(document) ?? timePublished(document);
}

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text of each block under `root`, whitespace collapsed; a walk with a stack, not recursion. */
export function blockTexts(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = squeeze(current);
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const stack: (Node | 'end-of-block')[] = Array.from(root.childNodes).reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end-of-block') flush();
    else if (node.nodeType === TEXT_NODE) current += node.nodeValue ?? '';
    else if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).localName.toLowerCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        stack.push('end-of-block');
      }
      for (let k = node.childNodes.length - 1; k >= 0; k--) stack.push(node.childNodes[k]!);
    }
  }
  flush();
  return paragraphs;
}

/** A web page as a source document, or why it has no article. */
export function readHtml(
  html: string,
  fileName: string,
  parseHtml: (html: string) => Document,
): { ok: true; doc: SourceDocument } | { ok: false; message: string } {
  let article: ReturnType<Readability<Node>['parse']>;
  let published: Published | undefined;
  try {
    // A fragment ("<p>…</p>") is wrapped into a page, as a browser would; linkedom does not.
    const document = parseHtml(
      /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`,
    );
    published = findPublished(document);
    article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${fileName} could not be read as a web page: ${reason}` };
  }
  const title = squeeze(article?.title ?? '');
  const byline = squeeze(article?.byline ?? '');
  const publisher = squeeze(article?.siteName ?? '');
  let paragraphs = article?.content ? blockTexts(article.content) : [];
  if (paragraphs.length === 0)
    paragraphs = (article?.textContent ?? '')
      .split(/\n\s*\n/)
      .map(squeeze)
      .filter(Boolean);
  // Readability can keep the headline and byline in the content; they are metadata here.
  while (paragraphs[0] !== undefined && (paragraphs[0] === title || paragraphs[0] === byline)) paragraphs.shift();
  const text = paragraphs.join('\n\n');
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < MIN_ARTICLE_WORDS)
    return {
      ok: false,
      message: `${fileName} has no readable article in it: the page has ${words} word${words === 1 ? '' : 's'} of article text.`,
    };
  const fallbackPublished = article?.publishedTime?.trim();
  published ??= fallbackPublished ? { value: fallbackPublished, field: 'Readability publishedTime' } : undefined;
  return {
    ok: true,
    doc: {
      format: 'html',
      text,
      bodyStart: 0,
      ...(title !== '' && { title }),
      ...(byline !== '' && { byline }),
      ...(publisher !== '' && { publisher }),
      ...(published !== undefined && { published }),
    },
  };
}
