/**
 * Ids as the schema wants them: readable slugs (`a-z`, `0-9`, single hyphens), unique within
 * their list. One place for the importers, the extraction and authoring.
 */
import { LIMITS } from './schema';

/** "Trade & aid: Café" → "trade-aid-cafe": accents dropped, anything else a hyphen; at most `max` long. */
export function slugify(text: string, max = Infinity): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '');
}

/**
 * `base` if `taken` does not hold it, else the first free `${base}-2`, `${base}-3`, … The result
 * stays within the schema's id length by shortening `base` before the suffix.
 */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, LIMITS.idLength - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(id)) return id;
  }
}
