/**
 * Writes a generated dataset to a file.
 *
 *   npm run gen -- --n 100000 --seed 1 --out bench-results/events-100000.json
 *
 * Options: --n (events, required), --seed (default 1), --out (file, required),
 * --start-year (default 2024), --years (default 2), --pretty (indent the JSON).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset, MAX_COUNT } from '../src/generate/generateDataset';

const USAGE = 'usage: npm run gen -- --n <events> --out <file> [--seed 1] [--start-year 2024] [--years 2] [--pretty]';

function wholeNumber(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined) {
    if (fallback === undefined) throw new Error(`--${name} is required`);
    return fallback;
  }
  const value = Number(raw.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isInteger(value)) throw new Error(`--${name} must be a whole number, not "${raw}"`);
  return value;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      n: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      'start-year': { type: 'string' },
      years: { type: 'string' },
      pretty: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const count = wholeNumber('n', values.n);
  if (count < 1 || count > MAX_COUNT) throw new Error(`--n must be from 1 to ${MAX_COUNT}`);
  if (!values.out) throw new Error('--out is required');
  const started = performance.now();
  const dataset = generateDataset({
    count,
    seed: wholeNumber('seed', values.seed, 1),
    startYear: wholeNumber('start-year', values['start-year'], 2024),
    years: wholeNumber('years', values.years, 2),
  });
  const json = JSON.stringify(dataset, null, values.pretty ? 2 : undefined);
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json + '\n');
  const mb = (Buffer.byteLength(json) / 1024 / 1024).toFixed(1);
  console.log(`Wrote ${count} events (${mb} MB) to ${out} in ${Math.round(performance.now() - started)} ms.`);
}

try {
  main();
} catch (error) {
  console.error(`gen: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exitCode = 1;
}
