import type { Page } from 'playwright-core';
import { launchBrowser, sleep, VIEWPORT, within } from './browser';
import { filterGesture, panGesture, plotCentre, searchGesture, zoomGesture, type GestureResult } from './gestures';
import { RECORDER_SCRIPT, type LongTask } from './inPage';
import { currentStage, stage, startRun } from './stage';

/**
 * One benchmark run: a fresh Chromium opens a page, waits for performance.mark('timeline-ready'),
 * reads the heap and DOM size, then zooms with the wheel and pans by dragging over #timeline-plot
 * while the page records its frames and long tasks. The browser is always closed.
 */

export interface RunLimits {
  /** Navigation to timeline-ready. */
  readonly readyMs: number;
  /** Each gesture stops taking further steps after this long. */
  readonly gestureMs: number;
}

export interface RunOk {
  readonly status: 'ok';
  /** From navigation start to the timeline-ready mark: the dataset's first draw is on screen. */
  readonly readyMs: number;
  /** From navigation start to the timeline-interactive mark: the page answers input (the same for vis-timeline). */
  readonly interactiveMs: number;
  /** When the dataset's response ended, from navigation start; null if not seen. */
  readonly dataLoadedMs: number | null;
  /** The longest long task before ready; 0 when there was none. */
  readonly loadLongestTaskMs: number;
  /** Used JS heap after a forced garbage collection, in MB (2^20 bytes). */
  readonly heapMB: number;
  readonly domNodes: number;
  readonly zoom: GestureResult;
  readonly pan: GestureResult;
  /** Typing into the search box and toggling a category; null where the page has neither. */
  readonly search: GestureResult | null;
  readonly filter: GestureResult | null;
}

export type RunResult =
  | RunOk
  | { readonly status: 'dnf'; readonly limitMs: number; readonly note: string }
  | { readonly status: 'error'; readonly message: string };

/** For steps that should take a moment but may wait on a busy page. */
const SLOW_STEP_MS = 60_000;

export class ReadyTimeout extends Error {}

async function heapAfterGcMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Rejects with the page's first uncaught error, or when the renderer crashes. */
export function pageFailure(page: Page): Promise<never> {
  const failed = new Promise<never>((_, reject) => {
    page.on('pageerror', (e) => reject(new Error(`uncaught ${e.name} in the page: ${e.message}`)));
    page.on('crash', () => reject(new Error('the page crashed (out of memory?)')));
  });
  failed.catch(() => undefined); // raced below; never unhandled
  return failed;
}

export interface Ready {
  /** The timeline-ready mark: the first draw of the dataset is on screen. */
  readonly readyMs: number;
  /** The timeline-interactive mark: the page answers input (later than ready when the first draw was rendered at build time). */
  readonly interactiveMs: number;
}

/** Navigates and polls until the page is interactive; returns both marks' times since navigation start. */
export async function openUntilReady(page: Page, url: string, limitMs: number, failed: Promise<never>): Promise<Ready> {
  let stopped = false;
  const poll = async (): Promise<Ready> => {
    await page.goto(url, { waitUntil: 'commit', timeout: 0 });
    while (!stopped) {
      const t = (await page.evaluate(
        `['timeline-ready', 'timeline-interactive'].map((n) => (performance.getEntriesByName(n)[0] || { startTime: null }).startTime)`,
      )) as [number | null, number | null];
      if (t[0] !== null && t[1] !== null) return { readyMs: t[0], interactiveMs: t[1] };
      await sleep(50);
    }
    return { readyMs: NaN, interactiveMs: NaN };
  };
  const polling = poll();
  polling.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadyTimeout(`not ready within ${Math.round(limitMs / 1000)} s`)), limitMs);
  });
  try {
    return await Promise.race([polling, limit, failed]);
  } finally {
    stopped = true;
    clearTimeout(timer);
  }
}

