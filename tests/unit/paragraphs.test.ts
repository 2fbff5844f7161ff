import { describe, expect, it } from 'vitest';
import {
  indexParagraphs,
  paragraphAt,
  paragraphWindow,
  segmentsOf,
  splitParagraphs,
} from '../../src/article/paragraphs';
import { random } from './random';

const text = 'First para.\n\nSecond para has the quote.\n \nThird.';

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps offsets into the text', () => {
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual(['First para.', 'Second para has the quote.', 'Third.']);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('segmentsOf', () => {
  it('marks exactly the highlighted part of a paragraph', () => {
    const [, second] = splitParagraphs(text);
    const from = text.indexOf('the quote');
    expect(segmentsOf(second!, from, from + 'the quote'.length)).toEqual([
      { text: 'Second para has ', marked: false },
      { text: 'the quote', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('leaves paragraphs outside the highlight plain', () => {
    const [first] = splitParagraphs(text);
    expect(segmentsOf(first!, 20, 30)).toEqual([{ text: 'First para.', marked: false }]);
    expect(segmentsOf(first!, -1, -1)).toEqual([{ text: 'First para.', marked: false }]);
  });
});

describe('paragraphWindow', () => {
  const many = splitParagraphs(Array.from({ length: 1000 }, (_, i) => `Paragraph ${i}.`).join('\n\n'));

  it('draws every paragraph of a short text', () => {
    expect(paragraphWindow(splitParagraphs(text), 5, 2, 2)).toEqual([0, 3]);
  });

  it('draws a window around the highlighted paragraph of a long one', () => {
    const offset = many[500]!.start + 3;
    expect(paragraphWindow(many, offset, 10, 20)).toEqual([490, 521]);
    expect(paragraphWindow(many, -1, 10, 20)).toEqual([0, 21]);
    expect(paragraphWindow(many, many[999]!.start, 10, 20)).toEqual([989, 1000]);
  });
});

describe('indexParagraphs', () => {
  it('finds the paragraphs splitParagraphs finds, on 2,000 seeded texts of line breaks, spaces and words', () => {
    const next = random(2024);
    // Every kind of white space the separator treats apart: in a blank line, after it, or neither.
    const pieces = ['\n', '\n', '\n\n', ' ', '\t', '\u00a0', '\r', '\u2028', '\u3000', '\ufeff', 'word', 'é', '.'];
    for (let t = 0; t < 2000; t++) {
      const text = Array.from(
        { length: Math.floor(next() * 40) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      const index = indexParagraphs(text);
      const all = Array.from({ length: index.length }, (_, k) => paragraphAt(text, index, k));
      expect(all, JSON.stringify(text)).toEqual(splitParagraphs(text));
    }
  });

  it('windows a long text as the list of paragraphs does', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    const many = splitParagraphs(text);
    const index = indexParagraphs(text);
    for (const offset of [-1, 0, many[500]!.start + 3, many[999]!.start, text.length - 1])
      expect(paragraphWindow(index, offset, 10, 20)).toEqual(paragraphWindow(many, offset, 10, 20));
  });
});
