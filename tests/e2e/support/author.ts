import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { gotoApp } from './browser';

/**
 * Authoring as a person meets it: the "New timeline from an article" dialog, the authoring bar,
 * the event list, the editor and the article, found by role and accessible name.
 */

/** An invented article (tests/e2e/fixtures/author/harbour.txt) whose dates a reader can check by eye. */
export const HARBOUR = {
  text: readFileSync('tests/e2e/fixtures/author/harbour.txt', 'utf8'),
  /** The day the article appeared: "this week" and "March" need it. */
  date: '2025-11-07',
  /** A drafted event dated by a month name inside its passage. */
  council: {
    name: /council approved a rebuilding plan/,
    quote: 'The council approved a rebuilding plan in March, after residents petitioned for the harbour to be saved.',
    dateWords: 'March',
  },
  ferry: { name: /ferry to Skarra/ },
  /** Words of a sentence the extraction leaves alone (it has no date of its own), occurring once. */
  unclaimed: 'the new wall was built to withstand a storm twice as strong',
  unclaimedName: /new wall was built to withstand/i,
} as const;

export function newTimelineDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'New timeline from an article' });
}

export function authoringBar(page: Page): Locator {
  return page.getByRole('region', { name: 'Authoring' });
}

/** The line "N of M events still drafts. Saved in this browser at …". */
export function draftsLine(page: Page): Locator {
  return authoringBar(page).getByRole('status');
}

export function eventList(page: Page): Locator {
  return page.getByRole('region', { name: /^Events in view/ });
}

export function listItem(page: Page, name: RegExp): Locator {
  return eventList(page).getByRole('button', { name });
}

/** The editor of the selected event: the innermost region (named by its heading, the event's title) with its buttons. */
export function editor(page: Page): Locator {
  return page
    .getByRole('region')
    .filter({ has: page.getByRole('button', { name: 'Split in two' }) })
    .last();
}

/** How a mark or a list row is outlined: "dashed" for a draft. */
export function outlineOf(target: Locator, property: 'outlineStyle' | 'borderTopStyle'): Promise<string> {
  return target.evaluate((el, p) => getComputedStyle(el)[p], property);
}

export function articleBody(page: Page): Locator {
  return page.getByRole('region', { name: 'Full text of the article' });
}

/** Parses "N of M events still drafts." */
export async function draftCounts(page: Page): Promise<{ drafts: number; total: number }> {
  const text = (await draftsLine(page).textContent()) ?? '';
  const m = /(\d+) of (\d+) events still drafts\./.exec(text);
  if (!m) throw new Error(`unexpected drafts line: "${text}"`);
  return { drafts: Number(m[1]), total: Number(m[2]) };
}

/** Waits until the drafts line says the latest change is saved in this browser. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect.poll(() => draftsLine(page).textContent()).toMatch(/Saved in this browser at \d/);
}

/** The texts of the list's rows, in order (date, "Draft" badge, title, categories). */
export function listTexts(page: Page): Promise<string[]> {
  return eventList(page).getByRole('button').allTextContents();
}

/** Opens the app, pastes `text` into a new timeline with `title` and `date`, extracts, and waits for the authoring view. */
export async function startAuthoring(
  page: Page,
  {
    text = HARBOUR.text,
    title = 'Portwell harbour',
    date = HARBOUR.date,
  }: { text?: string; title?: string; date?: string } = {},
): Promise<void> {
  await gotoApp(page);
  await page.getByRole('button', { name: 'New timeline from an article' }).click();
  const dialog = newTimelineDialog(page);
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(text);
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  if (date) await dialog.getByLabel('Article date').fill(date);
  await dialog.getByRole('button', { name: 'Extract events' }).click();
  await authoringBar(page).waitFor();
}

/**
 * Presses `key` (Tab, or Shift+Tab) until the focused element is `target`, as a keyboard user
 * would; fails after `max` presses, naming what had focus.
 */
export async function tabTo(page: Page, target: Locator, { key = 'Tab', max = 80 } = {}): Promise<void> {
  for (let i = 0; i <= max; i++) {
    if (await target.evaluateAll((els) => els.some((el) => el === document.activeElement))) return;
    if (i < max) await page.keyboard.press(key);
  }
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return el
      ? `<${el.tagName.toLowerCase()}> "${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 80)}"`
      : 'nothing';
  });
  throw new Error(`${max} presses of ${key} did not reach ${target.toString()}; focus is on ${focused}`);
}

/** Whether `target` has the keyboard focus. */
export function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluateAll((els) => els.some((el) => el === document.activeElement));
}

/** Drags the mouse across `words` in the article, as a person selects them. */
export async function dragAcross(page: Page, words: string): Promise<void> {
  const ends = await articleBody(page).evaluate((root, w) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(w) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getBoundingClientRect();
      range.setStart(node, at + w.length - 1);
      range.setEnd(node, at + w.length);
      const last = range.getBoundingClientRect();
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    return null;
  }, words);
  if (!ends) throw new Error(`"${words}" is not in one run of the article's text`);
  await page.mouse.move(ends.from.x, ends.from.y);
  await page.mouse.down();
  await page.mouse.move(ends.to.x, ends.to.y, { steps: 8 });
  await page.mouse.up();
}

/** axe's findings, one line per rule and element, so a failure says what to fix and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ') ?? v.help}`,
    ),
  );
}
