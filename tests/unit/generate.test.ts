import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/data/datasetText';
import { parseEdtf } from '../../src/data/edtf';
import { generateDataset } from '../../src/generate/generateDataset';
import { mulberry32 } from '../../src/generate/random';

const COUNT = 2_000;
const dataset = generateDataset({ count: COUNT, seed: 7 });
const text = JSON.stringify(dataset);
const parsed = parseDatasetText(text);

const DAY_MS = 86_400_000;

describe('generateDataset', () => {
  it('produces a dataset that parseDatasetText accepts, with every event', () => {
    if (!parsed.ok)
      expect.fail(
        parsed.issues
          .slice(0, 5)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('\n'),
      );
    expect(parsed.dataset.events).toHaveLength(COUNT);
  });

  it('gives identical output for the same seed', () => {
    expect(JSON.stringify(generateDataset({ count: COUNT, seed: 7 }))).toBe(text);
  });

  it('gives different output for a different seed', () => {
    const other = generateDataset({ count: COUNT, seed: 8 });
    expect(other.events.map((e) => e.date)).not.toEqual(dataset.events.map((e) => e.date));
    expect(other.source.text).not.toBe(dataset.source.text);
  });

  it('quotes a different passage of the text in every event', () => {
    expect(new Set(dataset.events.map((e) => e.quote)).size).toBe(COUNT);
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(COUNT);
  });

  it('mixes day, month and year precision, intervals and qualifiers', () => {
    const kinds = new Map<string, number>();
    const count = (k: string) => kinds.set(k, (kinds.get(k) ?? 0) + 1);
    for (const e of dataset.events) {
      const r = parseEdtf(e.date);
      if (!r.ok) expect.fail(`${e.date}: ${r.error}`);
      const v = r.value;
      if (v.type === 'interval')
        count(
          v.end.type === 'open' ? 'open interval' : `${v.start.type === 'date' ? v.start.precision : '?'} interval`,
        );
      else {
        count(v.precision);
        if (v.approximate || v.uncertain) count('qualified');
      }
    }
    const share = (k: string) => (kinds.get(k) ?? 0) / COUNT;
    expect(share('day')).toBeGreaterThan(0.4);
    expect(share('month')).toBeGreaterThan(0.05);
    expect(share('year')).toBeGreaterThan(0.01);
    expect(share('day interval')).toBeGreaterThan(0.1);
    expect(share('month interval')).toBeGreaterThan(0.02);
    expect(share('qualified')).toBeGreaterThan(0.03);
  });

  it('uses every category, and gives some events more than one', () => {
    const used = new Set(dataset.events.flatMap((e) => e.categories));
    expect(used).toEqual(new Set(dataset.categories.map((c) => c.id)));
    expect(dataset.events.filter((e) => e.categories.length > 1).length).toBeGreaterThan(COUNT * 0.1);
  });

  it('clusters events in bursts and leaves quiet stretches', () => {
    if (!parsed.ok) return expect.fail('dataset did not parse');
    const { startMs, endMs } = parsed.dataset.extent;
    const weeks = new Array<number>(Math.ceil((endMs - startMs) / (7 * DAY_MS))).fill(0);
    for (const e of parsed.dataset.events) weeks[Math.floor((e.startMs - startMs) / (7 * DAY_MS))]! += 1;
    const mean = COUNT / weeks.length;
    // A uniform spread would keep every week near the mean; news does not.
    expect(Math.max(...weeks)).toBeGreaterThan(4 * mean);
    expect(weeks.filter((w) => w < mean / 4).length).toBeGreaterThan(3);
  });

  it('spreads events over the requested years', () => {
    const one = generateDataset({ count: 300, seed: 1, startYear: 2030, years: 1 });
    expect(one.events.every((e) => e.date.startsWith('2030'))).toBe(true);
  });

  it('refuses a count it cannot generate', () => {
    expect(() => generateDataset({ count: 0, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset({ count: 1.5, seed: 1 })).toThrow(RangeError);
  });
});

describe('mulberry32', () => {
  it('replays the same sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});
