import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/dataset';
import { fold, markMatches, prepareSearch, searchEvents } from '../../src/state/search';
import { smallDataset } from './fixtures';

const r = parseDataset(smallDataset());
if (!r.ok) throw new Error('fixture rejected');
const events = r.dataset.events;
const ids = (q: string) =>
  searchEvents(events, q)
    .map((e) => e.id)
    .sort();

describe('searchEvents', () => {
  it('finds words in the title, quote, actors or attribution, ignoring case', () => {
    expect(ids('SUMMIT')).toEqual(['summit']);
    expect(ids('river')).toEqual(['summit']);
    expect(ids('B')).toEqual(['summit', 'talks']);
    expect(ids('says')).toEqual(['summit', 'talks']);
  });

  it('needs every word to match', () => {
    expect(ids('summit river')).toEqual(['summit']);
    expect(ids('summit north')).toEqual([]);
  });

  it('returns everything for an empty query', () => {
    expect(ids('   ')).toEqual(['first-thing', 'summit', 'talks']);
  });

  it('ignores accents', () => {
    const d = smallDataset();
    d.events[0]!.title = 'Résumé of the Déclaration';
    const parsed = parseDataset(d);
    if (!parsed.ok) throw new Error('rejected');
    expect(searchEvents(parsed.dataset.events, 'resume declaration').map((e) => e.id)).toEqual(['first-thing']);
  });
});

describe('fold', () => {
  it('gives the same as taking the accents off every string, plain ASCII or not (3,000 seeded strings)', () => {
    const slow = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        expect(fold(s)).toBe(slow(s));
      }),
      { seed: 11, numRuns: 3000 },
    );
  });
});

describe('prepareSearch', () => {
  it('prepares the text that a search would fold itself: the same events match', () => {
    const d = smallDataset();
    d.events[1]!.title = 'Ça va, Zürich';
    const prepared = parseDataset(d);
    const fresh = parseDataset(d);
    if (!prepared.ok || !fresh.ok) throw new Error('rejected');
    prepareSearch(prepared.dataset.events, 0, 2);
    prepareSearch(prepared.dataset.events, 2, 100);
    for (const q of ['zurich ca', 'ÇA', 'summit river', 'says', 'nothing like it'])
      expect(
        searchEvents(prepared.dataset.events, q).map((e) => e.id),
        q,
      ).toEqual(searchEvents(fresh.dataset.events, q).map((e) => e.id));
    expect(searchEvents(prepared.dataset.events, 'zurich ca')).toHaveLength(1);
  });
});

describe('markMatches', () => {
  it('marks each occurrence of each word', () => {
    expect(markMatches('Russia–US summit; Russia says', 'russia summit')).toEqual([
      { text: 'Russia', match: true },
      { text: '–US ', match: false },
      { text: 'summit', match: true },
      { text: '; ', match: false },
      { text: 'Russia', match: true },
      { text: ' says', match: false },
    ]);
  });

  it('marks accented text found by unaccented words', () => {
    expect(markMatches('Déclaration', 'declaration')).toEqual([{ text: 'Déclaration', match: true }]);
  });
});

describe('searchEvents over prepared search text', () => {
  const build = () => {
    const d = smallDataset();
    const r2 = parseDataset(d);
    if (!r2.ok) throw new Error('rejected');
    return r2.dataset.events;
  };

  it('finds what the event-by-event search finds, for any query, filtered or not (seeded)', () => {
    const all = build();
    const fresh = build();
    prepareSearch(all, 0, 3);
    prepareSearch(all, 3, all.length);
    const vocabulary = [...new Set(all.flatMap((e) => `${e.title} ${e.quote}`.toLowerCase().split(/\W+/)))]
      .filter(Boolean)
      .flatMap((w) => [w, w.slice(0, 2), w.slice(1)]);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: all.length, maxLength: all.length }),
        (words, keep) => {
          const q = words.join(' ');
          const subset = all.filter((_, i) => keep[i]);
          const subsetFresh = fresh.filter((_, i) => keep[i]);
          expect(searchEvents(all, q).map((e) => e.id)).toEqual(searchEvents(fresh, q).map((e) => e.id));
          expect(searchEvents(subset, q, all).map((e) => e.id)).toEqual(searchEvents(subsetFresh, q).map((e) => e.id));
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('never finds a word across the end of one event and the start of the next', () => {
    const all = build();
    prepareSearch(all, 0, all.length);
    const tail = all[0]!.attribution.slice(-3).toLowerCase();
    const head = all[1]!.title.slice(0, 3).toLowerCase();
    expect(searchEvents(all, `${tail}${head}`)).toHaveLength(0);
  });
});
