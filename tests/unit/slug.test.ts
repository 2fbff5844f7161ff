import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/data/schema';
import { slugify, uniqueSlug } from '../../src/data/slug';

describe('slugify and uniqueSlug', () => {
  it('makes a readable slug: accents dropped, everything else one hyphen, none at the ends', () => {
    expect(slugify('  Trade & aid: Café — Zürich!  ')).toBe('trade-aid-cafe-zurich');
    expect(slugify('Trade & aid: Café', 9)).toBe('trade-aid');
    expect(slugify('¿¡')).toBe('');
  });

  it('numbers a slug already taken, and keeps it within the id length', () => {
    expect(uniqueSlug('summit', new Set(['summit', 'summit-2']))).toBe('summit-3');
    expect(uniqueSlug('summit', new Set())).toBe('summit');
    const long = 'a'.repeat(LIMITS.idLength);
    const id = uniqueSlug(long, new Set([long]));
    expect(id).toHaveLength(LIMITS.idLength);
    expect(id.endsWith('-2')).toBe(true);
  });
});
