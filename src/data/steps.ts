/**
 * Work done in steps: a generator that yields between slices of its work, so the caller can spread
 * it over idle time or between frames, and returns its result at the end. These run one to the
 * end at once, and keep the items that pass a test a slice at a time.
 */

/** Runs `steps` to the end and returns its result. */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The items that pass `test`, in order, looking at `slice` of them between yields. */
export function* keepSteps<T>(
  items: readonly T[],
  test: (item: T, index: number) => boolean,
  slice: number,
): Generator<void, T[], void> {
  const out: T[] = [];
  for (let from = 0; from < items.length; from += slice) {
    if (from > 0) yield;
    for (let i = from, end = Math.min(items.length, from + slice); i < end; i++)
      if (test(items[i]!, i)) out.push(items[i]!);
  }
  return out;
}
