/**
 * Edits to a work's categories. A category's id never changes once made, so events keep
 * pointing at it through renames; removing one never leaves an event without a category.
 */
import { LIMITS, type Category } from '../../data/schema';
import { DEFAULT_PROFILES } from '../../extract/categoryProfiles';
import { checkColor, checkLabel } from './fields';
import { nextId, slugOf } from './names';
import { refuse, type EditResult, type Work, type WorkEvent } from './work';

/**
 * Colours for new categories, each with at least 4.5:1 contrast on white (readable as text), as
 * the engine's own category colours are; a new category takes the first one not yet in use.
 */
export const CATEGORY_PALETTE: readonly string[] = [
  ...DEFAULT_PROFILES.map((p) => p.color),
  '#1d4ed8',
  '#047857',
  '#9333ea',
  '#b45309',
];

function categoryById(work: Work, id: string): Category | { ok: false; message: string } {
  return work.categories.find((c) => c.id === id) ?? refuse(`There is no category ${JSON.stringify(id)}.`);
}

function sameLabel(work: Work, label: string, except?: string): Category | undefined {
  const key = label.toLocaleLowerCase();
  return work.categories.find((c) => c.id !== except && c.label.toLocaleLowerCase() === key);
}

const replaceCategory = (work: Work, next: Category): Work => ({
  ...work,
  categories: work.categories.map((c) => (c.id === next.id ? next : c)),
});

/** A new category; its id is the slug of its label, made unique. */
export function addCategory(work: Work, label: string, color?: string): EditResult {
  const l = checkLabel(label);
  if (!l.ok) return refuse(`Name: ${l.message}`);
  if (sameLabel(work, l.value)) return refuse(`There is already a category called "${l.value}".`);
  if (work.categories.length >= LIMITS.listLength)
    return refuse(`A timeline can have at most ${LIMITS.listLength} categories.`);
  let colour: string;
  if (color === undefined) {
    const used = new Set(work.categories.map((c) => c.color.toLowerCase()));
    colour =
      CATEGORY_PALETTE.find((c) => !used.has(c)) ?? CATEGORY_PALETTE[work.categories.length % CATEGORY_PALETTE.length]!;
  } else {
    const c = checkColor(color);
    if (!c.ok) return refuse(`Colour: ${c.message}`);
    colour = c.value;
  }
  const id = nextId(
    work.categories.map((c) => c.id),
    slugOf(l.value, 'category'),
  );
  return {
    ok: true,
    work: { ...work, categories: [...work.categories, { id, label: l.value, description: '', color: colour }] },
  };
}

/** A new label; the id stays, so events keep their category. */
export function renameCategory(work: Work, id: string, label: string): EditResult {
  const c = categoryById(work, id);
  if ('ok' in c) return c;
  const l = checkLabel(label);
  if (!l.ok) return refuse(`Name: ${l.message}`);
  if (sameLabel(work, l.value, id)) return refuse(`There is already a category called "${l.value}".`);
  return { ok: true, work: replaceCategory(work, { ...c, label: l.value }) };
}

export function recolorCategory(work: Work, id: string, color: string): EditResult {
  const c = categoryById(work, id);
  if ('ok' in c) return c;
  const r = checkColor(color);
  if (!r.ok) return refuse(`Colour: ${r.message}`);
  return { ok: true, work: replaceCategory(work, { ...c, color: r.value }) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Removes a category from the work and from every event. Events it leaves with no category move
 * to `moveTo`; without `moveTo`, such a removal is refused, saying how many events it concerns.
 */
export function removeCategory(work: Work, id: string, moveTo?: string): EditResult {
  const c = categoryById(work, id);
  if ('ok' in c) return c;
  if (work.categories.length === 1) return refuse('The last category cannot be removed: every event needs one.');
  if (moveTo !== undefined) {
    if (moveTo === id) return refuse(`Choose another category than "${c.label}" to move its events to.`);
    const target = categoryById(work, moveTo);
    if ('ok' in target) return target;
  }
  const orphans = work.events.filter((e) => e.categories.length === 1 && e.categories[0] === id).length;
  if (orphans > 0 && moveTo === undefined)
    return refuse(
      `${plural(orphans, 'event has', 'events have')} no other category than "${c.label}"; choose a category to move ${orphans === 1 ? 'it' : 'them'} to.`,
    );
  const events = work.events.map((e): WorkEvent => {
    if (!e.categories.includes(id)) return e;
    const rest = e.categories.filter((x) => x !== id);
    return { ...e, categories: rest.length > 0 ? rest : [moveTo!] };
  });
  return { ok: true, work: { ...work, categories: work.categories.filter((x) => x.id !== id), events } };
}
