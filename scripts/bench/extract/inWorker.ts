/**
 * Timing the engines in real Chromium, inside a module worker as the app would run them: the
 * page in page/ is built with Vite into a folder under the system's temp dir (never the repo),
 * served by a small static server on 127.0.0.1, and driven through page.evaluate.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../chromium';
import { within } from '../browser';
import type { EngineName } from './engines';
import type { BenchText } from './inputs';
import { timing, warmUp, type RunPlan, type Timing } from './plan';
import type { PageRun } from './page/protocol';

const PAGE_ROOT = fileURLToPath(new URL('./page/', import.meta.url));
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

export interface WorkerTiming {
  readonly engine: Timing;
  readonly roundTrip: Timing;
  readonly outputs: number;
}

/** One text to time, under a key the page keeps it by. */
export interface WorkerCase {
  readonly key: string;
  readonly text: BenchText;
  readonly plan: RunPlan;
}

async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: PAGE_ROOT,
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: true },
  });
}

/** Serves the files of `dir` only; port 0 lets the system pick a free one. */
async function serveDir(dir: string): Promise<{ origin: string; server: Server }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    let body: Buffer;
    try {
      if (!file.startsWith(root + sep)) throw new Error('outside the served folder');
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static server has no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

/** Each run in its own page.evaluate, under a time limit that holds even if the worker hangs. */
async function runInPage(page: Page, engine: EngineName, key: string): Promise<PageRun> {
  const call = page.evaluate(([e, k]) => window.extractBench!.run(e, k), [engine, key] as const);
  return within(call, 120_000, `${engine} on ${key} in the worker`);
}

async function timeCases(page: Page, engine: EngineName, cases: readonly WorkerCase[]): Promise<WorkerTiming[]> {
  const out: WorkerTiming[] = [];
  for (const c of cases) {
    await page.evaluate(([k, t, d]) => window.extractBench!.load(k, t, d), [c.key, c.text.text, c.text.date] as const);
    await warmUp(c.plan, () => runInPage(page, engine, c.key));
    const runs: PageRun[] = [];
    for (let i = 0; i < c.plan.runs; i++) runs.push(await runInPage(page, engine, c.key));
    out.push({
      engine: timing(runs.map((r) => r.workerMs)),
      roundTrip: timing(runs.map((r) => r.roundTripMs)),
      outputs: runs.at(-1)?.outputs ?? 0,
    });
  }
  return out;
}

/** Builds and serves the page, then times `engine` on every case in one worker; cleans up after. */
export async function timeInWorker(
  engine: EngineName,
  cases: readonly WorkerCase[],
): Promise<{ timings: WorkerTiming[]; chromiumVersion: string }> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-extract-'));
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    await buildPage(outDir);
    const served = await serveDir(outDir);
    server = served.server;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${served.origin}/index.html`);
    await within(
      page.waitForFunction(() => window.extractBench !== undefined),
      30_000,
      () => `the benchmark page did not start${errors.length ? `: ${errors.join('; ')}` : ''}`,
    );
    return { timings: await timeCases(page, engine, cases), chromiumVersion: browser.version() };
  } finally {
    await browser?.close().catch(() => undefined);
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    rmSync(outDir, { recursive: true, force: true });
  }
}
