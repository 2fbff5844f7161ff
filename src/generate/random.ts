/**
 * Seeded randomness for generated datasets. Every draw comes from one stream, so a seed replays
 * the same dataset on every machine; nothing here may call Math.random or read the clock.
 */

/** Returns a number in [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny 32-bit generator, good enough for test data and identical everywhere. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max], both included. */
export function intBetween(rand: Random, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

export function pick<T>(rand: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: no items to pick from');
  return items[Math.floor(rand() * items.length)]!;
}

/** True with probability `p`. */
export function chance(rand: Random, p: number): boolean {
  return rand() < p;
}

/** A standard normal draw (Box–Muller). */
export function normal(rand: Random): number {
  const u = 1 - rand(); // (0, 1], so the log is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Picks by relative weight; build once, draw many times. */
export function weighted<T>(items: readonly (readonly [T, number])[]): (rand: Random) => T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  if (items.length === 0 || !(total > 0)) throw new Error('weighted: needs at least one positive weight');
  const cumulative: number[] = [];
  let running = 0;
  for (const [, w] of items) cumulative.push((running += w / total));
  return (rand) => {
    const r = rand();
    const i = cumulative.findIndex((c) => r < c);
    return items[i < 0 ? items.length - 1 : i]![0];
  };
}
