import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoApp, useBrowser } from './support/browser';
import { countsByCategory, escapeRegExp, readDataset } from './support/dataset';
import { markOf } from './support/timeline';

const data = readDataset();

/** axe's findings, one line per rule and element, so a failure says what to fix and where. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ') ?? v.help}`,
    ),
  );
}

describe('accessibility (axe)', () => {
  const browser = useBrowser();

  it('has no violations in the default view', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no violations with an event’s details open', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const event = data.events[0]!;
    await markOf(page, event).click();
    await expect.poll(() => page.getByRole('region', { name: event.title, exact: true }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no violations with a category filtered out', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const category = data.categories[0]!;
    const n = countsByCategory(data).get(category.id) ?? 0;
    await page
      .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(category.label)}\\s*,\\s*${n} events?$`) })
      .uncheck();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'events shown' }).textContent())
      .not.toBe(`${data.events.length} of ${data.events.length} events shown`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no violations at phone size', async () => {
    const { page } = await browser.open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await gotoApp(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
