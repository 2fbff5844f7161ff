import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoApp, settle, useBrowser } from './support/browser';
import { countsByCategory, escapeRegExp, readDataset, shownIds, type ExpectedCategory } from './support/dataset';
import { drawnEventIds, tickLabels } from './support/timeline';

const data = readDataset();
const counts = countsByCategory(data);
const allIds = new Set(data.categories.map((c) => c.id));
const total = data.events.length;

/** A category's checkbox, named by its label and its count ("Bilateral ties, 7 events"). */
function checkboxOf(page: Page, category: ExpectedCategory) {
  const n = counts.get(category.id) ?? 0;
  return page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(category.label)}\\s*,\\s*${n} events?$`) });
}

function statusLine(page: Page) {
  return page.getByRole('status').filter({ hasText: /events shown$/ });
}

describe('category filters', () => {
  const browser = useBrowser();

  it('names each category with its event count from the data', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    expect(await page.getByRole('checkbox').count()).toBe(data.categories.length);
    for (const category of data.categories) {
      const box = checkboxOf(page, category);
      expect(await box.count(), `one checkbox for "${category.label}" with count ${counts.get(category.id)}`).toBe(1);
      expect(await box.isChecked()).toBe(true);
    }
    expect(await statusLine(page).textContent()).toBe(`${total} of ${total} events shown`);
  });

  it('turning one category off hides exactly the events with no other category on, and the axis stays put', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const axis = await tickLabels(page);

    for (const category of data.categories) {
      const box = checkboxOf(page, category);
      await box.uncheck();
      const enabled = new Set([...allIds].filter((id) => id !== category.id));
      const expected = shownIds(data, enabled).sort();
      await expect
        .poll(() => drawnEventIds(page), { message: `events shown without "${category.label}"` })
        .toEqual(expected);
      expect(await statusLine(page).textContent()).toBe(`${expected.length} of ${total} events shown`);
      expect(await tickLabels(page), `the axis does not move when "${category.label}" is off`).toEqual(axis);

      await box.check();
      await expect.poll(() => drawnEventIds(page)).toEqual(data.events.map((e) => e.id).sort());
    }
  });

  it('turning categories off one after another leaves the events of the categories still on; the axis stays put', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const axis = await tickLabels(page);
    const enabled = new Set(allIds);
    for (const category of data.categories) {
      await checkboxOf(page, category).uncheck();
      enabled.delete(category.id);
      const expected = shownIds(data, enabled).sort();
      const on = [...enabled].join(', ') || 'nothing';
      await expect.poll(() => drawnEventIds(page), { message: `events shown with ${on} on` }).toEqual(expected);
      expect(await statusLine(page).textContent()).toBe(`${expected.length} of ${total} events shown`);
      expect(await tickLabels(page), `the axis does not move with ${on} on`).toEqual(axis);
    }
  });

  it('each category alone shows exactly its own events, on the same axis', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const axis = await tickLabels(page);
    for (const category of data.categories) {
      await page.getByRole('button', { name: 'None', exact: true }).click();
      await expect.poll(() => drawnEventIds(page)).toEqual([]);
      await checkboxOf(page, category).check();
      const expected = shownIds(data, new Set([category.id])).sort();
      await expect
        .poll(() => drawnEventIds(page), { message: `events of "${category.label}" alone` })
        .toEqual(expected);
      expect(expected.length).toBe(counts.get(category.id));
      expect(await tickLabels(page), `the axis does not move with only "${category.label}" on`).toEqual(axis);
    }
  });

  it('None hides every event and All brings them back, without moving the axis', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    const axis = await tickLabels(page);
    const everything = data.events.map((e) => e.id).sort();

    await page.getByRole('button', { name: 'None', exact: true }).click();
    await expect.poll(() => drawnEventIds(page)).toEqual([]);
    expect(await statusLine(page).textContent()).toBe(`0 of ${total} events shown`);
    for (const category of data.categories) expect(await checkboxOf(page, category).isChecked()).toBe(false);
    expect(await tickLabels(page)).toEqual(axis);

    await page.getByRole('button', { name: 'All', exact: true }).click();
    await expect.poll(() => drawnEventIds(page)).toEqual(everything);
    expect(await statusLine(page).textContent()).toBe(`${total} of ${total} events shown`);
    for (const category of data.categories) expect(await checkboxOf(page, category).isChecked()).toBe(true);
    await settle(page);
    expect(await tickLabels(page)).toEqual(axis);
  });
});
