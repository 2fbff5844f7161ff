import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/data/datasetText';
import type { DatasetInput } from '../../src/data/schema';

// npm run -s extract -- <file> [--date YYYY-MM-DD] [--out draft.json] [--timexes], run as a process:
// what it prints, writes and exits with. Each spawn of tsx costs about a second, so every run is
// made once (see `once`) and shared by the tests that look at it.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SEED = join(ROOT, '..', 'shared', 'seed', 'article.txt');

interface Run {
  code: number | null;
  out: string;
  err: string;
  ms: number;
}

function run(script: string, ...args: string[]): Run {
  const started = Date.now();
  const r = spawnSync(TSX, [script, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: Date.now() - started };
}

const extract = (...args: string[]) => run('scripts/extract.ts', ...args);

/** A run made the first time a test asks for it, then shared. */
function once(f: () => Run): () => Run {
  let result: Run | undefined;
  return () => (result ??= f());
}

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));

function file(name: string, contents: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}

/**
 * The draft as written, once the app's own loader has accepted it (else the test fails with the
 * first problems). The raw JSON, because the loaded dataset keeps only the fields the app draws.
 */
function loads(text: string): DatasetInput {
  const result = parseDatasetText(text);
  if (!result.ok) expect.fail(`the draft does not load: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return JSON.parse(text) as DatasetInput;
}

const DATE_SOURCES = ['sentence', 'heading', 'framing', 'document date'];

/** What every drafted event carries, and that every quote is in source.text verbatim. */
function expectDraftEvents(dataset: DatasetInput): void {
  expect(dataset.events.length).toBeGreaterThan(0);
  for (const e of dataset.events) {
    const where = `event ${e.id}`;
    expect(e.status, where).toBe('draft');
    expect(DATE_SOURCES, where).toContain(e.dateSource);
    expect(typeof e.confidence, where).toBe('number');
    expect(e.confidence, where).toBeGreaterThanOrEqual(0);
    expect(e.confidence, where).toBeLessThanOrEqual(1);
    expect(dataset.source.text.includes(e.quote), `${where}: quote is not verbatim in source.text`).toBe(true);
    // A date read from words names those words; a date from the passage itself quotes them.
    if (e.dateSource === 'sentence' || e.dateSource === 'heading') {
      expect(typeof e.dateText, where).toBe('string');
      expect(e.dateText!.trim(), where).not.toBe('');
    }
    if (e.dateSource === 'sentence') expect(e.quote, where).toContain(e.dateText);
  }
}

/** One clear line on stderr, nothing on stdout, no stack trace, a non-zero exit. */
function expectOneLineError(r: Run, message: RegExp, code?: number): void {
  if (code === undefined) expect(r.code).not.toBe(0);
  else expect(r.code).toBe(code);
  expect(r.code).not.toBeNull(); // exited, not killed
  expect(r.out).toBe('');
  expect(r.err).not.toMatch(/^ {4}at /m);
  const lines = r.err.replace(/\r?\n$/, '').split(/\r?\n/);
  expect(lines).toHaveLength(1);
  expect(lines[0]!.trim()).not.toBe('');
  expect(lines[0]).toMatch(message);
}

// CRLF line ends, and before every date: curly quotes, an em dash and an emoji (a surrogate
// pair), so byte offsets, code point offsets and UTF-16 offsets all differ.
const CRLF_TEXT = [
  '“Talks Resume” — A Report from the Capital 🚀',
  '',
  'The minister — speaking through an interpreter 🙂 — said the talks “collapsed” last July.',
  '',
  'Officials met on Friday to sign the new accord, the ministry said. 🚀',
  '',
  'The two countries have been at odds for three years, and the envoys met again on March 3, 2013.',
  '',
].join('\r\n');

describe('npm run extract', { timeout: 60_000 }, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('drafting the seed article', () => {
    const out = join(dir, 'draft.json');
    const toStdout = once(() => extract(SEED));
    const toFile = once(() => extract(SEED, '--out', out));

    it('writes a dataset on stdout that loads, framed on 2025, with at least 18 draft events', () => {
      const r = toStdout();
      expect(r.err).not.toMatch(/^ {4}at /m);
      expect(r.code).toBe(0);
      const dataset = loads(r.out);
      expect(dataset.source.documentDate).toMatchObject({ value: '2025', source: 'framing' });
      expect(typeof dataset.source.documentDate!.evidence).toBe('string');
      expect(dataset.events.length).toBeGreaterThanOrEqual(18);
      expectDraftEvents(dataset);
    });

    it('with --out writes the file and prints nothing on stdout', () => {
      const r = toFile();
      expect(r.code).toBe(0);
      expect(r.out).toBe('');
      expect(existsSync(out)).toBe(true);
      const written = readFileSync(out, 'utf8');
      const dataset = loads(written);
      expect(dataset.events.length).toBeGreaterThanOrEqual(18);
      expectDraftEvents(dataset);
      // The same draft either way.
      expect(JSON.parse(written)).toEqual(JSON.parse(toStdout().out));
    });

    it('writes a file that npm run validate accepts', () => {
      expect(toFile().code).toBe(0);
      const r = run('scripts/validate.ts', out);
      expect(r.err).toBe('');
      expect(r.out).toMatch(/: OK, \d+ events? in \d+ categor/);
      expect(r.code).toBe(0);
    });
  });

  describe('a text with CRLF line ends and non-ASCII characters, dated 2013-03-15', () => {
    const path = file('crlf.txt', CRLF_TEXT);

    it('is the text the test means: CRLF, and an em dash, curly quotes and an emoji before dates', () => {
      const text = readFileSync(path, 'utf8');
      expect(text).toBe(CRLF_TEXT);
      expect(text).toContain('\r\n');
      const firstDate = text.indexOf('last July');
      for (const c of ['“', '”', '—', '🚀']) expect(text.indexOf(c)).toBeLessThan(firstDate);
    });

    it('--timexes lists every time expression with offsets into the file text as read', () => {
      const r = extract(path, '--date', '2013-03-15', '--timexes');
      expect(r.err).not.toMatch(/^ {4}at /m);
      expect(r.code).toBe(0);
      const fileText = readFileSync(path, 'utf8');
      const timexes = JSON.parse(r.out) as unknown;
      expect(Array.isArray(timexes)).toBe(true);
      const items = timexes as Record<string, unknown>[];
      expect(items.length).toBeGreaterThanOrEqual(4);
      for (const t of items) {
        expect(Object.keys(t).sort()).toEqual(['end', 'start', 'text', 'type', 'value']);
        expect(Number.isInteger(t['start'])).toBe(true);
        expect(Number.isInteger(t['end'])).toBe(true);
        expect(t['start'] as number).toBeLessThan(t['end'] as number);
        expect(['date', 'time', 'duration', 'set']).toContain(t['type']);
        expect(typeof t['value']).toBe('string');
        expect(fileText.slice(t['start'] as number, t['end'] as number)).toBe(t['text']);
      }
      // The expression inside each phrase; whether "on" or "for" is part of it is the CLI's choice.
      const within = (phrase: string) => {
        const at = fileText.indexOf(phrase);
        expect(at, phrase).toBeGreaterThanOrEqual(0);
        const found = items.filter((t) => (t['start'] as number) < at + phrase.length && (t['end'] as number) > at);
        expect(found, `one time expression in "${phrase}"`).toHaveLength(1);
        return found[0]!;
      };
      expect(within('last July')).toMatchObject({ text: 'last July', type: 'date', value: '2012-07' });
      expect(within('on Friday')).toMatchObject({ type: 'date', value: '2013-03-15' });
      expect(within('for three years')).toMatchObject({ type: 'duration', value: 'P3Y' });
      expect(within('March 3, 2013')).toMatchObject({ text: 'March 3, 2013', type: 'date', value: '2013-03-03' });
    });

    it('drafts a dataset that loads, dated by the flag, with every quote verbatim', () => {
      const r = extract(path, '--date', '2013-03-15');
      expect(r.code).toBe(0);
      const dataset = loads(r.out);
      expect(dataset.source.documentDate).toMatchObject({ value: '2013-03-15', source: 'flag' });
      expectDraftEvents(dataset);
      expect(dataset.events.map((e) => e.date)).toContain('2013-03-03');
    });
  });

  it('drafts an HTML page dated by its metadata, without the text of its scripts or nav', () => {
    const page = [
      '<!doctype html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      '<title>Talks resume after long pause | The Daily Example</title>',
      '<meta property="article:published_time" content="2013-03-15T09:00:00Z">',
      '<script>window.tracker = "SCRIPT_TEXT_MARKER"; console.log("SCRIPT_TEXT_MARKER");</script>',
      '</head>',
      '<body>',
      '<nav><a href="/">Home</a> <a href="/world">NAV_WORLD_LINK</a> <a href="/sport">NAV_SPORT_LINK</a></nav>',
      '<article>',
      '<h1>Talks resume after long pause</h1>',
      '<p>The foreign minister said on Friday that negotiations between the two countries would resume next month in Geneva, after a pause of more than a year.</p>',
      '<p>Last July, the talks broke down over the question of border checkpoints, and both delegations left the city without a joint statement.</p>',
      '<p>On March 3, 2013, the two presidents spoke by telephone for the first time since the breakdown, according to officials in both capitals.</p>',
      '<p>Analysts said the renewed contact was a sign that both sides wanted an agreement before the elections scheduled for the autumn.</p>',
      '</article>',
      '<script>document.write("SCRIPT_TEXT_MARKER")</script>',
      '</body>',
      '</html>',
      '',
    ].join('\n');
    const r = extract(file('page.html', page));
    expect(r.err).not.toMatch(/^ {4}at /m);
    expect(r.code).toBe(0);
    const dataset = loads(r.out);
    expect(dataset.source.documentDate).toMatchObject({ value: '2013-03-15', source: 'metadata' });
    expect(dataset.source.text).toContain('Last July, the talks broke down');
    expect(dataset.source.text).not.toMatch(/SCRIPT_TEXT_MARKER|window\.tracker|document\.write/);
    expect(dataset.source.text).not.toMatch(/NAV_WORLD_LINK|NAV_SPORT_LINK/);
    expectDraftEvents(dataset);
    expect(dataset.events.map((e) => e.date)).toEqual(expect.arrayContaining(['2012-07', '2013-03-03']));
  });

  describe('bad input: one clear line on stderr and a non-zero exit', () => {
    it('an empty file', () => {
      expectOneLineError(extract(file('empty.txt', '')), /empty/i);
    });

    it('a binary file', () => {
      const png = Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
        0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00,
      ]);
      expectOneLineError(extract(file('image.txt', png)), /binary|not text/i);
    });

    it('a 50 MB file, by its size', () => {
      const path = file('huge.txt', '');
      truncateSync(path, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
      const r = extract(path);
      expectOneLineError(r, /too large|MB/i);
      expect(r.ms).toBeLessThan(20_000);
    });

    it('a text with no dates', () => {
      const r = extract(file('no-dates.txt', 'The committee met and talked about the weather.\n'));
      expectOneLineError(r, /no dated happening|nothing/i);
    });

    it('an unknown flag: exit 2, naming the flag', () => {
      const r = extract(file('unknown-flag.txt', CRLF_TEXT), '--frobnicate');
      expectOneLineError(r, /unknown option/i, 2);
      expect(r.err).toContain('--frobnicate');
    });

    const badDate = once(() => extract(file('bad-date.txt', CRLF_TEXT), '--date', '2025-02-30'));

    it('a --date that is not a day of the calendar', () => {
      const r = badDate();
      expectOneLineError(r, /--date/);
      expect(r.err).toContain('2025-02-30');
    });

    it('names the --date flag once, not twice', () => {
      expect(badDate().err).not.toContain('--date --date');
    });

    it('a missing file', () => {
      const missing = join(dir, 'no-such-article.txt');
      const r = extract(missing);
      expectOneLineError(r, /no such file|cannot be read|not found/i);
      expect(r.err).toContain('no-such-article.txt');
    });
  });
});
