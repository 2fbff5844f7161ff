import { describe, expect, it } from 'vitest';
import { locateQuotes } from '../../src/data/quotes';
import { readingPlaces } from '../../src/data/readingPlaces';

/** Each quote's location, keyed by quote, as the tests below read them. */
function locate(text: string, quotes: string[]) {
  const found = locateQuotes(text, quotes);
  return new Map(quotes.map((q, k) => [q, { start: found.start[k], count: found.count[k] }]));
}
import { random } from './random';

function bruteForce(text: string, q: string) {
  const first = text.indexOf(q);
  return { start: first, count: first < 0 ? 0 : text.indexOf(q, first + 1) < 0 ? 1 : 2 };
}

describe('locateQuotes', () => {
  it("finds each quote's first position and whether it repeats", () => {
    const text = 'The summit was held. Talks went on. The summit was held again later on the river bank.';
    const found = locate(text, ['The summit was held', 'Talks went on', 'river bank', 'nowhere to be seen here']);
    expect(found.get('The summit was held')).toEqual({ start: 0, count: 2 });
    expect(found.get('Talks went on')).toEqual({ start: 21, count: 1 });
    expect(found.get('river bank')).toEqual({ start: text.indexOf('river bank'), count: 1 });
    expect(found.get('nowhere to be seen here')).toEqual({ start: -1, count: 0 });
  });

  it('agrees with indexOf on 3,000 seeded quotes of 4 to 123 characters, present, absent and repeated', () => {
    const next = random(99);
    const alphabet = 'ab c';
    const text = Array.from({ length: 20_000 }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const quotes = Array.from({ length: 3000 }, () => {
      const len = 4 + Math.floor(next() * 120);
      const at = Math.floor(next() * (text.length - len));
      const q = text.slice(at, at + len);
      return next() < 0.2 ? q + 'zz' : q;
    });
    const found = locate(text, quotes);
    for (const q of quotes) expect(found.get(q), q).toEqual(bruteForce(text, q));
  });

  it('locates 20,000 quotes that share their opening words in one pass', () => {
    // Formulaic quotes all begin alike; looked up by their opening they would share one bucket,
    // checked at each of the 20,000 places the text says "Russia says that delegation".
    const quotes = Array.from({ length: 20_000 }, (_, i) => `Russia says that delegation ${i} arrived on time`);
    const text = quotes.map((q) => `${q}.`).join('\n\n');
    const found = locate(text, [...quotes, 'Russia says that delegation 20000 arrived on time']);
    let at = 0;
    const wrong: string[] = [];
    for (const q of quotes) {
      const loc = found.get(q);
      if (loc?.start !== at || loc.count !== 1) wrong.push(`${q}: ${JSON.stringify(loc)}, expected start ${at}`);
      at += q.length + 3;
    }
    expect(wrong).toEqual([]);
    expect(found.get('Russia says that delegation 20000 arrived on time')).toEqual({ start: -1, count: 0 });
  });

  it('finds quotes given twice, and says an empty quote is nowhere', () => {
    const found = locateQuotes('one two three four five six seven', ['three four five six', '', 'three four five six']);
    expect([...found.start]).toEqual([8, -1, 8]);
    expect([...found.count]).toEqual([1, 0, 1]);
  });

  it('finds a quote at the very end of the text', () => {
    const text = 'x'.repeat(50) + 'the final words of it';
    expect(locate(text, ['the final words of it']).get('the final words of it')).toEqual({ start: 50, count: 1 });
  });
});

describe('readingPlaces', () => {
  const sentences = Array.from({ length: 2000 }, (_, i) => `Sentence ${i} says what happened on day ${i % 97}.`);
  const text = sentences.join(' ');

  it('finds every quote that follows the text, in one pass', () => {
    const places = readingPlaces(text, sentences, text.length + 1);
    expect([...places]).toEqual(sentences.map((q) => text.indexOf(q)));
  });

  it('gives only places where the text has the quote, and stops at its budget when quotes do not follow the text', () => {
    const next = random(7);
    const shuffled = [...sentences, 'not in the text at all', ''].sort(() => next() - 0.5);
    const places = readingPlaces(text, shuffled);
    shuffled.forEach((q, k) => {
      if (places[k]! >= 0) expect(text.startsWith(q, places[k]!), q).toBe(true);
    });
    expect(places[shuffled.indexOf('not in the text at all')]).toBe(-1);
    expect(places[shuffled.indexOf('')]).toBe(-1);
    // Out of order, each search reads much of the text: the budget of two passes stops it early.
    const found = places.filter((p) => p >= 0).length;
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(100);
  });
});
