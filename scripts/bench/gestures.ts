import type { Page } from 'playwright-core';
import { launchBrowser, sleep, VIEWPORT } from './browser';
import { RECORDER_SCRIPT, type Recording } from './inPage';
import { stage } from './stage';
import { frameStats, type FrameStats } from './stats';

/**
 * The gestures a person makes on a timeline, played with playwright's mouse over the middle of
 * #timeline-plot while the page records its frames and long tasks.
 */

export const ZOOM_STEPS = 40;
export const PAN_STEPS = 20;
export const PAN_DISTANCE_PX = 300;
const STEP_GAP_MS = 16;
const WHEEL_DELTA = 100;
/** Wheel steps in before the pan, so there is room to pan (at the fit view there is none). */
const PAN_SETUP_STEPS = 10;

export interface GestureResult extends FrameStats {
  readonly steps: number;
  readonly plannedSteps: number;
  readonly durationMs: number;
  readonly longTasks: number;
  /** 0 when there was none. */
  readonly longestTaskMs: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The middle of the part of #timeline-plot that is on screen, scrolling it into view if needed. */
export async function plotCentre(page: Page): Promise<Point> {
  const measure = () =>
    page.evaluate(`(() => {
      const el = document.getElementById('timeline-plot');
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const top = Math.max(0, r.top), bottom = Math.min(innerHeight, r.bottom);
      return { x: r.left + r.width / 2, y: (top + bottom) / 2, visiblePx: bottom - top };
    })()`) as Promise<{ x: number; y: number; visiblePx: number } | null>;
  let c = await measure();
  if (c && c.visiblePx < 60) {
    await page.evaluate(`document.getElementById('timeline-plot').scrollIntoView({ block: 'start' })`);
    c = await measure();
  }
  if (!c) throw new Error('the page has no #timeline-plot element');
  return { x: Math.round(c.x), y: Math.round(c.y) };
}

async function startRecording(page: Page): Promise<void> {
  await page.evaluate('window.__bench.start()');
}

async function stopRecording(page: Page): Promise<Recording> {
  // Let trailing frames and long-task reports arrive.
  await sleep(150);
  stage('reading the recording');
  return (await page.evaluate('window.__bench.stop()')) as Recording;
}

function result(r: Recording, steps: number, plannedSteps: number): GestureResult {
  return {
    ...frameStats(r.frameTimesMs),
    steps,
    plannedSteps,
    durationMs: r.endMs - r.startMs,
    longTasks: r.longTasks.length,
    longestTaskMs: r.longTasks.reduce((m, t) => Math.max(m, t.durationMs), 0),
  };
}

/**
 * ZOOM_STEPS wheel steps about STEP_GAP_MS apart, half in and then half back out. Stops taking
 * steps after `limitMs` (a blocked page answers each step only when it is free again).
 */
export async function zoomGesture(page: Page, at: Point, limitMs: number): Promise<GestureResult> {
  await page.mouse.move(at.x, at.y);
  await startRecording(page);
  const started = Date.now();
  let steps = 0;
  for (; steps < ZOOM_STEPS && Date.now() - started < limitMs; steps++) {
    stage(`wheel step ${steps + 1}`);
    await page.mouse.wheel(0, steps < ZOOM_STEPS / 2 ? -WHEEL_DELTA : WHEEL_DELTA);
    await sleep(STEP_GAP_MS);
  }
  return result(await stopRecording(page), steps, ZOOM_STEPS);
}

/** Zooms in a little (not recorded), then drags PAN_DISTANCE_PX to the right in PAN_STEPS moves. */
export async function panGesture(page: Page, at: Point, limitMs: number): Promise<GestureResult> {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < PAN_SETUP_STEPS; i++) {
    stage(`zooming in to pan, step ${i + 1}`);
    await page.mouse.wheel(0, -WHEEL_DELTA);
    await sleep(STEP_GAP_MS);
  }
  await sleep(500);
  await startRecording(page);
  const started = Date.now();
  await page.mouse.down();
  let steps = 0;
  for (; steps < PAN_STEPS && Date.now() - started < limitMs; steps++) {
    stage(`drag step ${steps + 1}`);
    await page.mouse.move(at.x + ((steps + 1) * PAN_DISTANCE_PX) / PAN_STEPS, at.y);
    await sleep(STEP_GAP_MS);
  }
  await page.mouse.up();
  return result(await stopRecording(page), steps, PAN_STEPS);
}

/** What the search gesture types, one key every KEY_GAP_MS, as a person types. */
export const SEARCH_WORD = 'strike';
const KEY_GAP_MS = 100;
const FOCUS_PAUSE_MS = 400;
/** After the last key or click, how long the recording goes on (deferred updates land in it). */
const SETTLE_MS = 600;

/**
 * Types SEARCH_WORD into the page's search box while recording, then empties the box (not
 * recorded). Null for a page without one (the vis-timeline page).
 */
export async function searchGesture(page: Page): Promise<GestureResult | null> {
  const box = page.getByRole('searchbox', { name: 'Search events' });
  if ((await box.count()) === 0) return null;
  await box.click();
  // A person's pause between clicking into the box and the first key.
  await sleep(FOCUS_PAUSE_MS);
  await startRecording(page);
  for (const [i, key] of [...SEARCH_WORD].entries()) {
    stage(`typing key ${i + 1}`);
    await page.keyboard.type(key);
    await sleep(KEY_GAP_MS);
  }
  await sleep(SETTLE_MS);
  const r = result(await stopRecording(page), SEARCH_WORD.length, SEARCH_WORD.length);
  await box.fill('');
  await sleep(SETTLE_MS);
  return r;
}

/**
 * Turns the first category filter off and, a second later, on again while recording. Null for a
 * page without category checkboxes.
 */
export async function filterGesture(page: Page): Promise<GestureResult | null> {
  const box = page.getByRole('checkbox').first();
  if ((await box.count()) === 0) return null;
  await startRecording(page);
  stage('turning a category off');
  await box.click();
  await sleep(1000);
  stage('turning it on again');
  await box.click();
  await sleep(SETTLE_MS);
  return result(await stopRecording(page), 2, 2);
}

/** Frame intervals of a blank page for a second: the best any page can do on this machine. */
export async function idleFrames(): Promise<FrameStats> {
  const { browser, close } = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.setContent('<p>idle</p>');
    await page.evaluate(RECORDER_SCRIPT);
    await startRecording(page);
    await sleep(1000);
    const r = (await page.evaluate('window.__bench.stop()')) as Recording;
    return frameStats(r.frameTimesMs);
  } finally {
    await close();
  }
}
