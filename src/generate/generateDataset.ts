import { LIMITS, type DatasetInput, type EventInput } from '../data/schema';
import { Chronicle } from './chronicle';
import { makeTimeModel, sampleDay } from './dates';
import { makeEvent } from './event';
import { chance, mulberry32, weighted } from './random';
import { CATEGORIES, CATEGORY_WEIGHTS } from './vocabulary';

/**
 * A seeded generator of large, valid datasets in the app's own format, for benchmarks and
 * tests: a generated chronicle of a fictional region (source.text) and events that each quote
 * one sentence of it. Pure: the same options always give the same dataset, on any machine.
 */

export interface GenerateOptions {
  /** How many events, from 1 to MAX_COUNT. */
  readonly count: number;
  /** Any whole number; it is taken modulo 2^32. */
  readonly seed: number;
  /** The events fall in whole years from 1 January of this year. Default 2024. */
  readonly startYear?: number;
  /** Default 2. */
  readonly years?: number;
}

/** About as many events as fit in source.text's length limit. */
export const MAX_COUNT = 150_000;

/** How often an event in a burst shares the burst's story category. */
const BURST_CATEGORY_SHARE = 0.65;

function checkOptions({ count, seed, startYear = 2024, years = 2 }: GenerateOptions): Required<GenerateOptions> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT)
    throw new RangeError(`count must be a whole number from 1 to ${MAX_COUNT}, not ${count}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);
  if (!Number.isInteger(startYear) || startYear < 1000 || startYear > 9000)
    throw new RangeError(`startYear must be a year from 1000 to 9000, not ${startYear}`);
  if (!Number.isInteger(years) || years < 1 || years > 20)
    throw new RangeError(`years must be a whole number from 1 to 20, not ${years}`);
  return { count, seed, startYear, years };
}

/**
 * Generates a dataset of `count` events spread over `years` years, in bursts and quiet
 * stretches, dated to the day, month or year, as intervals (a few open-ended) and sometimes
 * qualified (~ ? %), in eight categories (some events in two), with a source text in which each
 * event's quote occurs exactly once. The result passes parseDataset.
 */
export function generateDataset(options: GenerateOptions): DatasetInput {
  const { count, seed, startYear, years } = checkOptions(options);
  const rand = mulberry32(seed);
  const pickCategory = weighted(CATEGORY_WEIGHTS.map((w, i) => [i, w] as const));
  const model = makeTimeModel(rand, startYear, years, pickCategory);
  const pickBurst = weighted(model.bursts.map((b) => [b, b.weight] as const));

  const drafts: { day: number; category: number }[] = [];
  for (let i = 0; i < count; i++) {
    const { day, burst } = sampleDay(rand, model, pickBurst);
    const category = burst && chance(rand, BURST_CATEGORY_SHARE) ? burst.category : pickCategory(rand);
    drafts.push({ day, category });
  }
  // Dispatch numbers run in date order through the chronicle (the sort is stable).
  drafts.sort((x, y) => x.day - y.day);

  const lastYear = startYear + years - 1;
  const yearsText = years === 1 ? String(startYear) : `${startYear}–${lastYear}`;
  const chronicle = new Chronicle(
    rand,
    `This chronicle was generated to test article-timeline. It reports ${count} events in a fictional region ` +
      `in ${yearsText}; none of them happened. Each event quotes one sentence of it.`,
  );
  const events: EventInput[] = drafts.map(({ day, category }, i) => {
    const event = makeEvent(rand, i + 1, day, category, pickCategory);
    chronicle.add(day, event.quote);
    return event;
  });

  const text = chronicle.text();
  if (text.length > LIMITS.textLength)
    throw new RangeError(`the generated text is ${text.length} characters, over the limit of ${LIMITS.textLength}`);
  return {
    source: {
      title: `A generated chronicle: ${count} events, ${yearsText} (seed ${seed})`,
      author: 'article-timeline data generator',
      publisher: 'article-timeline benchmarks',
      dateline: 'NORTHPORT',
      framing: 'Generated test data about a fictional region: no event in it happened and no person in it exists.',
      text,
    },
    categories: CATEGORIES.map((c) => ({ ...c })),
    events,
  };
}
