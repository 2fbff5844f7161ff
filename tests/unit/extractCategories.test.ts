import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreCategories, suggestCategories } from '../../src/extract/categories';
import { DEFAULT_PROFILES, FALLBACK_CATEGORY_ID, type CategoryProfile } from '../../src/extract/categoryProfiles';

/** WCAG 2 contrast ratio of a hex colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

describe('DEFAULT_PROFILES', () => {
  it('gives every category a distinct id and a distinct colour readable as text on white (AA)', () => {
    expect(new Set(DEFAULT_PROFILES.map((p) => p.id)).size).toBe(DEFAULT_PROFILES.length);
    expect(new Set(DEFAULT_PROFILES.map((p) => p.color.toLowerCase())).size).toBe(DEFAULT_PROFILES.length);
    for (const p of DEFAULT_PROFILES) {
      expect(p.color, p.id).toMatch(/^#[0-9a-f]{6}$/iu);
      expect(contrastOnWhite(p.color), p.id).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('has the fallback "other" as its only profile without keywords', () => {
    expect(DEFAULT_PROFILES.filter((p) => p.keywords.length === 0).map((p) => p.id)).toEqual([FALLBACK_CATEGORY_ID]);
  });
});

describe('suggestCategories: matching keywords', () => {
  it.each([
    ['A 7.8-magnitude earthquake struck southern Turkey, killing hundreds.', 'disaster'],
    ['Floodwaters forced thousands to evacuate their homes.', 'disaster'],
    ['The Supreme Court ruled that the law was unconstitutional.', 'law'],
    ['Police arrested three men after the trial.', 'law'],
    ['The central bank raised interest rates to curb inflation.', 'economy'],
    ['Washington imposed new tariffs on steel imports.', 'economy'],
    ['Voters went to the polls in a snap parliamentary election.', 'politics'],
    ['Troops shelled the town as the ceasefire collapsed.', 'security'],
    ['The outbreak spread to three hospitals before vaccines arrived.', 'health'],
    ['The satellite carried new research instruments.', 'science-tech'],
    ['Crowds gathered for the festival marking the city’s 500th anniversary.', 'culture'],
    ['Refugees and migrants waited at the border for asylum hearings.', 'society'],
    ['The General Assembly adopted the resolution by 120 votes.', 'un'],
    ['The ambassador presented her credentials before the state visit.', 'bilateral'],
  ])('suggests a category from its keywords: %s', (passage, id) => {
    expect(suggestCategories(passage)[0]).toBe(id);
  });

  it('matches plurals and inflections of a keyword', () => {
    expect(scoreCategories('The treaties were signed.')[0]).toMatchObject({ id: 'bilateral', matched: ['treaties'] });
    expect(suggestCategories('The firm was sanctioned.')).toEqual(['economy']);
    expect(suggestCategories('Parliament is voting today.')).toEqual(['politics']);
  });

  it('matches a prefix entry ("militar*") on any word that starts with it', () => {
    expect(suggestCategories('The region was heavily militarised.')).toEqual(['security']);
  });

  it('matches whole words only', () => {
    expect(suggestCategories('Ukraine issued a warning to the artistic trademark office.')).toEqual(['other']);
  });

  it('matches a keyword written in capitals only in capitals', () => {
    expect(suggestCategories('Those who came were fed.')).toEqual(['other']);
    expect(suggestCategories('The WHO said cases fell.')).toEqual(['health']);
  });

  it('counts an overlap once, for the longer phrase', () => {
    const scores = scoreCategories('The Security Council met.');
    expect(scores[0]).toMatchObject({ id: 'un', matched: ['security council'] });
    expect(scores.find((s) => s.id === 'security')!.score).toBe(0);
    expect(suggestCategories('Settlers moved into the West Bank.')).toEqual(['other']);
  });

  it('returns at most three ids, best first', () => {
    const ids = suggestCategories(
      'After the earthquake, the court heard the trade case while troops held a festival and voters elected a parliament.',
    );
    expect(ids).toHaveLength(3);
    const scores = scoreCategories('Troops attacked; missiles and drones hit the market.');
    expect(scores[0]!.id).toBe('security');
    expect(scores[0]!.score).toBeGreaterThan(scores[1]!.score);
  });

  it('falls back to "other" when no keyword matches', () => {
    expect(suggestCategories('The weather was pleasant.')).toEqual([FALLBACK_CATEGORY_ID]);
  });
});

describe('suggestCategories: the bilateral rule', () => {
  it('suggests bilateral when exactly two states are named with a relationship word', () => {
    const scores = scoreCategories('Brazil and Argentina signed an agreement on Tuesday.');
    expect(scores[0]).toMatchObject({ id: 'bilateral', matched: ['two states named: Brazil and Argentina'] });
  });

  it('does not apply with three states, or with two and no relationship word', () => {
    expect(suggestCategories('Brazil, Chile and Argentina signed an agreement.')).not.toContain('bilateral');
    expect(suggestCategories('Brazil and Argentina had a warm winter.')).not.toContain('bilateral');
  });

  it('uses the actors it is given instead of looking states up again', () => {
    const passage = 'Relations between the two neighbours improved after the visit.';
    const bilateral = (actors: string[]) =>
      scoreCategories(passage, DEFAULT_PROFILES, actors).find((s) => s.id === 'bilateral')!.score;
    expect(suggestCategories(passage, DEFAULT_PROFILES, ['India', 'Nepal'])[0]).toBe('bilateral');
    // People and bodies among the actors are not states.
    expect(bilateral(['India', 'Nepal', 'Narendra Modi', 'UN'])).toBe(bilateral(['India']) + 2);
  });
});

describe('suggestCategories with a dataset’s own profiles', () => {
  const profiles: CategoryProfile[] = [
    { id: 'sport', label: 'Sport', description: '', color: '#0b6bb3', keywords: ['match', 'goal', 'FIFA'] },
    { id: 'misc', label: 'Miscellany', description: '', color: '#57534e', keywords: [] },
  ];

  it('matches the dataset’s keywords and falls back to its keyword-less profile', () => {
    expect(suggestCategories('Two goals settled the match.', profiles)).toEqual(['sport']);
    expect(suggestCategories('Nothing happened.', profiles)).toEqual(['misc']);
  });

  it('falls back to "other" when the dataset has no keyword-less profile', () => {
    expect(suggestCategories('Nothing happened.', profiles.slice(0, 1))).toEqual(['other']);
  });
});

describe('suggestCategories on the seed article', () => {
  const events = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { quote: string }[] }).events;
  it.each([
    [4, ['bilateral']],
    [6, ['bilateral']],
    [8, ['bilateral', 'security']],
    [11, ['security', 'bilateral']],
    [13, ['security']],
    [15, ['un']],
    [18, ['science-tech']],
    [19, ['security']],
  ])('suggests categories for seed event %i', (index, ids) => {
    expect(suggestCategories(events[index]!.quote).slice(0, ids.length)).toEqual(ids);
  });

  it('ranks the UN first for the General Assembly session, with its commemoration next', () => {
    expect(suggestCategories(events[2]!.quote)).toEqual(['un', 'culture']);
  });
});
