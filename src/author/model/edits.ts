/**
 * Every change a person makes to a work, as data, and the one pure reducer that applies it. A
 * refused edit leaves the work as it was and says why in plain words; a successful one returns a
 * new work (unchanged parts shared) with `updatedAt` set to the injected `now`.
 */
import type { Category } from '../../data/schema';
import { addCategory, recolorCategory, removeCategory, renameCategory } from './categoryEdits';
import { checkActorList, checkAttribution, checkDate, checkNote, checkTitle } from './fields';
import { addFromSelection, merge, split } from './passageEdits';
import {
  eventById,
  refuse,
  replaceEvent,
  withoutDateProvenance,
  type EditResult,
  type Work,
  type WorkEvent,
} from './work';

/** Fields a person can change on an event; the quote is changed by merge, split or a new selection. */
export interface EventFields {
  title: string;
  /** EDTF. */
  date: string;
  /** Category ids of the work, at least one. */
  categories: readonly string[];
  actors: readonly string[];
  attribution: string;
  /** An empty note removes it. */
  note: string;
}

export type Edit =
  | { kind: 'accept'; id: string }
  | { kind: 'reject'; id: string }
  | { kind: 'acceptAll' }
  | { kind: 'update'; id: string; fields: Partial<EventFields> }
  /** The two events in either order; the one quoted earlier in the text gives id, title and attribution. */
  | { kind: 'merge'; ids: readonly [string, string] }
  /** `at`: offset in source.text strictly inside the event's quote. */
  | { kind: 'split'; id: string; at: number }
  /** Offsets in source.text, `end` exclusive; whitespace at either side is trimmed. */
  | { kind: 'addFromSelection'; start: number; end: number }
  | { kind: 'addCategory'; label: string; color?: string }
  | { kind: 'renameCategory'; id: string; label: string }
  | { kind: 'recolorCategory'; id: string; color: string }
  /** Events left with no category move to `moveTo`; without it such a removal is refused. */
  | { kind: 'removeCategory'; id: string; moveTo?: string };

/**
 * Applies one edit. Pure: `work` is never mutated; `now` (UTC ms) becomes the new `updatedAt`.
 * Refusals: unknown ids, invalid field values (the message names the field), no-op accepts, and
 * anything after which the work could no longer be downloaded as a valid dataset.
 */
export function applyEdit(work: Work, edit: Edit, now: number): EditResult {
  const result = dispatch(work, edit, now);
  return result.ok ? { ok: true, work: { ...result.work, updatedAt: now } } : result;
}

function dispatch(work: Work, edit: Edit, now: number): EditResult {
  switch (edit.kind) {
    case 'accept':
      return accept(work, edit.id);
    case 'reject':
      return reject(work, edit.id);
    case 'acceptAll':
      return acceptAll(work);
    case 'update':
      return update(work, edit.id, edit.fields);
    case 'merge':
      return merge(work, edit.ids);
    case 'split':
      return split(work, edit.id, edit.at);
    case 'addFromSelection':
      return addFromSelection(work, edit.start, edit.end, now);
    case 'addCategory':
      return addCategory(work, edit.label, edit.color);
    case 'renameCategory':
      return renameCategory(work, edit.id, edit.label);
    case 'recolorCategory':
      return recolorCategory(work, edit.id, edit.color);
    case 'removeCategory':
      return removeCategory(work, edit.id, edit.moveTo);
  }
}

function accept(work: Work, id: string): EditResult {
  const e = eventById(work, id);
  if ('ok' in e) return e;
  if (e.status === 'checked') return refuse(`"${e.title}" is already checked.`);
  return { ok: true, work: replaceEvent(work, id, { ...e, status: 'checked' }) };
}

function reject(work: Work, id: string): EditResult {
  const e = eventById(work, id);
  if ('ok' in e) return e;
  return { ok: true, work: replaceEvent(work, id, null) };
}

function acceptAll(work: Work): EditResult {
  if (!work.events.some((e) => e.status === 'draft')) return refuse('There are no drafts left to check.');
  const events = work.events.map((e): WorkEvent => (e.status === 'draft' ? { ...e, status: 'checked' } : e));
  return { ok: true, work: { ...work, events } };
}

function checkCategories(ids: readonly string[], categories: readonly Category[]): string | null {
  if (ids.length === 0) return 'Categories: an event needs at least one category.';
  const unknown = ids.find((id) => !categories.some((c) => c.id === id));
  return unknown === undefined ? null : `Categories: there is no category ${JSON.stringify(unknown)}.`;
}

/** Checks each given field with the editor's own checks; the first invalid one refuses the edit. */
function update(work: Work, id: string, fields: Partial<EventFields>): EditResult {
  const e = eventById(work, id);
  if ('ok' in e) return e;
  let next: WorkEvent = { ...e };
  const field = (name: string, r: { ok: false; message: string }) => refuse(`${name}: ${r.message}`);
  if (fields.title !== undefined) {
    const r = checkTitle(fields.title);
    if (!r.ok) return field('Title', r);
    next.title = r.value;
  }
  if (fields.date !== undefined) {
    const r = checkDate(fields.date);
    if (!r.ok) return field('Date', r);
    // How the engine drafted the date no longer explains a date the person chose.
    if (r.value !== e.date) next = { ...withoutDateProvenance(next), date: r.value };
  }
  if (fields.categories !== undefined) {
    const bad = checkCategories(fields.categories, work.categories);
    if (bad) return refuse(bad);
    next.categories = [...new Set(fields.categories)];
  }
  if (fields.actors !== undefined) {
    const r = checkActorList(fields.actors);
    if (!r.ok) return field('Actors', r);
    next.actors = r.value;
  }
  if (fields.attribution !== undefined) {
    const r = checkAttribution(fields.attribution);
    if (!r.ok) return field('Attribution', r);
    next.attribution = r.value;
  }
  if (fields.note !== undefined) {
    const r = checkNote(fields.note);
    if (!r.ok) return field('Note', r);
    if (r.value === '') delete next.note;
    else next.note = r.value;
  }
  return { ok: true, work: replaceEvent(work, id, next) };
}
