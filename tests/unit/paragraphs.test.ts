import { describe, expect, it } from 'vitest';
import { segmentsOf, splitParagraphs } from '../../src/article/paragraphs';

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
