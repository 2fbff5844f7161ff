import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoApp, settle, useBrowser } from './support/browser';
import { readDataset } from './support/dataset';
import { boxOf, drawnEventIds, markOf, plotOf, shownRange } from './support/timeline';

/** The exploring features in a real browser: links, search, overview, list, previous/next, export, files, themes, print. */

const DATA = readDataset();
const byId = (id: string) => DATA.events.find((e) => e.id === id)!;
const ANCHORAGE = byId('anchorage-summit');

function list(page: Page) {
  return page.getByRole('region', { name: /^Events in view/ });
}

async function detailsTitle(page: Page): Promise<string | null> {
  const d = page.locator('#event-details h2');
  return (await d.count()) ? d.textContent() : null;
}

describe('a shared link', () => {
  const browser = useBrowser();

  it('restores categories, selection, window and search, and writes them back as they change', async () => {
    const { page } = await browser.open();
    await gotoApp(page, '?cats=bilateral,security&event=anchorage-summit&from=2025-07-01&to=2025-09-30&q=summit');
    expect(await page.getByRole('checkbox', { name: /^UN actions/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /^Bilateral ties/ }).isChecked()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Search events' }).inputValue()).toBe('summit');
    await expect.poll(() => detailsTitle(page)).toBe(ANCHORAGE.title);
    const range = await shownRange(page);
    expect(range.startMs).toBe(Date.UTC(2025, 6, 1));
    expect(range.endMs).toBe(Date.UTC(2025, 8, 30));
    await page.getByRole('checkbox', { name: /^UN actions/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('cats')).toBe('bilateral,un,security');
  });

  it('back and forward step through selections', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    await markOf(page, ANCHORAGE).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('anchorage-summit');
    await markOf(page, byId('russia-iran-treaty-in-force')).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('russia-iran-treaty-in-force');
    await page.goBack();
    await expect.poll(() => detailsTitle(page)).toBe(ANCHORAGE.title);
    await page.goForward();
    await expect.poll(() => detailsTitle(page)).toBe(byId('russia-iran-treaty-in-force').title);
  });

  it('ignores a malformed part with a visible notice and keeps working', async () => {
    const { page } = await browser.open();
    await gotoApp(page, '?from=2025-99-01&to=soon&event=%3Cscript%3E');
    const notices = page.getByRole('status').filter({ hasText: 'The link' });
    expect(await notices.textContent()).toContain('the whole timeline is shown');
    expect(await notices.textContent()).toContain('"<script>"');
    expect((await drawnEventIds(page)).length).toBe(DATA.events.length);
  });
});

describe('search, list and previous/next', () => {
  const browser = useBrowser();

  it('search narrows the marks and the list and marks the matching words', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    await page.getByRole('searchbox', { name: 'Search events' }).fill('Iran treaty');
    const expected = DATA.events
      .filter((e) => /iran/i.test(e.title + e.quote) && /treaty/i.test(e.title + e.quote))
      .map((e) => e.id);
    await expect.poll(async () => (await drawnEventIds(page)).sort()).toEqual([...expected].sort());
    expect(await list(page).getByRole('button').count()).toBe(expected.length);
    expect(await list(page).locator('mark').count()).toBeGreaterThan(0);
    expect(await page.getByText(`${expected.length} of ${DATA.events.length} events match`).count()).toBe(1);
  });

  it('the list and the timeline select together', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    await list(page)
      .getByRole('button', { name: new RegExp(ANCHORAGE.title) })
      .click();
    expect(await markOf(page, ANCHORAGE).getAttribute('aria-expanded')).toBe('true');
    await markOf(page, byId('russia-iran-treaty-signed')).click();
    expect(
      await list(page)
        .getByRole('button', { name: /Treaty signed/ })
        .getAttribute('aria-current'),
    ).toBe('true');
  });

  it('next and previous walk the events in time order and pan to keep the selection in view', async () => {
    const { page } = await browser.open();
    await gotoApp(page, '?from=2025-01-01&to=2025-01-31');
    // Step on until an event from the second half of the year is selected: the view must follow it.
    let event = null as (typeof DATA.events)[number] | null;
    for (let i = 0; i < DATA.events.length && !(event && /^2025-(0[7-9]|1[0-2])/.test(event.date)); i++) {
      await page.keyboard.press('n');
      const title = await detailsTitle(page);
      event = DATA.events.find((e) => e.title === title) ?? null;
    }
    expect(event?.date).toMatch(/^2025-(0[7-9]|1[0-2])/);
    await expect.poll(async () => (await drawnEventIds(page)).includes(event!.id)).toBe(true);
    const range = await shownRange(page);
    expect(range.startMs).toBeGreaterThan(Date.UTC(2025, 1, 1));
    expect(range.spanDays).toBeLessThan(40);
    await page.getByRole('button', { name: /Previous event/ }).click();
    expect(await detailsTitle(page)).not.toBe(event!.title);
  });
});

