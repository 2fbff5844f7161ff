import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SMOOTH_SCROLL_TIMEOUT_MS, gotoApp, saveScreenshot, useBrowser } from './support/browser';
import { readDataset, type ExpectedEvent } from './support/dataset';
import { boxOf, markOf } from './support/timeline';

const data = readDataset();

function detailsOf(page: Page, event: ExpectedEvent) {
  return page.getByRole('region', { name: event.title, exact: true });
}

function articleBody(page: Page) {
  return page.getByRole('region', { name: 'Full text of the article' });
}

/** The id of the element that has the focus. */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** How far (px) the highlighted passage sticks out of the article's visible box; 0 when fully inside. */
async function markOverflowPx(page: Page): Promise<number> {
  const body = await boxOf(articleBody(page));
  const mark = await boxOf(articleBody(page).locator('mark'));
  return Math.max(
    0,
    body.y - mark.y,
    mark.y + mark.height - (body.y + body.height),
    body.x - mark.x,
    mark.x + mark.width - (body.x + body.width),
  );
}

/** The event whose quote comes last in the article, so the article box has to scroll to show it. */
const lastInText = [...data.events].sort((a, b) => data.text.indexOf(b.quote) - data.text.indexOf(a.quote))[0]!;

async function expectOpen(page: Page, event: ExpectedEvent): Promise<void> {
  const details = detailsOf(page, event);
  await expect.poll(() => details.isVisible(), { message: `details of ${event.id} open` }).toBe(true);
  const heading = details.getByRole('heading', { level: 2, name: event.title, exact: true });
  expect(await heading.count()).toBe(1);
  expect(await markOf(page, event).getAttribute('aria-expanded')).toBe('true');
  const marks = articleBody(page).locator('mark');
  expect(await marks.count(), `one highlighted passage for ${event.id}`).toBe(1);
  expect(await marks.textContent()).toBe(event.quote);
  await expect
    .poll(() => markOverflowPx(page), {
      message: `passage of ${event.id} scrolled into the article box`,
      timeout: SMOOTH_SCROLL_TIMEOUT_MS,
    })
    .toBe(0);
}

describe('selecting an event', () => {
  const browser = useBrowser();

  it('a click opens the details with the passage highlighted and in view; Esc closes and returns focus to the mark', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const event = lastInText;
    const mark = markOf(page, event);
    expect(await mark.getAttribute('aria-expanded')).toBe('false');

    await mark.click();
    await expectOpen(page, event);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(event.title);
    await saveScreenshot(page, 'desktop-details', true);

    await page.keyboard.press('Escape');
    await expect.poll(() => detailsOf(page, event).count()).toBe(0);
    expect(await focusedId(page)).toBe(`event-${event.id}`);
    expect(await mark.getAttribute('aria-expanded')).toBe('false');
    expect(await articleBody(page).locator('mark').count()).toBe(0);
  });

  it('every event opens its own details and highlights its own quote', async () => {
    const { page } = await browser.open({ reducedMotion: 'reduce' });
    await gotoApp(page);
    for (const event of data.events) {
      await markOf(page, event).click();
      await expectOpen(page, event);
    }
  });

  it('works with the keyboard alone: Tab to a mark, Enter opens, Esc closes and focus returns', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const markIds = new Map(data.events.map((e) => [`event-${e.id}`, e]));
    let id = '';
    for (let presses = 0; presses < 60 && !markIds.has(id); presses++) {
      await page.keyboard.press('Tab');
      id = await focusedId(page);
    }
    const event = markIds.get(id);
    if (!event) throw new Error(`Tab never reached an event mark (last focus: "${id}")`);
    expect(await markOf(page, event).evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await expectOpen(page, event);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(event.title);

    await page.keyboard.press('Escape');
    await expect.poll(() => detailsOf(page, event).count()).toBe(0);
    expect(await focusedId(page)).toBe(id);

    // And again from the restored focus, with the Close button this time.
    await page.keyboard.press('Enter');
    await expectOpen(page, event);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await page.keyboard.press('Enter');
    await expect.poll(() => detailsOf(page, event).count()).toBe(0);
    expect(await focusedId(page)).toBe(id);
  });
});
