import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../src/data/schema';
import { BROKEN, HOSTILE_DIR, readFixture } from './hostileCorpus';

// tests/unit/tools.test.ts covers the basics of npm run validate; this runs it over the corpus.

function validate(...files: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...files], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

const fixture = (file: string) => join(HOSTILE_DIR, file);

describe('npm run validate on the hostile corpus', { timeout: 30_000 }, () => {
  it('prints every problem of every broken file, one line each, in one run, and exits 1', () => {
    const r = validate(...BROKEN.map(([file]) => fixture(file)));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(lines(r.err)).toEqual(
      BROKEN.flatMap(([file, problems]) => [
        `${fixture(file)}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
        ...problems.map((p) => `  ${p}`),
      ]),
    );
  });

  it('accepts the valid files, markup and __proto__ keys included, and exits 0', () => {
    const r = validate(fixture('valid.json'), fixture('markup-in-every-text-field.json'), fixture('proto-keys.json'));
    expect(r.err).toBe('');
    expect(lines(r.out)).toEqual([
      `${fixture('valid.json')}: OK, 9 events in 8 categories`,
      `${fixture('markup-in-every-text-field.json')}: OK, 9 events in 8 categories`,
      `${fixture('proto-keys.json')}: OK, 9 events in 9 categories`,
    ]);
    expect(r.code).toBe(0);
  });

  it('goes on past a bad or missing file to the rest, and exits 1', () => {
    const missing = fixture('no-such-file.json');
    const r = validate(fixture('many-problems.json'), missing, fixture('valid.json'));
    expect(r.code).toBe(1);
    expect(lines(r.out)).toEqual([`${fixture('valid.json')}: OK, 9 events in 8 categories`]);
    const err = lines(r.err);
    expect(err[0]).toBe(`${fixture('many-problems.json')}: 8 problems`);
    expect(err.slice(1, 9).every((line) => line.startsWith('  '))).toBe(true);
    expect(err.slice(9)).toEqual([`${missing}: cannot be read (ENOENT)`]);
  });

  it('reports a 10 MB title in one short line', () => {
    const d = JSON.parse(readFixture('valid.json')) as DatasetInput;
    d.events[4]!.title = 'A'.repeat(10 * 1024 * 1024);
    const dir = mkdtempSync(join(tmpdir(), 'validate-hostile-'));
    const file = join(dir, 'huge-title.json');
    writeFileSync(file, JSON.stringify(d));
    const r = validate(file);
    rmSync(dir, { recursive: true });
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([
      `${file}: 1 problem`,
      '  Event "putin-xi-visit-moscow" (events[4]), field "title": is 10485760 characters long; at most 300 are allowed.',
    ]);
  });
});
