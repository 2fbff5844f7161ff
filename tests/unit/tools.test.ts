import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/data/jsonSchema';
import { smallDataset } from './fixtures';

function validate(...files: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...files], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('docs/events.schema.json', () => {
  it('is the schema generated from the source of truth (run `npm run schema` if this fails)', () => {
    const committed = JSON.parse(readFileSync('docs/events.schema.json', 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(datasetJsonSchema())));
  });

  it('names the required fields of an event', () => {
    const schema = datasetJsonSchema() as { properties: { events: { items: { required: string[] } } } };
    expect(schema.properties.events.items.required).toEqual([
      'id',
      'title',
      'date',
      'categories',
      'actors',
      'attribution',
      'quote',
    ]);
  });
});

describe('npm run validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'validate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the bundled dataset', () => {
    const r = validate('data/events.json');
    expect(r.code).toBe(0);
    expect(r.out).toContain('data/events.json: OK, 20 events in 8 categories');
  });

  it("prints every problem with the app's messages and exits non-zero", () => {
    const d = smallDataset();
    d.events[0]!.date = '2025-13';
    d.events[2]!.categories = ['nope'];
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(d));
    const r = validate(file);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}: 2 problems`);
    expect(r.err).toContain(
      'Event "first-thing" (events[0]), field "date": "2025-13" is not a valid EDTF date: month 13 does not exist.',
    );
    expect(r.err).toContain(
      'Event "talks" (events[2]), field "categories[0]": "nope" is not a known category (known: bilateral, un).',
    );
  });

  it('reports JSON syntax errors with line and column', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "source": [\n}');
    const r = validate(file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Not valid JSON at line 3, column 1: expected a value');
  });
});
