/**
 * Ids for what a person adds while authoring: readable slugs, unique within their list, so a
 * downloaded dataset keeps the ids the schema asks for.
 */
import { LIMITS } from '../../data/schema';
import { uniqueSlug } from '../../data/slug';
import { slug } from '../../extract/passage';

/** `base` if no id in `existing` has it, else the first free `${base}-2`, `${base}-3`, … (within the id length). */
export function nextId(existing: Iterable<string>, base: string): string {
  return uniqueSlug(base, new Set(existing));
}

/** A slug for a label or title ("Trade & aid" → "trade-aid"), never empty and within the id length. */
export function slugOf(text: string, fallback: string): string {
  const s = slug(text)
    .slice(0, LIMITS.idLength - 4)
    .replace(/-+$/, '');
  return s === '' || s === 'event' ? fallback : s;
}
