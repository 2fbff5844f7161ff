/**
 * Category profiles from a JSON file, so a dataset can have its own ("editable per dataset"):
 * an array of `{ id, label, description?, color, keywords: [] }`. Checked field by field, with a
 * message naming the entry and field that is wrong.
 */
import type { CategoryProfile } from './categoryProfiles';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

export function parseProfiles(
  json: string,
): { ok: true; profiles: CategoryProfile[] } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, message: `is not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!Array.isArray(data) || data.length === 0) return { ok: false, message: 'must be a non-empty list of profiles' };
  const profiles: CategoryProfile[] = [];
  const seen = new Set<string>();
  for (const [i, entry] of data.entries()) {
    const where = `profile ${i + 1}`;
    if (typeof entry !== 'object' || entry === null) return { ok: false, message: `${where} must be an object` };
    const { id, label, description, color, keywords } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || !SLUG.test(id))
      return { ok: false, message: `${where}: "id" must be a slug like "un-actions"` };
    if (seen.has(id)) return { ok: false, message: `${where}: the id "${id}" is used twice` };
    seen.add(id);
    if (typeof label !== 'string' || !label.trim())
      return { ok: false, message: `${where} ("${id}"): "label" must be text` };
    if (typeof color !== 'string' || !HEX.test(color))
      return { ok: false, message: `${where} ("${id}"): "color" must be a hex colour like "#0b6bb3"` };
    if (!Array.isArray(keywords) || keywords.some((k) => typeof k !== 'string' || !k.trim()))
      return { ok: false, message: `${where} ("${id}"): "keywords" must be a list of words` };
    profiles.push({
      id,
      label,
      description: typeof description === 'string' ? description : '',
      color,
      keywords: keywords as string[],
    });
  }
  return { ok: true, profiles };
}
