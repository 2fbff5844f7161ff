import { describe, expect, it } from 'vitest';
import { gotoApp, saveScreenshot, useBrowser } from './support/browser';
import { FIXTURES_PATH, LARGE_COUNT } from './support/config';
import { readDataset } from './support/dataset';
import { boxOf, drawnEventIds, markOf, plotOf, shownRange } from './support/timeline';

const data = readDataset();

describe('loading the bundled dataset', () => {
  const browser = useBrowser();

  it('shows the article title and draws every event as a named mark inside the plot, without errors', async () => {
    const { page, problems } = await browser.open();
    await gotoApp(page);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(data.title);

    const plotBox = await boxOf(plotOf(page));
    for (const event of data.events) {
      const mark = markOf(page, event);
      expect(await mark.count(), `one mark named "${event.title}, ${event.dateLabel}"`).toBe(1);
      expect(await mark.isVisible(), `mark of ${event.id} is visible`).toBe(true);
      // At the fit view each mark lies inside the plot (the plot clips what is outside).
      const box = await boxOf(mark);
      expect(box.x, `${event.id} starts inside the plot`).toBeGreaterThanOrEqual(plotBox.x - 1);
      expect(box.x + box.width, `${event.id} ends inside the plot`).toBeLessThanOrEqual(plotBox.x + plotBox.width + 1);
    }
    expect(await drawnEventIds(page)).toEqual(data.events.map((e) => e.id).sort());

    const total = data.events.length;
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'events shown' }).textContent())
      .toBe(`${total} of ${total} events shown`);
    expect(await shownRange(page)).toMatchObject({ inView: total, total });

    await saveScreenshot(page, 'desktop-default');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });
});

describe('loading a dataset named by ?data=', () => {
  const browser = useBrowser();

  it('downloads it once, starting before the app has loaded, and shows it', async () => {
    const { page, problems } = await browser.open();
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'fetch' && r.url().endsWith('/large.json')) requested.push(r.url());
    });
    await gotoApp(page, `?data=${FIXTURES_PATH}/large.json`);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'events shown' }).textContent())
      .toBe(`${LARGE_COUNT} of ${LARGE_COUNT} events shown`);
    expect(requested, 'one request for the dataset').toHaveLength(1);
    // Started by the inline script in <head>: before the app's own script had even arrived; and
    // so was the code that reads it, which the app would otherwise ask for only once it ran.
    const { dataStart, readerStart, appEnd } = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const data = entries.find((e) => e.name.endsWith('/large.json'))!;
      const reader = entries.find((e) => /\/assets\/streamRead-[^/]*\.js$/.test(e.name));
      const app = entries.find((e) => e.initiatorType === 'script' && /\/assets\/index-[^/]*\.js$/.test(e.name))!;
      return { dataStart: data.startTime, readerStart: reader?.startTime ?? null, appEnd: app.responseEnd };
    });
    expect(dataStart).toBeLessThan(appEnd);
    expect(readerStart, 'the reading code was loaded').not.toBeNull();
    expect(readerStart!).toBeLessThan(appEnd);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });
});
