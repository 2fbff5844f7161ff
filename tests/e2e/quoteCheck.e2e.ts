import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/generate/generateDataset';
import { gotoApp, useBrowser } from './support/browser';
import { BAD_QUOTE_EVENT, FIXTURES_PATH, LARGE_COUNT, LARGE_SEED } from './support/config';
import { plotOf, rangeText } from './support/timeline';

/**
 * A large dataset is drawn before its quotes are checked; the worker checks them after, and the
 * page says how far it has come. A quote it does not find is listed by event and field, and the
 * timeline stays. The global setup writes large-bad-quote.json (4,000 events, one quote changed).
 */

const LARGE = generateDataset({ count: LARGE_COUNT, seed: LARGE_SEED });
const BAD = LARGE.events[BAD_QUOTE_EVENT]!;
const notFoundLine = (id: string, index: number) =>
  `Event "${id}" (events[${index}]), field "quote": is not found in source.text; a quote must be copied from the text exactly.`;

/** Large enough that checking its quotes takes a while, and its progress shows. */
const BIGGER_COUNT = 40_000;
const BIGGER_BAD = 31_415;

/** Records every text the quote check's status shows, from before the page's scripts run. */
async function recordQuoteProgress(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { quoteProgress: string[] }).quoteProgress = seen;
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        const text = status.textContent ?? '';
        if (text.startsWith('Checking quotes') && text !== seen.at(-1)) seen.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const quoteProgress = (page: Page) =>
  page.evaluate(() => (window as unknown as { quoteProgress: string[] }).quoteProgress);

describe('a large dataset with a quote that is not in its text', () => {
  const browser = useBrowser();
  let bigger = '';
  let biggerBadId = '';

  beforeAll(() => {
    const d = generateDataset({ count: BIGGER_COUNT, seed: 13 });
    biggerBadId = d.events[BIGGER_BAD]!.id;
    d.events[BIGGER_BAD] = { ...d.events[BIGGER_BAD]!, quote: 'Words the chronicle never says.' };
    bigger = JSON.stringify(d);
  });

  it('is drawn, names the quote as a problem once it is checked, and keeps the timeline; the event says so', async () => {
    const { page } = await browser.open();
    // The bad event is opened by the link, as the timeline is first drawn.
    await gotoApp(page, `?data=${FIXTURES_PATH}/large-bad-quote.json&event=${BAD.id}`);
    expect(await rangeText(page)).toMatch(new RegExp(`of ${LARGE_COUNT} events in view$`));

    const alert = page.getByRole('alert');
    await expect.poll(() => alert.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await alert.getByRole('heading').textContent()).toBe('A quote is not found exactly once in the article');
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([notFoundLine(BAD.id, BAD_QUOTE_EVENT)]);

    // The view is still there: the same dataset, drawn, with the event open.
    expect(await rangeText(page)).toMatch(new RegExp(`of ${LARGE_COUNT} events in view$`));
    expect(await plotOf(page).getByRole('button').count()).toBeGreaterThan(10);
    const details = page.getByRole('region', { name: BAD.title, exact: true });
    expect(await details.getByText(/^This quote is not in the article/).isVisible()).toBe(true);
    const article = page.getByRole('region', { name: 'Full text of the article' });
    expect(await article.locator('mark').count()).toBe(0);
  });

  it(`of ${BIGGER_COUNT} events shows how far the check has come, then the problem`, async () => {
    const { page } = await browser.open();
    await recordQuoteProgress(page);
    await page.route('**/bigger-bad-quote.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: bigger }),
    );
    await gotoApp(page, '?data=bigger-bad-quote.json');
    const drawnMs = Date.now();
    expect(await rangeText(page)).toMatch(new RegExp(`of ${BIGGER_COUNT} events in view$`));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.isVisible(), { timeout: 30_000 }).toBe(true);
    const checkedMs = Date.now();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([notFoundLine(biggerBadId, BIGGER_BAD)]);
    const progress = await quoteProgress(page);
    console.log(
      `quoteCheck: ${BIGGER_COUNT} events drawn, their problem listed ${checkedMs - drawnMs} ms later; ` +
        `progress shown: ${progress.join(' | ')}`,
    );
    expect(progress.length, 'the progress of the check was shown').toBeGreaterThan(0);
    for (const text of progress) expect(text).toMatch(/^Checking quotes against the text: \d{1,3} %/);
    // Gone once the check is done; the timeline stays.
    expect(await page.getByText(/^Checking quotes against the text/).count()).toBe(0);
    expect(await rangeText(page)).toMatch(new RegExp(`of ${BIGGER_COUNT} events in view$`));
  }, 120_000);
});