async function measurePage(page: Page, url: string, dataPath: string, limits: RunLimits): Promise<RunOk> {
  const failed = pageFailure(page);
  const guard = <T>(run: Promise<T>, ms: number, what: string) => Promise.race([within(run, ms, what), failed]);
  await page.addInitScript({ content: RECORDER_SCRIPT });
  stage(`opening ${url}`);
  const { readyMs, interactiveMs } = await openUntilReady(page, url, limits.readyMs, failed);

  stage(`ready at ${Math.round(readyMs)} ms, interactive at ${Math.round(interactiveMs)} ms; reading load figures`);
  const { dataLoadedMs, longTasks } = (await guard(
    page.evaluate(`(() => {
      const r = performance.getEntriesByType('resource').find((e) => e.name.endsWith(${JSON.stringify(dataPath)}));
      return { dataLoadedMs: r ? r.responseEnd : null, longTasks: window.__bench.longTasks() };
    })()`),
    SLOW_STEP_MS,
    'reading load figures',
  )) as { dataLoadedMs: number | null; longTasks: LongTask[] };
  const loadLongestTaskMs = longTasks
    .filter((t) => t.startMs < interactiveMs)
    .reduce((m, t) => Math.max(m, t.durationMs), 0);
  await sleep(300);
  stage('measuring the heap');
  const heapMB = await guard(heapAfterGcMB(page), SLOW_STEP_MS, 'measuring the heap');
  stage('counting elements');
  const domNodes = (await guard(
    page.evaluate(`document.getElementsByTagName('*').length`),
    SLOW_STEP_MS,
    'counting elements',
  )) as number;
  const at = await guard(plotCentre(page), SLOW_STEP_MS, 'finding the plot');

  // A gesture may overrun its limit by one blocked step: give it room, then give up.
  stage('zooming');
  const zoom = await guard(zoomGesture(page, at, limits.gestureMs), limits.gestureMs + SLOW_STEP_MS, 'the zoom');
  await sleep(300);
  stage(`zoomed (${zoom.steps} steps); panning`);
  const pan = await guard(panGesture(page, at, limits.gestureMs), limits.gestureMs + SLOW_STEP_MS, 'the pan');
  stage(`panned (${pan.steps} steps); searching`);
  await sleep(300);
  const search = await guard(searchGesture(page), SLOW_STEP_MS, 'the search');
  stage('filtering');
  const filter = await guard(filterGesture(page), SLOW_STEP_MS, 'the filter');
  return {
    status: 'ok',
    readyMs,
    interactiveMs,
    dataLoadedMs,
    loadLongestTaskMs,
    heapMB,
    domNodes,
    zoom,
    pan,
    search,
    filter,
  };
}

/** What a page that missed its limit had done, if it answers at all (its main thread may be busy). */
async function howFar(page: Page, dataPath: string): Promise<string> {
  const loaded = await within(
    page.evaluate(`(performance.getEntriesByType('resource')
      .find((e) => e.name.endsWith(${JSON.stringify(dataPath)})) || {}).responseEnd || null`),
    3_000,
    'asking a busy page',
  ).catch(() => 'busy');
  if (loaded === 'busy') return '; the page was still busy';
  return typeof loaded === 'number' ? `; its data had loaded at ${Math.round(loaded)} ms` : '';
}

/**
 * Runs one case in a fresh browser. `dataPath` is the dataset's path on the server, used to
 * find its network timing. Never throws for a page problem: it comes back as 'dnf' or 'error'.
 */
export async function runOnce(url: string, dataPath: string, limits: RunLimits): Promise<RunResult> {
  startRun();
  stage('starting Chromium');
  const { browser, close } = await launchBrowser();
  // Every step has its own limit; this one catches anything they miss.
  const wholeRunMs = limits.readyMs + 2 * limits.gestureMs + 8 * SLOW_STEP_MS;
  let page: Page | null = null;
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    page = await context.newPage();
    return await within(
      measurePage(page, url, dataPath, limits),
      wholeRunMs,
      () => `the run took longer than ${Math.round(wholeRunMs / 1000)} s; it was stuck at: ${currentStage()}`,
    );
  } catch (error) {
    if (error instanceof ReadyTimeout && page)
      return { status: 'dnf', limitMs: limits.readyMs, note: error.message + (await howFar(page, dataPath)) };
    return { status: 'error', message: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    stage('closing Chromium');
    await close();
  }
}
