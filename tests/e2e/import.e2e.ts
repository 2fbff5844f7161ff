import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appUrl, gotoApp, useBrowser } from './support/browser';
import { FIXTURES_PATH } from './support/config';

const TIMELINEJS = path.resolve('node_modules/@knight-lab/timelinejs/src');

/** What the page says it recognised, and the count line under the filters. */
async function opened(page: import('playwright-core').Page, file: string) {
  await page.locator('input[type="file"]').first().setInputFiles(file);
  const recognised = page.getByRole('status').filter({ hasText: /^Recognised a / });
  await expect.poll(() => recognised.count(), { message: `${path.basename(file)} recognised` }).toBeGreaterThan(0);
  return (await recognised.first().textContent()) ?? '';
}

describe('timelines from other tools, opened in the viewer', () => {
  const { open } = useBrowser();

  it('a TimelineJS3 JSON file is recognised, named, and drawn event by event, with eras as periods', async () => {
    const { page } = await open();
    await gotoApp(page);
    const said = await opened(page, path.join(TIMELINEJS, 'template/eras.json'));
    expect(said).toMatch(/Recognised a TimelineJS3 JSON timeline: 23 events/);
    await expect.poll(() => page.getByText('23 of 23 events shown', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /^Eras, 3 events$/ }).count()).toBe(1);
  });

  it('a TimelineJS3 timeline linked with ?data= opens at its precision, with its links as ordinary links', async () => {
    const { page } = await open();
    await page.goto(appUrl(`?data=${FIXTURES_PATH}/import/harbour-timelinejs.json`));
    const recognised = page.getByRole('status').filter({ hasText: /^Recognised a / });
    await expect.poll(() => recognised.count()).toBeGreaterThan(0);
    expect(await recognised.first().textContent()).toMatch(/TimelineJS3 JSON timeline: 3 events/);
    expect(await page.getByRole('checkbox', { name: /^Ungrouped, 1 events?$/ }).count()).toBe(1);
    // A year-only date is the year, not 1 January.
    await page.getByRole('button', { name: 'A year of repairs, 2025', exact: true }).click();
    await page.getByRole('button', { name: 'Storm surge, January 2025', exact: true }).click();
    const link = page.getByRole('link', { name: 'Report' });
    expect(await link.getAttribute('href')).toBe('https://example.org/storm');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('the TimelineJS3 sheet as CSV opens too, and a hostile text stays text', async () => {
    const { page, problems } = await open();
    await gotoApp(page);
    const dir = await mkdtemp(path.join(tmpdir(), 'import-e2e-'));
    const csv = path.join(dir, 'hostile.csv');
    await writeFile(
      csv,
      'Year,Month,Day,Headline,Text,Group\r\n' +
        '2024,5,3,"<img src=x onerror=""window.__pwned=1"">Harbour reopens","<script>window.__pwned=2</script>Boats are back.",Port\r\n' +
        '2024,6,,Summer timetable,Ferries run hourly.,Port\r\n',
    );
    expect(await opened(page, csv)).toMatch(/Recognised a .*: 2 events/);
    await expect.poll(() => page.getByText('2 of 2 events shown', { exact: true }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#timeline-plot img, .article img, #root script').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
  });

  it('a file in none of the formats gets the usual message, and the timeline on screen stays', async () => {
    const { page } = await open();
    await gotoApp(page);
    const dir = await mkdtemp(path.join(tmpdir(), 'import-e2e-'));
    const other = path.join(dir, 'numbers.csv');
    await writeFile(other, 'a,b\r\n1,2\r\n');
    await page.locator('input[type="file"]').first().setInputFiles(other);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'numbers.csv' }).count()).toBeGreaterThan(0);
    expect(await page.getByText('20 of 20 events shown', { exact: true }).count()).toBe(1);
  });
});
