import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/generate/generateDataset';
import { appUrl, gotoApp, useBrowser } from './support/browser';
import { FIXTURES_PATH } from './support/config';
import { readDataset } from './support/dataset';

/**
 * The last load a person asks for is the one that shows. A slow load is made on purpose (a
 * delayed reply, a file too large to check quickly); the bundled 20-event file is opened 400 ms
 * later, and must still be on screen after the slow one would have ended, with no error of it.
 */

const SMALL_FILE = 'data/events.json';
const SMALL = readDataset(SMALL_FILE);
const SMALL_SHOWN = `${SMALL.events.length} of ${SMALL.events.length} events shown`;
const CHOSEN_AFTER_MS = 400;
/** How long the ?data= reply is held back, and how long after the page opened the test still watches. */
const REPLY_DELAY_MS = 3_000;
const WATCH_UNTIL_MS = 5_000;
// Near the most the app loads (64 MB), and read on a page whose processor is slowed down (it
// would be read in about 1.1 s otherwise, too soon to be overtaken safely).
const BIG_FILE_COUNT = 120_000;
const CPU_SLOWDOWN = 4;

/** Slows the page's processor down, as on a slow phone, so that reading a large file takes seconds. */
async function slowDown(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Seen {
  readonly title: string | null;
  readonly shown: string | null;
  readonly alerts: number;
}

/** What a person sees of the load: the heading, the "N of M events shown" line, any alert. */
async function seen(page: Page): Promise<Seen> {
  const heading = page.getByRole('heading', { level: 1 });
  const shown = page.getByRole('status').filter({ hasText: 'events shown' });
  return {
    title: (await heading.count()) ? await heading.first().textContent() : null,
    shown: (await shown.count()) ? await shown.first().textContent() : null,
    alerts: await page.getByRole('alert').count(),
  };
}

const SMALL_SEEN: Seen = { title: SMALL.title, shown: SMALL_SHOWN, alerts: 0 };

/** Waits for the small file to show, then checks every 200 ms, until `until` resolves, that it stays. */
async function expectSmallStays(page: Page, until: Promise<unknown>): Promise<void> {
  await expect.poll(() => seen(page), { message: 'the file chosen last shows', timeout: 10_000 }).toEqual(SMALL_SEEN);
  let over = false;
  void until.finally(() => (over = true));
  // One more look after the end, so whatever the slow load set has been rendered.
  for (let last = false; !last; await sleep(200)) {
    last = over;
    expect(await seen(page)).toEqual(SMALL_SEEN);
  }
}

interface WorkerTimes {
  readonly startedMs: number;
  terminatedMs: number | null;
  closedMs: number | null;
}

/**
 * When each worker the page starts begins, when the page ends it (terminate()) and when Chromium
 * has closed it (a busy worker is stopped by force only after a grace period, about 2 s), all in
 * this process's clock.
 */
async function watchWorkers(page: Page): Promise<WorkerTimes[]> {
  const workers: WorkerTimes[] = [];
  await page.exposeFunction('workerTerminated', (i: number) => (workers[i]!.terminatedMs ??= Date.now()));
  await page.addInitScript(() => {
    const Base = window.Worker;
    const report = (window as unknown as { workerTerminated: (i: number) => void }).workerTerminated;
    let started = 0;
    window.Worker = class extends Base {
      readonly #i = started++;
      override terminate() {
        void report(this.#i);
        super.terminate();
      }
    };
  });
  page.on('worker', (worker) => {
    const entry: WorkerTimes = { startedMs: Date.now(), terminatedMs: null, closedMs: null };
    workers.push(entry);
    worker.on('close', () => (entry.closedMs = Date.now()));
  });
  return workers;
}

describe('the last load asked for is the one that shows', () => {
  const browser = useBrowser();
  let dir = '';
  let bigFile = '';
  let bigReply = '';

  beforeAll(async () => {
    bigReply = JSON.stringify(generateDataset({ count: 20_000, seed: 11 }));
    dir = await mkdtemp(path.join(tmpdir(), 'last-load-'));
    bigFile = path.join(dir, 'big.json');
    await writeFile(bigFile, JSON.stringify(generateDataset({ count: BIG_FILE_COUNT, seed: 12 })));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a file opened while a slow ?data= load runs stays, and the download is aborted', async () => {
    const { page, problems } = await browser.open({ expectProblems: true });
    const workers = await watchWorkers(page);
    let replied: () => void = () => {};
    const replyOver = new Promise<void>((resolve) => (replied = resolve));
    await page.route('**/slow.json', async (route) => {
      await sleep(REPLY_DELAY_MS);
      // The page may have given up on it by now; then there is no one to answer.
      await route.fulfill({ contentType: 'application/json', body: bigReply }).catch(() => {});
      replied();
    });
    const openedMs = Date.now();
    await page.goto(appUrl('?data=slow.json'));
    await expect.poll(() => page.getByText('Loading the dataset…').isVisible()).toBe(true);
    const loadingMs = Date.now();
    await sleep(CHOSEN_AFTER_MS);
    await page.getByLabel('Open a dataset…').setInputFiles(SMALL_FILE);
    const chosenMs = Date.now();

    await expectSmallStays(page, Promise.all([replyOver, sleep(openedMs + WATCH_UNTIL_MS - Date.now())]));
    console.log(
      `lastLoad A: "Loading" showed ${loadingMs - openedMs} ms after the page was asked for, the file was chosen ` +
        `${chosenMs - loadingMs} ms after that, and watched for ${Date.now() - chosenMs} ms`,
    );
    expect(problems.failedRequests).toEqual([expect.stringMatching(/\/slow\.json: net::ERR_ABORTED$/)]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    // A worker checks a dataset's quotes once it is shown: the abandoned load never got that far.
    expect(workers, 'workers started').toEqual([]);
  });

  it(`a small file opened while a file of ${BIG_FILE_COUNT} events is read stays, and the big one never shows`, async () => {
    // How long the big file takes alone: the small one must still be there well after that.
    const alone = (await browser.open()).page;
    await gotoApp(alone);
    await slowDown(alone);
    const aloneChosenMs = Date.now();
    await alone.getByLabel('Open a dataset…').setInputFiles(bigFile);
    await expect
      .poll(() => seen(alone), { timeout: 60_000 })
      .toMatchObject({ shown: `${BIG_FILE_COUNT} of ${BIG_FILE_COUNT} events shown`, alerts: 0 });
    const aloneMs = Date.now() - aloneChosenMs;
    expect(aloneMs, 'the big file is slow enough to be overtaken').toBeGreaterThan(CHOSEN_AFTER_MS + 700);
    await alone.close();

    const { page } = await browser.open();
    const workers = await watchWorkers(page);
    // Something else on screen first, so the small file's title proves that it was opened.
    await gotoApp(page, `?data=${FIXTURES_PATH}/large.json`);
    // Its quotes are checked in a worker once it is shown; that check ends first.
    await page.waitForFunction(() => performance.getEntriesByName('quotes-checked').length > 0);
    await expect.poll(() => workers.every((w) => w.closedMs !== null)).toBe(true);
    const before = workers.length;
    await slowDown(page);
    const picker = page.getByLabel('Open a dataset…');
    const bigChosenMs = Date.now();
    await picker.setInputFiles(bigFile);
    await sleep(Math.max(0, bigChosenMs + CHOSEN_AFTER_MS - Date.now()));
    await picker.setInputFiles(SMALL_FILE);
    const chosenMs = Date.now();

    // Were it not abandoned, it would show once read, about `aloneMs` after it was chosen.
    await expectSmallStays(page, sleep(bigChosenMs + aloneMs + 2_000 - Date.now()));
    console.log(
      `lastLoad B: the big file alone showed after ${aloneMs} ms; racing it, the small file was chosen ` +
        `${chosenMs - bigChosenMs} ms after it, and watched for ${Date.now() - chosenMs} ms`,
    );
    // Its quotes would be checked in a worker once it was shown: it never was.
    expect(workers.length - before, 'workers started for the big file').toBe(0);
  }, 120_000);
});