describe('the overview strip', () => {
  const browser = useBrowser();

  it('dragging the brush pans, dragging an edge zooms, clicking elsewhere jumps', async () => {
    const { page } = await browser.open();
    await gotoApp(page, '?from=2025-02-01&to=2025-03-31');
    const brush = page.getByRole('slider', { name: /Visible window/ });
    await brush.scrollIntoViewIfNeeded();
    const b = await boxOf(brush);
    const before = await shownRange(page);
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 + 200, b.y + b.height / 2, { steps: 8 });
    await page.mouse.up();
    await settle(page);
    const moved = await shownRange(page);
    expect(moved.startMs).toBeGreaterThan(before.startMs + 30 * 86_400_000);
    expect(Math.abs(moved.spanDays - before.spanDays)).toBeLessThanOrEqual(1);

    const b2 = await boxOf(brush);
    await page.mouse.move(b2.x + b2.width - 1, b2.y + b2.height / 2);
    await page.mouse.down();
    await page.mouse.move(b2.x + b2.width + 150, b2.y + b2.height / 2, { steps: 6 });
    await page.mouse.up();
    await settle(page);
    expect((await shownRange(page)).spanDays).toBeGreaterThan(moved.spanDays + 20);

    const strip = await boxOf(page.locator('.overview'));
    await page.mouse.click(strip.x + 8, strip.y + strip.height / 2);
    await settle(page);
    expect((await shownRange(page)).startMs).toBeLessThan(Date.UTC(2025, 0, 15));
  });

  it('arrow keys on the brush move the window', async () => {
    const { page } = await browser.open();
    await gotoApp(page, '?from=2025-04-01&to=2025-04-30');
    const before = await shownRange(page);
    await page.getByRole('slider', { name: /Visible window/ }).focus();
    await page.keyboard.press('ArrowRight');
    await settle(page);
    expect((await shownRange(page)).startMs).toBeGreaterThan(before.startMs);
  });
});

describe('export', () => {
  const browser = useBrowser();

  it('saves the events in view as CSV and loadable JSON, and the timeline as SVG and PNG', async () => {
    const { page } = await browser.open({ acceptDownloads: true });
    await gotoApp(page, '?cats=un');
    const un = DATA.events.filter((e) => e.categories.includes('un'));
    const save = async (name: string) => {
      if (!(await page.getByRole('button', { name }).isVisible()))
        await page.getByText('Export', { exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { file: download.suggestedFilename(), body: readFileSync((await download.path())!) };
    };
    const csv = await save('Events as CSV');
    expect(csv.file).toMatch(/\.csv$/);
    expect(csv.body.toString().trim().split('\r\n')).toHaveLength(un.length + 1);
    const json = await save('Events as JSON (loadable)');
    const parsed = JSON.parse(json.body.toString()) as { events: { id: string }[] };
    expect(parsed.events.map((e) => e.id).sort()).toEqual(un.map((e) => e.id).sort());
    const svg = await save('Timeline as SVG');
    expect(svg.body.toString()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const png = await save('Timeline as PNG');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(5000);
  });
});

describe('your own data', () => {
  const browser = useBrowser();

  it('opens a file from the picker, and a broken one keeps what is on screen', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const mine = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
      source: { title: string };
      events: unknown[];
    };
    mine.source.title = 'A dataset of my own';
    mine.events = mine.events.slice(0, 4);
    await page
      .getByLabel('Open a dataset…')
      .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('A dataset of my own');
    expect((await drawnEventIds(page)).length).toBe(4);
    await page
      .getByLabel('Open a dataset…')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"events": [') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('The file broken.json has 1 problem');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('A dataset of my own');
    expect((await drawnEventIds(page)).length).toBe(4);
  });

  it('opens a file dropped on the page', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const mine = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
      source: { title: string };
      events: unknown[];
    };
    mine.source.title = 'Dropped dataset';
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, JSON.stringify(mine));
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dropped dataset');
  });
});

describe('themes and print', () => {
  const browser = useBrowser();
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  it('follows a dark system preference, and the toggle overrides it', async () => {
    const { page } = await browser.open({ colorScheme: 'dark' });
    await gotoApp(page);
    const dark = await background(page);
    await page.getByRole('button', { name: /^Theme/ }).click(); // system -> light
    await expect.poll(() => background(page)).not.toBe(dark);
    await page.getByRole('button', { name: /^Theme/ }).click(); // light -> dark
    await expect.poll(() => background(page)).toBe(dark);
  });

  it('prints the timeline and the list without the controls', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(false);
    expect(await page.getByRole('searchbox', { name: 'Search events' }).isVisible()).toBe(false);
    expect(await plotOf(page).isVisible()).toBe(true);
    expect(await list(page).isVisible()).toBe(true);
    expect(await list(page).getByRole('button').count()).toBe(DATA.events.length);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
