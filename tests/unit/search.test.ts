import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/dataset';
import { markMatches, searchEvents } from '../../src/state/search';
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
