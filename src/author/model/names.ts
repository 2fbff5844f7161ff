/**
 * Ids for what a person adds while authoring: readable slugs, unique within their list, so a
 * downloaded dataset keeps the ids the schema asks for.
 */
import { LIMITS } from '../../data/schema';
import { slug } from '../../extract/passage';

/**
 * `base` if no id in `existing` has it, else the first free `${base}-2`, `${base}-3`, …
 * The result stays within the schema's id length by shortening `base` before the suffix.
 */
export function nextId(existing: Iterable<string>, base: string): string {
  const taken = new Set(existing);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const head = base.slice(0, LIMITS.idLength - suffix.length).replace(/-+$/, '');
    const id = `${head}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/** A slug for a label or title ("Trade & aid" → "trade-aid"), never empty and within the id length. */
export function slugOf(text: string, fallback: string): string {
  const s = slug(text)
    .slice(0, LIMITS.idLength - 4)
    .replace(/-+$/, '');
  return s === '' || s === 'event' ? fallback : s;
}
