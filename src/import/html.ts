import type { ImportedLink } from './types';

/**
 * HTML fragments from a timeline file (TimelineJS headlines and texts, vis-timeline `content`)
 * turned into plain text by a small scanner, never by a DOM: nothing here parses into live
 * nodes, so a `<script>` or an `onerror=` cannot run. Tags are dropped (the contents of script,
 * style and other non-text elements with them), block elements become line breaks, entities are
 * decoded, and `<a href>` targets are kept as links when they are http(s).
 * Decoding happens after the tags are gone, so `&lt;script&gt;` comes out as the inert text
 * "<script>", which the app only ever shows as text.
 */

export interface PlainText {
  /** Lines separated by single "\n"; never a blank line, never leading or trailing space. */
  readonly text: string;
  readonly links: ImportedLink[];
}

/** Elements whose contents are code or embedded objects, not words: dropped with their contents. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'noscript',
  'svg',
  'math',
  'head',
  'title',
]);
/** Elements that start a new line. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);

/** The named entities timelines use; others are left as written. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  deg: '°',
  times: '×',
  divide: '÷',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  atilde: 'ã',
  aring: 'å',
  ccedil: 'ç',
  iacute: 'í',
  igrave: 'ì',
  iuml: 'ï',
  ntilde: 'ñ',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  szlig: 'ß',
  Eacute: 'É',
  Aacute: 'Á',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Auml: 'Ä',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  shy: '',
  zwj: '\u200d',
  zwnj: '\u200c',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  prime: '′',
  Prime: '″',
  minus: '−',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
};

/** Decodes character references; an invalid code point becomes U+FFFD, an unknown name stays. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const bad = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
      return bad ? '\ufffd' : String.fromCodePoint(code);
    }
    return Object.hasOwn(ENTITIES, ref) ? ENTITIES[ref]! : whole;
  });
}

/** The address if it is an absolute http(s) URL, else null (javascript:, data:, relative...). */
export function httpUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly attrs: ReadonlyMap<string, string>;
  /** Index just after the tag's ">". */
  readonly end: number;
}

/** Reads the tag starting at html[i] === '<', or null when it is not a tag (a literal "<"). */
function readTag(html: string, i: number): Tag | null {
  const m = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(i, i + 64));
  if (!m) return null;
  const attrs = new Map<string, string>();
  let j = i + m[0].length;
  const attr = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*\/|\s+/y;
  while (j < html.length && html[j] !== '>') {
    attr.lastIndex = j;
    const a = attr.exec(html);
    if (!a || a[0].length === 0) {
      j++;
      continue;
    }
    if (a[1] !== undefined) {
      const name = a[1].toLowerCase();
      if (!attrs.has(name)) attrs.set(name, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    j += a[0].length;
  }
  return { name: m[2]!.toLowerCase(), closing: m[1] === '/', attrs, end: Math.min(j + 1, html.length) };
}

/** Control characters but tab and line feed: never wanted in text a person reads. */
const CONTROL = /[^\P{Cc}\n\t]/gu;

/** Collapses spaces as HTML renders them, keeping the line breaks blocks made; no blank lines. */
function tidy(raw: string): string {
  return raw
    .replace(CONTROL, '')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Plain text and http(s) links of an HTML fragment. Never throws; plain text passes through. */
export function htmlToText(html: string): PlainText {
  const links: ImportedLink[] = [];
  let out = '';
  let i = 0;
  let link: { url: string | null; start: number } | null = null;
  const closeLink = () => {
    if (link?.url) {
      const label = tidy(decodeEntities(out.slice(link.start))).replace(/\n/g, ' ');
      links.push({ url: link.url, label: label === '' ? link.url : label.slice(0, 300) });
    }
    link = null;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    // Source line breaks are spaces in HTML; only blocks make new lines.
    out += html.slice(i, textEnd).replace(/[\r\n\t]/g, ' ');
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const close = html.indexOf('>', lt);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      out += '<';
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (DROPPED.has(tag.name) && !tag.closing) {
      const closer = new RegExp(`</${tag.name}`, 'gi');
      closer.lastIndex = i;
      const close = closer.exec(html)?.index ?? -1;
      i = close < 0 ? html.length : (readTag(html, close)?.end ?? html.length);
      continue;
    }
    if (BLOCK.has(tag.name)) out += '\n';
    if (tag.name === 'a') {
      closeLink();
      if (!tag.closing) link = { url: httpUrl(tag.attrs.get('href') ?? ''), start: out.length };
    }
  }
  closeLink();
  const seen = new Set<string>();
  return {
    text: tidy(decodeEntities(out)),
    links: links.filter((l) => !seen.has(l.url) && seen.add(l.url)),
  };
}
