/**
 * Where the time goes: records a Chromium trace and a V8 CPU profile of one app loading one
 * dataset, then of the benchmark's zoom gesture, and prints self time by trace event type per
 * renderer thread and by JavaScript function. The build is not minified, so names stay readable.
 *
 *   npx tsx scripts/bench/trace.ts --size 10000 [--app ours|vis] [--seed 1] [--timeout 60]
 *   npx tsx scripts/bench/trace.ts --size article      # the bundled data/events.json
 *
 * Writes the trace (open it in Chromium DevTools' Performance panel) and the .cpuprofile files
 * to bench-results/trace/. The figures are slower than `npm run bench` (tracing costs time).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser, VIEWPORT, within } from './browser';
import { buildPages, serve, VIS_DIR, writeDataset } from './build';
import { plotCentre, zoomGesture } from './gestures';
import { RECORDER_SCRIPT } from './inPage';
import { openUntilReady, pageFailure } from './measure';
import { hotFunctions, summariseTrace, type CpuProfile } from './traceSummary';

const OUT = 'bench-results/trace';
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8.execute',
  'blink.user_timing',
  'loading',
].join(',');

const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;

async function recorded<T>(browser: Browser, page: Page, cdp: CDPSession, name: string, run: () => Promise<T>) {
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
  await cdp.send('Profiler.start');
  let result: T;
  try {
    result = await run();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    const trace = (await browser.stopTracing()).toString('utf8');
    writeFileSync(join(OUT, `${name}.cpuprofile`), JSON.stringify(profile));
    writeFileSync(join(OUT, `${name}.trace.json`), trace);
    print(name, JSON.parse(trace) as unknown, profile as CpuProfile);
  }
  return result;
}

function print(name: string, trace: unknown, profile: CpuProfile): void {
  console.log(`\n== ${name} ==`);
  for (const t of summariseTrace(trace)) {
    console.log(`${t.thread}: busy ${ms(t.busyMs)}; self time by event:`);
    for (const [event, x] of t.selfMs.filter(([, x]) => x >= 1)) console.log(`  ${ms(x).padStart(10)}  ${event}`);
  }
  console.log('JavaScript self time by function:');
  for (const [fn, x] of hotFunctions(profile).filter(([, x]) => x >= 1)) console.log(`  ${ms(x).padStart(10)}  ${fn}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10000' },
      app: { type: 'string', default: 'ours' },
      seed: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '60' },
    },
    strict: true,
  });
  if (values.app !== 'ours' && values.app !== 'vis') throw new Error('--app must be "ours" or "vis"');
  const root = process.cwd();
  const dist = join(OUT, 'dist');
  mkdirSync(resolve(root, OUT), { recursive: true });
  console.error('Building without minifying…');
  await buildPages(root, dist, false);
  const article = values.size === 'article';
  const path = article ? '/data/events.json' : writeDataset(root, Number(values.size), Number(values.seed), dist).path;
  // A same-origin page to start from, so the profiler is attached to the renderer that loads the app.
  writeFileSync(resolve(root, dist, 'blank.html'), '<!doctype html><title>blank</title>');
  const server = await serve(root, dist);
  const { browser, close } = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const failed = pageFailure(page);
    await page.addInitScript({ content: RECORDER_SCRIPT });
    await page.goto(`${server.origin}/blank.html`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    const url =
      values.app === 'vis'
        ? `${server.origin}/${VIS_DIR}/?data=${path}`
        : `${server.origin}/${article ? '' : `?data=${path}`}`;
    const name = `${values.app}-${values.size}`;
    const { readyMs, interactiveMs } = await recorded(browser, page, cdp, `${name}-load`, () =>
      openUntilReady(page, url, Number(values.timeout) * 1000, failed),
    );
    console.log(`\nReady at ${ms(readyMs)}, interactive at ${ms(interactiveMs)} after navigation (traced).`);
    const at = await plotCentre(page);
    const zoom = await recorded(browser, page, cdp, `${name}-zoom`, () =>
      within(zoomGesture(page, at, 30_000), 120_000, 'the zoom'),
    );
    console.log(`\nZoom: ${zoom.steps} steps, frame p95 ${ms(zoom.p95Ms)}, longest task ${ms(zoom.longestTaskMs)}.`);
    console.error(`Traces and profiles: ${OUT}/${name}-*`);
  } finally {
    await close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`trace: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
