/**
 * npm run bench: builds the app and a vis-timeline page, serves both with `vite preview` on
 * 127.0.0.1, and measures each on the article's dataset and on generated ones in headless
 * Chromium. Prints the tables, writes raw results to bench-results/ and the tables to
 * docs/performance.md.
 *
 *   npm run bench                                   # article, 20, 1,000, 10,000, 100,000 events; 3 runs
 *   npm run bench -- --sizes article,20,1000 --runs 1 --no-docs   # a quick look
 *
 * Options: --sizes (comma-separated; "article" is data/events.json), --runs, --seed,
 * --timeout (s to ready, default 60), --gesture-limit (s per gesture, default 30),
 * --only ours|vis, --no-docs, --out (folder for raw JSON, default bench-results), --verbose,
 * --report <raw JSON> (print and write the tables of an earlier run again, without measuring).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSizes, buildPages, DIST, serve, VIS_DIR, writeDataset } from './build';
import { chromiumVersion, CHROMIUM_PATH } from './browser';
import { idleFrames } from './gestures';
import { runOnce, type RunResult } from './measure';
import { setVerbose } from './stage';
import { markdownReport, writeDocs, type BenchMeta, type CaseResult } from './report';
import { summarise } from './summary';

const DEFAULT_SIZES = 'article,20,1000,10000,100000';

interface Options {
  readonly sizes: readonly string[];
  readonly runs: number;
  readonly seed: number;
  readonly readyLimitS: number;
  readonly gestureLimitS: number;
  readonly apps: readonly ('ours' | 'vis')[];
  readonly docs: boolean;
  readonly out: string;
  readonly verbose: boolean;
  /** A raw results file to render again instead of measuring. */
  readonly report: string | undefined;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: DEFAULT_SIZES },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '60' },
      'gesture-limit': { type: 'string', default: '30' },
      only: { type: 'string' },
      'no-docs': { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench-results' },
      verbose: { type: 'boolean', default: false },
      report: { type: 'string' },
    },
    strict: true,
  });
  const positive = (name: string, raw: string) => {
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not "${raw}"`);
    return n;
  };
  const sizes = values.sizes.split(',').map((s) => s.trim().replaceAll('_', ''));
  for (const s of sizes)
    if (s !== 'article' && !/^[1-9]\d*$/.test(s)) throw new Error(`--sizes: "${s}" is neither "article" nor a count`);
  if (values.only !== undefined && values.only !== 'ours' && values.only !== 'vis')
    throw new Error(`--only must be "ours" or "vis", not "${values.only}"`);
  return {
    sizes,
    runs: Math.round(positive('runs', values.runs)),
    seed: Math.round(Number(values.seed)),
    readyLimitS: positive('timeout', values.timeout),
    gestureLimitS: positive('gesture-limit', values['gesture-limit']),
    apps: values.only ? [values.only] : ['ours', 'vis'],
    docs: !values['no-docs'],
    out: values.out,
    verbose: values.verbose,
    report: values.report,
  };
}

interface CaseSpec {
  readonly label: string;
  readonly events: number;
  readonly dataPath: string;
  readonly dataBytes: number;
}

function prepareCase(root: string, size: string, seed: number): CaseSpec {
  if (size === 'article') {
    const text = readFileSync(join(root, 'data/events.json'), 'utf8');
    const events = (JSON.parse(text) as { events: unknown[] }).events.length;
    return { label: 'article', events, dataPath: '/data/events.json', dataBytes: Buffer.byteLength(text) };
  }
  const count = Number(size);
  const { path, bytes } = writeDataset(root, count, seed);
  return { label: size, events: count, dataPath: path, dataBytes: bytes };
}

function urlFor(origin: string, app: 'ours' | 'vis', c: CaseSpec): string {
  if (app === 'vis') return `${origin}/${VIS_DIR}/?data=${c.dataPath}`;
  return c.label === 'article' ? `${origin}/` : `${origin}/?data=${c.dataPath}`;
}

function describe(r: RunResult): string {
  if (r.status === 'dnf') return `did not finish: ${r.note}`;
  if (r.status === 'error') return `failed: ${r.message}`;
  return (
    `ready ${Math.round(r.readyMs)} ms, heap ${r.heapMB.toFixed(1)} MB, ${r.domNodes} elements; ` +
    `zoom p95 ${r.zoom.p95Ms.toFixed(1)} ms (${r.zoom.steps}/${r.zoom.plannedSteps}), ` +
    `pan p95 ${r.pan.p95Ms.toFixed(1)} ms (${r.pan.steps}/${r.pan.plannedSteps})`
  );
}

const log = (s: string) => process.stderr.write(`${s}\n`);

async function main(): Promise<void> {
  const options = readOptions();
  setVerbose(options.verbose);
  if (options.report !== undefined) {
    const { meta, cases } = JSON.parse(readFileSync(options.report, 'utf8')) as {
      meta: BenchMeta;
      cases: CaseResult[];
    };
    publish(markdownReport(cases, meta), options.docs, process.cwd());
    return;
  }
  const root = process.cwd();
  if (!existsSync(join(root, 'package.json')) || !existsSync(join(root, 'src/generate')))
    throw new Error('run this from the repository root (npm run bench)');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
  const started = Date.now();
  const loadAverage = loadavg();

  log('Building the app and the vis-timeline page…');
  await buildPages(root);
  const sizes = {
    ours: bundleSizes(join(root, DIST)),
    vis: bundleSizes(join(root, DIST, VIS_DIR)),
  };
  log('Generating datasets…');
  const specs = options.sizes.map((s) => prepareCase(root, s, options.seed));

  const chromium = await chromiumVersion();
  const idle = await idleFrames();
  const server = await serve(root);
  const stop = () => void server.close().finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const cases: CaseResult[] = [];
  try {
    log(`Serving dist/ at ${server.origin}`);
    const limits = { readyMs: options.readyLimitS * 1000, gestureMs: options.gestureLimitS * 1000 };
    for (const spec of specs) {
      const runs: Record<'ours' | 'vis', RunResult[]> = { ours: [], vis: [] };
      for (let i = 0; i < options.runs; i++) {
        for (const app of options.apps) {
          // A case that failed once is reported as failed; its further runs would only repeat the wait.
          if (runs[app].some((r) => r.status !== 'ok')) continue;
          const result = await runOnce(urlFor(server.origin, app, spec), spec.dataPath, limits);
          runs[app].push(result);
          log(
            `[${spec.label}] ${app === 'ours' ? 'article-timeline' : 'vis-timeline'} run ${i + 1}/${options.runs}: ${describe(result)}`,
          );
        }
      }
      cases.push({
        label: spec.label,
        events: spec.events,
        dataBytes: spec.dataBytes,
        ours: summarise(runs.ours),
        vis: summarise(runs.vis),
        oursRuns: runs.ours,
        visRuns: runs.vis,
      });
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await server.close();
  }

  const meta: BenchMeta = {
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    date: execFileSync('date', ['-u'], { encoding: 'utf8' }).trim(),
    runs: options.runs,
    seed: options.seed,
    readyLimitS: options.readyLimitS,
    gestureLimitS: options.gestureLimitS,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
      memoryGB: totalmem() / 1024 ** 3,
      loadAverage,
      loadAverageEnd: loadavg(),
      node: process.version,
      chromium,
      os: `${osType()} ${release()}`,
    },
    idle,
    sizes,
    durationS: (Date.now() - started) / 1000,
  };
  const markdown = markdownReport(cases, meta);

  const outDir = resolve(options.out);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `bench-${new Date().toISOString().replaceAll(':', '-').replace(/\..*/, '')}.json`);
  writeFileSync(file, JSON.stringify({ meta, cases }, null, 2));
  log(`Raw results: ${file}`);
  publish(markdown, options.docs, root);
}

function publish(markdown: string, docs: boolean, root: string): void {
  console.log(`\n${markdown}\n`);
  if (!docs) return;
  writeDocs(join(root, 'docs/performance.md'), markdown);
  log('Tables written to docs/performance.md');
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
