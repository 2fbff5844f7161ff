/**
 * What a pasted news page carries besides its story: the header lines before the body (byline,
 * date line, separator) and the page furniture after it (share buttons, comment form, related
 * posts). The phrases are tables, general to news sites; the tests add to them, code does not.
 */

import { findFullDates } from './fullDates';

/** What opens a byline line: "By: NAME", "By NAME", "Written by NAME", "Author: NAME". */
export const BYLINE_PREFIXES: readonly RegExp[] = [
  /^by(?:\s*[:\-–—]\s*|\s+)/i,
  /^(?:written|reported|reporting|words|story)\s+by\s*:?\s+/i,
  /^(?:authors?|reporter|correspondent)\s*:\s*/i,
];

/** Words that open a header line giving the article's date: "Published: March 15, 2013". */
export const DATE_LINE_PREFIXES: readonly string[] = [
  'published',
  'first published',
  'updated',
  'last updated',
  'posted',
  'date',
  'dated',
];

/** Single words of a share bar, alone on a line or several in a row ("Facebook Twitter Email"). */
export const SHARE_WORDS: readonly string[] = [
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'whatsapp',
  'email',
  'e-mail',
  'mail',
  'print',
  'share',
  'tweet',
  'pinterest',
  'reddit',
  'telegram',
  'tumblr',
  'messenger',
  'threads',
  'bluesky',
  'mastodon',
  'sms',
  'copy',
  'link',
];

/** Words that may join share words on a share line without making it prose ("Share on Facebook"). */
export const SHARE_FILLER_WORDS: readonly string[] = ['on', 'via', 'this', 'article', 'story', 'page', 'the', 'to'];

/** Whole lines of page furniture that close a pasted article. */
export const TRAILING_LINES: readonly string[] = [
  'advertisement',
  'read more',
  'comments',
  'comment',
  'back to top',
  'top',
  'tags',
  'related',
  'more',
  'continue reading',
];

/**
 * Line openings of a section that follows the story (related posts, the comment form, newsletter
 * sign-up): from such a line on, nothing is the article's.
 */
export const TRAILING_SECTION_STARTS: readonly string[] = [
  'leave a comment',
  'leave a reply',
  'post a comment',
  'add a comment',
  'join the conversation',
  'comments are closed',
  'your email address will not be published',
  'required fields are marked',
  'related posts',
  'related articles',
  'related stories',
  'related news',
  'related content',
  'related topics',
  'you may also like',
  'you might also like',
  'recommended for you',
  'more stories',
  'most read',
  'most popular',
  'subscribe to our newsletter',
  'sign up for our newsletter',
  'sign up to our newsletter',
  'subscribe to our mailing list',
  'about the author',
  'tags:',
  'topics:',
];

/** A section start is a heading-length line; a longer line that begins so is prose. */
const SECTION_LINE_MAX_CHARS = 120;

/** The line as compared with the tables: no markup, bullets or closing punctuation, lower case. */
export function normalizeLine(line: string): string {
  return line
    .trim()
    .replace(/^(?:[-*+•·>#]+\s*)+/, '')
    .replace(/[*_[\]]/g, '')
    .replace(/[\s.!:*|]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function opensWith(line: string, phrase: string): boolean {
  if (!line.startsWith(phrase)) return false;
  const next = line.charAt(phrase.length);
  return next === '' || phrase.endsWith(':') || !/[\p{L}\p{N}]/u.test(next);
}

/** The byline's name when the line is a byline, else undefined. */
export function bylineOf(line: string): string | undefined {
  const bare = line
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim();
  // A long line or one ending a sentence is prose that happens to start with "By".
  if (bare.length > 120 || /[.!?]$/.test(bare)) return undefined;
  for (const prefix of BYLINE_PREFIXES) {
    const opening = prefix.exec(bare)?.[0];
    if (opening === undefined) continue;
    const name = bare.slice(opening.length).trim();
    // A name starts with a capital: "By the time it ended" is the story, not a byline.
    return /^\p{Lu}/u.test(name) ? name : undefined;
  }
  return undefined;
}

/** True for a separator line: `---`, `_____`, `***`, `===`. */
export function isSeparatorLine(line: string): boolean {
  return /^(?:[-_*=~•·]\s*){3,}$/.test(line.trim());
}

/** True for a header line that dates the article: "Published March 15, 2013", "Friday, 15 March 2013". */
export function isDateLine(line: string): boolean {
  const bare = line.trim();
  const dates = findFullDates(bare);
  const first = dates[0];
  if (first === undefined || bare.length > 100) return false;
  const n = normalizeLine(bare);
  if (DATE_LINE_PREFIXES.some((p) => opensWith(n, p))) return true;
  // Otherwise the date must be nearly the whole line: a weekday or a time may stand beside it.
  const rest = (bare.slice(0, first.start) + bare.slice(first.end)).split(/[\s,|–—-]+/).filter(Boolean);
  return rest.length <= 3;
}

/** True for a share bar: only share words and their fillers, at least one share word. */
export function isShareLine(line: string): boolean {
  const words = normalizeLine(line)
    .split(/[\s|,•·/]+/)
    .filter(Boolean);
  return (
    words.some((w) => SHARE_WORDS.includes(w)) &&
    words.every((w) => SHARE_WORDS.includes(w) || SHARE_FILLER_WORDS.includes(w))
  );
}

/** True for a line of page furniture that may close an article. */
export function isTrailingLine(line: string): boolean {
  return TRAILING_LINES.includes(normalizeLine(line)) || isShareLine(line);
}

/** True for a line that opens a section after the story. */
export function isTrailingSectionStart(line: string): boolean {
  if (line.trim().length > SECTION_LINE_MAX_CHARS) return false;
  const n = normalizeLine(line);
  return TRAILING_SECTION_STARTS.some((p) => opensWith(n, p));
}
