import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/generate/generateDataset';
import { appUrl, gotoApp, useBrowser } from './support/browser';
import { LARGE_COUNT, LARGE_SEED } from './support/config';
import { rangeText } from './support/timeline';

/**
 * A large file the page cannot read as it arrives goes whole to the parse worker, in Chromium's
 * own worker: a valid one comes back packed and is shown with everything it had (an imported
 * event's links too); a bad one has its problem named by event and field.
 */

const LARGE = generateDataset({ count: LARGE_COUNT, seed: LARGE_SEED });
const LINKED = 1234;
const LINKS = [{ url: 'https://example.org/report?id=7', label: 'The agency’s report' }];
const BAD_TITLE = 2500;

describe('a large file read whole by the worker', () => {
  const browser = useBrowser();

  it('is shown with every event when the quick way cannot read it (a key given twice), links kept', async () => {
    const { page, problems } = await browser.open();
    const events = LARGE.events.map((e, i) => (i === LINKED ? { ...e, links: LINKS } : e));
    // A key given twice: JSON keeps the last, the reading as it arrives gives up on it.
    const body = JSON.stringify({ ...LARGE, events }).replace(
      /^\{/,
      `{"categories":${JSON.stringify(LARGE.categories)},`,
    );
    await page.route('**/twice.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    const linked = LARGE.events[LINKED]!;
    await gotoApp(page, `?data=twice.json&event=${linked.id}`);
    expect(await rangeText(page)).toMatch(new RegExp(`of ${LARGE_COUNT} events in view$`));
    const details = page.getByRole('region', { name: linked.title, exact: true });
    const link = details.getByRole('link', { name: LINKS[0]!.label });
    expect(await link.getAttribute('href')).toBe(LINKS[0]!.url);
    // Its quotes are checked after, by the same worker's answer: every one is in the text.
    await page.waitForFunction(() => performance.getEntriesByName('quotes-checked').length > 0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('names the problem of a bad one by event and field, and the page stays usable', async () => {
    const { page } = await browser.open({ expectProblems: true });
    const bad = LARGE.events[BAD_TITLE]!;
    const events = LARGE.events.map((e, i) => (i === BAD_TITLE ? { ...e, title: ' ' } : e));
    const body = JSON.stringify({ ...LARGE, events });
    await page.route('**/bad-title.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.goto(appUrl('?data=bad-title.json'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await alert.textContent()).toContain(`Event "${bad.id}" (events[${BAD_TITLE}]), field "title":`);
    expect(await page.getByLabel('Open a dataset…').isEnabled()).toBe(true);
  });
});
