import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, useBrowser } from './support/browser';
import { FIXTURES_PATH } from './support/config';

/** The alert the app shows when a dataset cannot be used, once it has appeared. */
async function loadAlert(page: Page, query: string) {
  await page.goto(appUrl(query));
  const alert = page.getByRole('alert');
  await expect.poll(() => alert.isVisible(), { message: `an alert for ${query}` }).toBe(true);
  expect(await alert.getByRole('heading', { name: 'The dataset could not be loaded' }).count()).toBe(1);
  // Nothing of a timeline is drawn from a dataset that failed.
  expect(await page.getByRole('group', { name: /^Events on a time axis/ }).count()).toBe(0);
  return alert;
}

/** The alert's text with the address of the missing file taken out, so its port number cannot pass for a 404. */
function withoutAddress(text: string, file: string): string {
  const address = appUrl(file);
  expect(text, 'the alert names the address').toContain(address);
  return text.split(address).join('<address>');
}

/** The 1-based line of the first occurrence of `needle` in a fixture. */
function lineOf(fixture: string, needle: string): number {
  const text = readFileSync(`tests/e2e/fixtures/${fixture}`, 'utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in ${fixture}`);
  return text.slice(0, at).split('\n').length;
}

describe('a dataset that cannot be used', () => {
  const browser = useBrowser();

  it('a missing file shows an alert naming the address and saying the file is not there', async () => {
    const { page, problems } = await browser.open({ expectProblems: true });
    const alert = await loadAlert(page, '?data=missing.json');
    const text = withoutAddress((await alert.textContent()) ?? '', 'missing.json');
    // A server may answer 404, or (as vite preview and many SPA hosts do) send the site's HTML page
    // instead. Either way the reader must learn that there is no dataset at that address, not
    // that "the JSON is invalid".
    expect(text).toMatch(/\b404\b|not found|does not exist|HTML|web page/i);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests.filter((r) => !r.includes('/missing.json'))).toEqual([]);
  });

  it('a server that answers 404 (a static host) gets an alert naming the address and the 404', async () => {
    const { page, problems } = await browser.open({ expectProblems: true });
    await page.route('**/missing.json', (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
    );
    const alert = await loadAlert(page, '?data=missing.json');
    const text = withoutAddress((await alert.textContent()) ?? '', 'missing.json');
    expect(text).toMatch(/\b404\b/);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([expect.stringMatching(/\/missing\.json: HTTP 404$/)]);
  });

  it('an invalid event is named by its id and field, with what is wrong', async () => {
    const { page } = await browser.open();
    const alert = await loadAlert(page, `?data=${FIXTURES_PATH}/invalid-event.json`);
    const problems = await alert.getByRole('listitem').allTextContents();
    expect(problems).toContain(
      'Event "second-meeting" (events[1]), field "date": "2025-13" is not a valid EDTF date: month 13 does not exist.',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Event "third-item" \(events\[2\]\), field "categories\[0\]": .*no-such-category/),
      ]),
    );
    expect(problems, 'the valid event is not reported').not.toEqual(
      expect.arrayContaining([expect.stringContaining('first-meeting')]),
    );
  });

  it('a file that is not valid JSON is reported with the line of the mistake', async () => {
    const { page } = await browser.open();
    const alert = await loadAlert(page, `?data=${FIXTURES_PATH}/malformed.json`);
    const text = (await alert.textContent()) ?? '';
    const line = lineOf('malformed.json', '},]');
    expect(text).toMatch(new RegExp(`Not valid JSON at line ${line}, column \\d+: `));
  });
});
