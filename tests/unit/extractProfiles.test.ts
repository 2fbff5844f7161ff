import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../src/extract/extract';
import { parseProfiles } from '../../src/extract/profilesFile';
import { readSource } from '../../src/extract/source';

const TEXT = `Ministers sign water treaty

GENEVA, June 3, 2024 — The two governments signed a water-sharing treaty on Monday.

A flood damaged the border bridge in April.
`;

describe('category profiles given per dataset', () => {
  it('suggests only the dataset’s own categories, with its fallback when none matches', () => {
    const parsed = parseProfiles(
      JSON.stringify([
        { id: 'water', label: 'Water', color: '#0e7490', keywords: ['water', 'flood*'] },
        { id: 'treaties', label: 'Treaties', color: '#0b6bb3', keywords: ['treat*'] },
        { id: 'other', label: 'Other', color: '#57534e', keywords: [] },
      ]),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    const read = readSource(new TextEncoder().encode(TEXT), 'water.txt');
    if (!read.ok) throw new Error(read.message);
    const result = extractDraft(read.doc, { profiles: parsed.profiles });
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.categories.map((c) => c.id).sort()).toEqual(['treaties', 'water']);
    expect(result.dataset.events.map((e) => [e.date, e.categories])).toEqual([
      ['2024-06-03', ['water', 'treaties']],
      ['2024-04', ['water']],
    ]);
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['an empty list', '[]', /non-empty list/],
    ['a bad id', '[{"id":"Water","label":"W","color":"#000","keywords":[]}]', /profile 1: "id"/],
    ['a bad colour', '[{"id":"w","label":"W","color":"blue","keywords":[]}]', /profile 1 \("w"\): "color"/],
    [
      'a repeated id',
      '[{"id":"w","label":"W","color":"#000","keywords":[]},{"id":"w","label":"V","color":"#000","keywords":[]}]',
      /profile 2: the id "w" is used twice/,
    ],
    ['keywords that are not words', '[{"id":"w","label":"W","color":"#000","keywords":[3]}]', /"keywords"/],
  ])('names what is wrong in a profiles file: %s', (_, json, message) => {
    const parsed = parseProfiles(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
