import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, SCREENSHOTS_DIR } from './config';

/** What went wrong in a page that a person would not see: console errors, exceptions, failed requests. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  /** Requests that failed outright or were answered with an HTTP error status. */
  readonly failedRequests: string[];
}

/** How long a smooth scroll (the article box bringing a passage into view) may take on a busy machine. */
export const SMOOTH_SCROLL_TIMEOUT_MS = 3_000;

export interface OpenPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: PageProblems;
}

export interface OpenOptions extends BrowserContextOptions {
  /** Set when the test itself expects errors (a missing dataset) and checks `problems` itself. */
  readonly expectProblems?: boolean;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
}

/** Records console errors, uncaught exceptions and failed requests of `page`. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

/**
 * One browser per test file, a fresh context per test. Pages opened with `open` are closed after
 * each test, and unless the test expects problems, the test fails if the page logged a console
 * error, threw, or had a request fail.
 */
export function useBrowser(): { open: (options?: OpenOptions) => Promise<OpenPage> } {
  let browser: Browser | null = null;
  let opened: { context: BrowserContext; problems: PageProblems; strict: boolean }[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const pages = opened;
    opened = [];
    await Promise.all(pages.map((p) => p.context.close()));
    for (const p of pages)
      if (p.strict) expect(p.problems, 'console errors, exceptions or failed requests').toEqual(noProblems());
  });

  return {
    async open(options: OpenOptions = {}) {
      if (!browser) throw new Error('useBrowser(): the browser is not running (call open() inside a test)');
      const { expectProblems = false, ...contextOptions } = options;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
      const page = await context.newPage();
      const problems = watchProblems(page);
      opened.push({ context, problems, strict: !expectProblems });
      return { context, page, problems };
    },
  };
}

export function noProblems(): PageProblems {
  return { consoleErrors: [], pageErrors: [], failedRequests: [] };
}

/** The preview server's address for `query` (e.g. "?data=missing.json"). */
export function appUrl(query = ''): string {
  return new URL(query, inject('baseUrl')).href;
}

/**
 * Opens the app and waits until the timeline answers input (the app's `timeline-interactive`
 * mark, after its first draw; the view rendered at build time is drawn before that, `timeline-ready`).
 */
export async function gotoApp(page: Page, query = ''): Promise<void> {
  await page.goto(appUrl(query));
  await page.waitForFunction(() => performance.getEntriesByName('timeline-interactive').length > 0);
}

/** Waits two animation frames, so anything a previous input caused has been rendered. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Saves a PNG under test-results/screenshots/. */
export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), fullPage, animations: 'disabled' });
}
