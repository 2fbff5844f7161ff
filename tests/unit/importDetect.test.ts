import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/dataset';
import { parseCsvRows } from '../../src/import/csv';
import { detectAndConvert, detectFormat, titleFromFileName } from '../../src/import/detect';
import { summaryLine } from '../../src/import/types';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectFormat', () => {
  it('tells the formats apart by content, not by name', () => {
    const tl = JSON.stringify({ events: [{ start_date: { year: 2000 }, text: { headline: 'x' } }] });
    const vis = JSON.stringify([{ id: 1, content: 'x', start: '2020-01-01' }]);
    expect(detectFormat('anything.txt', bytes(tl))?.format).toBe('timelinejs-json');
    expect(detectFormat('data.json', bytes(vis))?.format).toBe('vis-items');
    expect(detectFormat('data.json', bytes(JSON.stringify({ items: JSON.parse(vis) as unknown })))?.format).toBe(
      'vis-items',
    );
    expect(detectFormat('sheet.txt', bytes('Year,Month,Headline\n2000,,x'))?.format).toBe('timelinejs-csv');
    expect(detectFormat('sheet.csv', bytes('"YEAR","HEADLINE"\n2000,x'))?.format).toBe('timelinejs-csv');
  });

  it('returns null for the app own dataset, broken JSON, other CSVs and other zip files', () => {
    const own = readFileSync('data/events.json');
    expect(detectFormat('events.json', own)).toBeNull();
    expect(detectFormat('x.json', bytes('{"events": [{"start_date": '))).toBeNull();
    expect(detectFormat('x.json', bytes('{"events": []}'))).toBeNull();
    expect(detectFormat('x.csv', bytes('title,count\na,1'))).toBeNull();
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(detectFormat('report.docx', zip)).toBeNull();
    expect(detectFormat('timeline.XLSX', zip)?.format).toBe('timelinejs-xlsx');
  });

  it('names a timeline after its file when it has no title', () => {
    expect(titleFromFileName('/tmp/some dir/My timeline.json')).toBe('My timeline');
    expect(titleFromFileName('.json')).toBe('Imported timeline');
  });
});

// TimelineJS3's own examples, read from the installed package; never copied into this repository.
const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/src';
const EXAMPLES = [
  ...readdirSync(join(TIMELINEJS, 'template'))
    .filter((f) => /\.(json|csv)$/.test(f))
    .map((f) => join(TIMELINEJS, 'template', f)),
  ...readdirSync(join(TIMELINEJS, 'js/core/__tests__'))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => join(TIMELINEJS, 'js/core/__tests__', f)),
];

/** Slides in a TimelineJS file: JSON events and eras, or the non-blank, non-title rows of a CSV. */
function slidesIn(file: string): number {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    const json = JSON.parse(text) as { events: unknown[]; eras?: unknown[] };
    return json.events.length + (json.eras?.length ?? 0);
  }
  const [header, ...rows] = parseCsvRows(text);
  const type = header!.indexOf('Type');
  return rows.filter((row) => row.some((c) => c.trim() !== '') && row[type] !== 'title').length;
}

describe("TimelineJS3's own example files", () => {
  it('are all found where the package ships them', () => {
    expect(EXAMPLES.map((f) => f.slice(TIMELINEJS.length + 1)).sort()).toEqual([
      'js/core/__tests__/parser_test.csv',
      'js/core/__tests__/women_in_computing.csv',
      'template/all-media-types.json',
      'template/cosmo-mixed.json',
      'template/cosmo.json',
      'template/eras.json',
      'template/my-own-timeline.csv',
    ]);
  });

  it.each(EXAMPLES.filter((f) => !f.endsWith('parser_test.csv')))(
    '%s: every event is shown or named in a notice',
    async (file) => {
      const r = await detectAndConvert(file, readFileSync(file));
      expect(r).not.toBeNull();
      const notices = r!.ok ? r!.notices : (r!.notices ?? []);
      const shown = r!.ok ? r!.dataset.events.length : 0;
      if (r!.ok) expect(parseDataset(r!.dataset).ok).toBe(true);
      expect(shown + notices.filter((n) => n.endsWith('so it is left out.')).length).toBe(slidesIn(file));
    },
  );

  it('load with the results expected', async () => {
    const results = await Promise.all(
      EXAMPLES.map(async (f) => {
        const r = await detectAndConvert(f, readFileSync(f));
        return [f.split('/').pop(), r === null ? null : r.ok ? summaryLine(r) : r.message];
      }),
    );
    expect(Object.fromEntries(results)).toEqual({
      'all-media-types.json': 'Recognised a TimelineJS3 JSON timeline: 41 events',
      // Years before 1 AD load (-3500, -0300); cosmological ones, beyond ±9999, are named and left out.
      'cosmo-mixed.json': 'Recognised a TimelineJS3 JSON timeline: 7 events',
      'cosmo.json': 'Recognised a TimelineJS3 JSON timeline: 1 event',
      'eras.json': 'Recognised a TimelineJS3 JSON timeline: 23 events',
      'my-own-timeline.csv': 'Recognised a TimelineJS3 spreadsheet (CSV): 10 events',
      'women_in_computing.csv': 'Recognised a TimelineJS3 spreadsheet (CSV): 10 events',
      // A CSV-parser test file, not a timeline: left to the caller.
      'parser_test.csv': null,
    });
  });
});

describe('npm run convert', { timeout: 30_000 }, () => {
  const run = (...args: string[]) => {
    const r = spawnSync('node_modules/.bin/tsx', ['scripts/convert.ts', ...args], { encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('prints the summary and notices to stderr and the dataset to stdout', () => {
    const r = run('tests/fixtures/import/timeline.csv');
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'tests/fixtures/import/timeline.csv: Recognised a TimelineJS3 spreadsheet (CSV): 3 events\n' +
        '  “No year” (row 6): has no start date (a year at least), so it is left out.\n',
    );
    expect(parseDataset(JSON.parse(r.out)).ok).toBe(true);
  });

  it('writes --out, converting a workbook', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-'));
    try {
      const out = join(dir, 'events.json');
      const r = run('tests/fixtures/import/timeline.xlsx', '--out', out);
      expect(r.code).toBe(0);
      expect(r.out).toBe('');
      expect(r.err).toContain('Recognised a TimelineJS3 spreadsheet (Excel workbook): 3 events');
      expect(parseDataset(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails in one line, without a stack trace, on a file it cannot convert', () => {
    for (const args of [['data/events.json'], ['no/such/file.json'], []]) {
      const r = run(...args);
      expect(r.code).not.toBe(0);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});
