/**
 * The benchmark's texts, built at run time from ../shared (read only) so that no article or
 * corpus text is copied into the repository: a ~1,000-word article, and 10 KB, 100 KB and 1 MB
 * of news text. The order is fixed (the seed article, then the corpus documents by file name), so
 * every run times the same characters.
 */
import { readFileSync } from 'node:fs';
import { readCorpus } from '../../eval/corpus';

const SEED_ARTICLE = new URL('../../../../shared/seed/article.txt', import.meta.url);

/** Binary units, so "1 MB" is at least a million bytes whichever way the target is read. */
export const KB = 1024;
export const MB = 1024 * KB;

export const ARTICLE_WORDS = 1000;

export interface BenchText {
  readonly label: string;
  readonly text: string;
  readonly words: number;
  readonly chars: number;
  /** UTF-8 bytes, as the file would be on disk. */
  readonly bytes: number;
  /**
   * The document date to pass as `--date` would (`YYYY-MM-DD`), or none when the text dates
   * itself. Without one, the joined corpus documents (no dateline, no framing year) leave every
   * relative expression unresolved and draft a fifth to a seventh of the events: less work
   * than a dated article of that size asks for.
   */
  readonly date?: string;
}

/** Whitespace-separated tokens holding a letter or digit: rules ("_______") and bullets are not words. */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

function benchText(label: string, text: string, date?: string): BenchText {
  const bytes = Buffer.byteLength(text, 'utf8');
  return { label, text, words: countWords(text), chars: text.length, bytes, ...(date ? { date } : {}) };
}

/** The corpus documents in file-name order, text trimmed; each text is one paragraph or a few. */
function corpusDocuments(): { text: string; dct: string }[] {
  return readCorpus()
    .map((d) => ({ text: d.text.trim(), dct: d.dct }))
    .filter((d) => d.text !== '');
}

/**
 * The seed article, then corpus documents, until there are {@link ARTICLE_WORDS} words. The last
 * document is cut at the first sentence end that reaches the count, so the article ends on a
 * whole sentence rather than mid-way.
 */
export function articleText(): BenchText {
  const parts = [readFileSync(SEED_ARTICLE, 'utf8').trim()];
  let words = countWords(parts[0]!);
  for (const { text: doc } of corpusDocuments()) {
    if (words >= ARTICLE_WORDS) break;
    const docWords = countWords(doc);
    if (words + docWords <= ARTICLE_WORDS) {
      parts.push(doc);
      words += docWords;
      continue;
    }
    let cut = doc.length;
    for (const m of doc.matchAll(/[.!?]['"’”]*(?=\s)/g)) {
      const end = m.index + m[0].length;
      if (words + countWords(doc.slice(0, end)) >= ARTICLE_WORDS) {
        cut = end;
        break;
      }
    }
    parts.push(doc.slice(0, cut));
    words = ARTICLE_WORDS;
  }
  return benchText(`${ARTICLE_WORDS.toLocaleString('en')}-word article`, parts.join('\n\n'));
}

/**
 * Corpus documents joined by blank lines, cut at the first line break at or past `targetBytes`
 * (a line is a paragraph in these files). The corpus holds about 0.5 MB, so the largest size goes
 * round it again: the repeats are the same words, which a rule-based pass with no cache reads as
 * it reads new ones. The text is dated by its first document's creation date.
 */
export function corpusOfSize(label: string, targetBytes: number): BenchText {
  const all = corpusDocuments();
  const first = all[0];
  if (first === undefined) throw new Error('the annotated corpus has no documents with text');
  const docs = all.map((d) => d.text);
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes <= targetBytes; i++) {
    const doc = docs[i % docs.length]!;
    bytes += Buffer.byteLength(doc, 'utf8') + 2;
    parts.push(doc);
  }
  // Cut the bytes, not the string: a newline byte is never inside a multi-byte UTF-8 character.
  const utf8 = Buffer.from(parts.join('\n\n'), 'utf8');
  const cut = utf8.indexOf(0x0a, targetBytes);
  return benchText(label, utf8.subarray(0, cut < 0 ? utf8.length : cut).toString('utf8'), first.dct);
}

/** Every text the benchmark times, smallest first. */
export function benchTexts(): BenchText[] {
  return [articleText(), corpusOfSize('10 KB', 10 * KB), corpusOfSize('100 KB', 100 * KB), corpusOfSize('1 MB', MB)];
}
