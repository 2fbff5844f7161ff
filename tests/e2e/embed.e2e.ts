import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { saveScreenshot, useBrowser } from './support/browser';
import { readDataset } from './support/dataset';

const data = readDataset();

/** A page on another origin (another port) that embeds the timeline as a newsroom would: an iframe. */
function hostPage(src: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news page</title></head>
<body><h1>Our story</h1><p>The timeline of the year:</p>
<iframe src="${src}" title="Timeline" width="100%" height="640" style="border:0"></iframe></body></html>`;
}

describe('the timeline embedded in a page from another origin', () => {
  const { open } = useBrowser();
  let server: Server;
  let hostUrl = '';
  const embedSrc = `${inject('baseUrl')}?embed&cats=un`;

  beforeAll(async () => {
    server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage(embedSrc));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('draws there, keeps the link’s filters, answers clicks and keys, and logs no errors', async () => {
    const { page } = await open({ viewport: { width: 1000, height: 800 } });
    expect(new URL(hostUrl).origin).not.toBe(new URL(embedSrc).origin);
    await page.goto(hostUrl);
    const frame = page.frameLocator('iframe[title="Timeline"]');
    const un = data.events.filter((e) => e.categories.includes('un'));
    const marks = frame.getByRole('group', { name: /^Events on a time axis/ }).getByRole('button');
    await expect.poll(() => marks.count(), { message: 'the UN events drawn in the iframe' }).toBeGreaterThan(0);
    // The compact view: no app bar, no export, no article; a link to the full view.
    expect(await frame.getByRole('button', { name: 'New timeline from an article' }).count()).toBe(0);
    expect(await frame.getByText('Export', { exact: true }).count()).toBe(0);
    expect(await frame.getByRole('link', { name: 'Open the full timeline' }).getAttribute('target')).toBe('_blank');
    expect(await frame.getByText(`${un.length} of ${data.events.length} events shown`, { exact: true }).count()).toBe(
      1,
    );

    // Plain EDTF strings of one year sort as their starts do ("2025-05" < "2025-12" < "2025-12-04").
    const inTime = [...un].sort((a, b) => a.date.localeCompare(b.date));
    const first = inTime[0]!;
    await frame.getByRole('button', { name: `${first.title}, ${first.dateLabel}`, exact: true }).click();
    const details = frame.getByRole('region', { name: first.title, exact: true });
    await expect.poll(() => details.isVisible(), { message: 'details open on click' }).toBe(true);
    expect(await details.getByText(first.quote).count()).toBeGreaterThan(0);

    // n steps to the next event, as on the full page.
    await page.keyboard.press('n');
    const second = inTime[1]!;
    await expect
      .poll(() => frame.getByRole('region', { name: second.title, exact: true }).isVisible(), {
        message: 'n opens the next event',
      })
      .toBe(true);
    await saveScreenshot(page, 'embed-cross-origin');
  });
});
