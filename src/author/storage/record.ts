/**
 * What is kept in IndexedDB for one work, and the check that makes a stored value a work again.
 * Anything read back is `unknown` until it passes: another version of the app, a browser
 * extension or a damaged profile may have left anything there.
 */
import * as v from 'valibot';
import { CategorySchema, EventSchema, SourceSchema } from '../../data/schema';
import type { Work } from '../model/work';

/** One stored work: `revision` counts its saves, so two tabs can tell when they disagree. */
export interface WorkRecord {
  readonly id: string;
  /** 1 after the first save; 0 means never saved. */
  readonly revision: number;
  readonly work: Work;
}

const WorkEventSchema = v.intersect([
  EventSchema,
  v.object({
    status: v.picklist(['draft', 'checked']),
    quoteStart: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
]);

const WorkSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  name: v.string(),
  createdAt: v.pipe(v.number(), v.finite()),
  updatedAt: v.pipe(v.number(), v.finite()),
  source: SourceSchema,
  categories: v.pipe(v.array(CategorySchema), v.minLength(1)),
  events: v.array(WorkEventSchema),
});

const RecordSchema = v.object({
  id: v.string(),
  revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
  work: WorkSchema,
});

/**
 * The stored value as a record, or undefined when it is not one: wrong shape, or an event whose
 * quote is not at its offset in the text.
 */
export function asRecord(value: unknown): WorkRecord | undefined {
  const parsed = v.safeParse(RecordSchema, value);
  if (!parsed.success) return undefined;
  const record = parsed.output;
  if (record.id !== record.work.id) return undefined;
  const { text } = record.work.source;
  const placed = record.work.events.every((e) => text.startsWith(e.quote, e.quoteStart));
  return placed ? record : undefined;
}

/** A work's revision as stored, even when the rest of the record cannot be read. */
export function revisionOf(value: unknown): number {
  if (typeof value !== 'object' || value === null || !('revision' in value)) return 0;
  const r = value.revision;
  return typeof r === 'number' && Number.isInteger(r) && r > 0 ? r : 0;
}
