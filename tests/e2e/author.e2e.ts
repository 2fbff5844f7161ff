import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoApp, saveScreenshot, settle, useBrowser, type OpenOptions } from './support/browser';
import {
  HARBOUR,
  articleBody,
  authoringBar,
  axeViolations,
  dragAcross,
  draftCounts,
  draftsLine,
  editor,
  eventList,
  hasFocus,
  listItem,
  listTexts,
  newTimelineDialog,
  outlineOf,
  startAuthoring,
  tabTo,
  waitUntilSaved,
} from './support/author';
import { boxOf, glyphOf, plotOf } from './support/timeline';

/** Authoring in a real browser: from a pasted article to a checked, downloaded dataset. */

const run = promisify(execFile);

/** Runs the repository's validator (`npm run -s validate`) on a file; resolves to its exit code and output. */
async function validate(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(path.join('node_modules', '.bin', 'tsx'), ['scripts/validate.ts', file]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** The "Download dataset" dialog's file, kept as the browser saved it. */
async function downloadDataset(page: Page, keepDrafts: boolean): Promise<{ name: string; file: string; body: string }> {
  await authoringBar(page).getByRole('button', { name: 'Download dataset' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download dataset' });
  await dialog.getByRole('radio', { name: keepDrafts ? 'Keep them, marked as drafts' : 'Leave them out' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), file, body: await readFile(file, 'utf8') };
}

function marks(page: Page) {
  return plotOf(page).getByRole('button');
}

/** A second tab of the same browser profile, on the timeline the first one has open. */
async function secondTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await gotoApp(page);
  await authoringBar(page).waitFor();
  return page;
}

describe('authoring a timeline from an article', () => {
  const browser = useBrowser();

  it('with the mouse: extract, check, edit, accept, reject, add from a selection, reload, download and open the file', async () => {
    const { page } = await browser.open({ viewport: { width: 1280, height: 900 } });
    await gotoApp(page);
    await page.getByRole('button', { name: 'New timeline from an article' }).click();
    const dialog = newTimelineDialog(page);
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(HARBOUR.text);
    // "March" and "this week" cannot be placed without the article's date, and the hint says so.
    await expect
      .poll(() => dialog.getByText(/^Needed:/).textContent())
      .toMatch(/“this week”.*“March”.*only a date can place/);
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Portwell harbour');
    await dialog.getByLabel('Article date').fill(HARBOUR.date);
    await dialog.getByRole('button', { name: 'Extract events' }).click();
    await authoringBar(page).waitFor();
    expect(await dialog.count(), 'the dialog closes').toBe(0);
    await waitUntilSaved(page);

    // Every extracted event is a draft, on the timeline and in the list.
    const start = await draftCounts(page);
    expect(start.total).toBeGreaterThanOrEqual(4);
    expect(start.drafts).toBe(start.total);
    expect(await marks(page).count()).toBe(start.total);
    expect(await plotOf(page).getByRole('button', { name: /draft/i }).count()).toBe(start.total);
    expect(await eventList(page).getByRole('button', { name: /draft/i }).count()).toBe(start.total);

    // Drafts are drawn dashed, on the timeline and in the list.
    const councilMark = plotOf(page).getByRole('button', { name: HARBOUR.council.name });
    expect(await outlineOf(glyphOf(councilMark), 'outlineStyle')).toBe('dashed');
    expect(await outlineOf(listItem(page, HARBOUR.council.name), 'borderTopStyle')).toBe('dashed');

    // A draft opens in the editor, its passage marked in the article with the date words inside.
    await plotOf(page).getByRole('button', { name: HARBOUR.council.name }).click();
    const edit = editor(page);
    expect(await edit.getByRole('heading', { level: 2 }).textContent()).toMatch(/^Draft\s+The council approved/);
    await edit.getByText(`Dated by “${HARBOUR.council.dateWords}” in the passage.`).waitFor();
    const passage = articleBody(page).locator('mark').first();
    expect(await passage.textContent()).toBe(HARBOUR.council.quote);
    expect(await passage.locator('mark').allTextContents()).toEqual([HARBOUR.council.dateWords]);

    // Editing: a date the timeline cannot read says why and blocks saving; a good one reads back.
    await edit.getByRole('textbox', { name: 'Title' }).fill('Council approves the rebuilding plan');
    const date = edit.getByRole('textbox', { name: 'Date (EDTF)' });
    await date.fill('2025-13');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await edit.getByText(/"2025-13" is not a date the timeline can read/).isVisible()).toBe(true);
    expect(await edit.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    expect(await edit.getByRole('button', { name: 'Accept', exact: true }).isDisabled()).toBe(true);
    await date.fill('2025-03-18');
    expect(await date.getAttribute('aria-invalid')).toBe('false');
    expect(await edit.getByText('on 18 March 2025').isVisible()).toBe(true);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await editor(page)
      .getByRole('heading', { name: /Council approves the rebuilding plan/ })
      .waitFor();
    await editor(page).getByRole('button', { name: 'Accept', exact: true }).click();

    // Accepted: its names lose "Draft"; the count of drafts drops by one.
    await expect.poll(() => draftCounts(page)).toEqual({ drafts: start.total - 1, total: start.total });
    const accepted = plotOf(page).getByRole('button', { name: /Council approves the rebuilding plan/ });
    expect(await accepted.getAttribute('aria-label')).toBe('Council approves the rebuilding plan, 18 March 2025');
    expect(await listItem(page, /Council approves the rebuilding plan/).textContent()).not.toMatch(/draft/i);
    expect(await outlineOf(glyphOf(accepted), 'outlineStyle')).not.toBe('dashed');
    expect(await outlineOf(listItem(page, /Council approves the rebuilding plan/), 'borderTopStyle')).not.toBe(
      'dashed',
    );

    // Rejecting a draft removes it from the timeline and the list.
    await listItem(page, HARBOUR.ferry.name).click();
    await editor(page).getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => draftCounts(page)).toEqual({ drafts: start.total - 2, total: start.total - 1 });
    expect(await listItem(page, HARBOUR.ferry.name).count()).toBe(0);
    expect(await plotOf(page).getByRole('button', { name: HARBOUR.ferry.name }).count()).toBe(0);

    // Words dragged over in the article become a new event quoting exactly them.
    await dragAcross(page, HARBOUR.unclaimed);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(HARBOUR.unclaimed);
    await authoringBar(page).getByRole('button', { name: 'New event from selection' }).click();
    await expect.poll(() => draftCounts(page).then((c) => c.total)).toBe(start.total);
    await listItem(page, HARBOUR.unclaimedName).click();
    await editor(page).getByRole('heading', { name: HARBOUR.unclaimedName }).waitFor();
    expect(await articleBody(page).locator('mark').first().textContent()).toBe(HARBOUR.unclaimed);
    expect(await editor(page).getByRole('blockquote').textContent()).toBe(HARBOUR.unclaimed);

    // A reload brings the timeline back as it was, and says so.
    await waitUntilSaved(page);
    const before = await listTexts(page);
    const counts = await draftCounts(page);
    await page.reload();
    await authoringBar(page).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^Restored “Portwell harbour”, as last saved at \d/ })
      .waitFor();
    expect(await listTexts(page)).toEqual(before);
    expect(await draftCounts(page)).toEqual(counts);

    // The downloaded file passes the validator, and the viewer shows it with its drafts still drafts.
    const { name, file, body } = await downloadDataset(page, true);
    expect(name).toMatch(/^portwell-harbour.*\.json$/);
    const checked = await validate(file);
    expect(checked.code, checked.output).toBe(0);
    await authoringBar(page).getByRole('button', { name: 'Close timeline' }).click();
    await authoringBar(page).waitFor({ state: 'detached' });
    await page
      .getByLabel('Open a dataset…')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Portwell harbour');
    expect(await marks(page).count()).toBe(counts.total);
    expect(
      await plotOf(page)
        .getByRole('button', { name: /^Draft:/ })
        .count(),
    ).toBe(counts.drafts);
    expect(await eventList(page).getByRole('button', { name: /draft/i }).count()).toBe(counts.drafts);
    expect(
      await plotOf(page)
        .getByRole('button', { name: /Council approves the rebuilding plan/ })
        .getAttribute('aria-label'),
    ).toBe('Council approves the rebuilding plan, 18 March 2025');
  });

  it('Accept keeps the edits typed into the editor without pressing Save changes first', async () => {
    const { page } = await browser.open();
    await startAuthoring(page);
    await listItem(page, HARBOUR.council.name).click();
    await editor(page).getByRole('textbox', { name: 'Title' }).fill('Council approves the rebuilding plan');
    await editor(page).getByRole('textbox', { name: 'Date (EDTF)' }).fill('2025-03-18');
    const start = await draftCounts(page);
    await editor(page).getByRole('button', { name: 'Accept', exact: true }).click();
    await expect.poll(() => draftCounts(page).then((c) => c.drafts)).toBe(start.drafts - 1);
    expect(
      await eventList(page)
        .getByRole('button', { name: /Council approves the rebuilding plan/ })
        .count(),
    ).toBe(1);
  });

  it('merges two events into one passage, splits it again at the selection, and keeps categories consistent', async () => {
    const { page } = await browser.open();
    await startAuthoring(page);
    const before = await draftCounts(page);
    const council = HARBOUR.council.quote;
    const work = 'Work began on 12 May 2025, when the first barge of granite arrived from the quarry at Hollin.';

    // Merge the council's plan with the next event: one draft quoting both passages and what lies between.
    await listItem(page, HARBOUR.council.name).click();
    const merge = editor(page).getByRole('combobox', { name: 'Merge with' });
    const workOption = await merge.locator('option', { hasText: 'Work began' }).getAttribute('value');
    await merge.selectOption(workOption!);
    await editor(page).getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(async () => (await draftCounts(page)).total).toBe(before.total - 1);
    // The editor's "Source passage": the quote whole (the article marks it paragraph by paragraph).
    const passage = async () => (await editor(page).locator('blockquote').textContent()) ?? '';
    await expect.poll(passage).toBe(`${council}\n\n${work}`);

    // Split it where the person's selection starts: back to the two passages, both drafts.
    await dragAcross(page, 'Work began on 12 May');
    await editor(page).getByRole('button', { name: 'Split in two' }).click();
    await expect.poll(async () => (await draftCounts(page)).total).toBe(before.total);
    await listItem(page, /Work began on 12 May/).click();
    await expect.poll(passage).toBe(work);
    await listItem(page, HARBOUR.council.name).click();
    await expect.poll(passage).toBe(council);

    // Categories: rename, add, recolour, remove with the events moved; the filters follow.
    await authoringBar(page).getByRole('button', { name: 'Categories…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Categories' });
    const filter = (name: RegExp) => page.getByRole('checkbox', { name });
    const names = await dialog
      .getByRole('textbox', { name: /^Name of / })
      .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    expect(names.length).toBeGreaterThanOrEqual(2);
    const [first, second] = names as [string, string];
    const firstCount = Number(
      /(\d+) events?$/.exec((await filter(new RegExp(`^${first}, `)).getAttribute('aria-label'))!)![1],
    );
    const secondCount = Number(
      /(\d+) events?$/.exec((await filter(new RegExp(`^${second}, `)).getAttribute('aria-label'))!)![1],
    );

    await dialog.getByRole('textbox', { name: `Name of ${first}` }).fill('Harbour works');
    await dialog.getByRole('textbox', { name: `Name of ${first}` }).press('Tab');
    await expect.poll(() => filter(/^Harbour works, /).count()).toBe(1);

    await dialog.getByRole('textbox', { name: 'New category' }).fill('Weather');
    await dialog.getByRole('button', { name: 'Add category' }).click();
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Name of Weather' }).count()).toBe(1);

    await dialog.getByLabel(`Colour of ${second}`).fill('#123456');
    await expect
      .poll(() => filter(new RegExp(`^${second}, `)).evaluate((el) => el.closest('label')?.getAttribute('style') ?? ''))
      .toContain('#123456');

    // Removing the second moves its events to the first ("Harbour works"), so none is left without one.
    await dialog
      .getByRole('combobox', { name: `Move events of ${second} to` })
      .selectOption({ label: 'move to Harbour works' });
    await dialog.getByRole('button', { name: `Remove ${second}` }).click();
    await expect.poll(() => filter(new RegExp(`^${second}, `)).count()).toBe(0);
    await expect
      .poll(async () => filter(/^Harbour works, /).getAttribute('aria-label'))
      .toMatch(new RegExp(`^Harbour works, (\\d+) events?$`));
    const moved = Number(/(\d+) events?$/.exec((await filter(/^Harbour works, /).getAttribute('aria-label'))!)![1]);
    // Events that had both categories count once.
    expect(moved).toBeGreaterThanOrEqual(Math.max(firstCount, secondCount));
    expect(moved).toBeLessThanOrEqual(firstCount + secondCount);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect((await draftCounts(page)).total).toBe(before.total);
  });

  it('by keyboard alone: open, paste, extract, edit and accept a draft, quote typed words, undo', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    await tabTo(page, page.getByRole('button', { name: 'New timeline from an article' }));
    await page.keyboard.press('Enter');
    const dialog = newTimelineDialog(page);
    await dialog.waitFor();
    expect(await hasFocus(dialog.getByRole('textbox', { name: 'Article text' })), 'focus starts in the text').toBe(
      true,
    );
    await page.keyboard.insertText(HARBOUR.text);
    await tabTo(page, dialog.getByRole('textbox', { name: 'Title' }));
    await page.keyboard.type('Harbour by keyboard');
    await page.keyboard.press('Tab');
    // Chromium's date field takes the month, the day and the year in turn.
    await page.keyboard.type('11072025');
    expect(await dialog.getByLabel('Article date').inputValue()).toBe(HARBOUR.date);
    await tabTo(page, dialog.getByRole('button', { name: 'Extract events' }));
    await page.keyboard.press('Enter');
    await authoringBar(page).waitFor();
    const start = await draftCounts(page);

    // A draft, reached in the list, opens in the editor.
    await tabTo(page, listItem(page, HARBOUR.council.name));
    await page.keyboard.press('Enter');
    const edit = editor(page);
    await edit.getByRole('heading', { name: /Draft\s+The council approved/ }).waitFor();
    await tabTo(page, edit.getByRole('textbox', { name: 'Title' }));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Council approves the rebuilding plan');
    await tabTo(page, edit.getByRole('textbox', { name: 'Date (EDTF)' }));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2025-03-18');
    expect(await edit.getByText('on 18 March 2025').isVisible()).toBe(true);
    await tabTo(page, edit.getByRole('button', { name: 'Save changes' }));
    await page.keyboard.press('Enter');
    const saved = editor(page);
    await saved.getByRole('heading', { name: /Draft\s+Council approves the rebuilding plan/ }).waitFor();
    await tabTo(page, saved.getByRole('button', { name: 'Accept', exact: true }));
    await page.keyboard.press('Space');
    await expect.poll(() => draftCounts(page)).toEqual({ drafts: start.total - 1, total: start.total });
    expect(await listItem(page, /Council approves the rebuilding plan/).textContent()).not.toMatch(/draft/i);

    // With nothing selected, "New event from selection" asks for the words to quote.
    await tabTo(page, authoringBar(page).getByRole('button', { name: 'New event from selection' }));
    await page.keyboard.press('Enter');
    const words = authoringBar(page).getByRole('textbox', { name: 'Words to quote' });
    await words.waitFor();
    expect(await hasFocus(words), 'focus moves to the words field').toBe(true);
    await page.keyboard.type(HARBOUR.unclaimed);
    await page.keyboard.press('Enter');
    await expect.poll(() => draftCounts(page).then((c) => c.total)).toBe(start.total + 1);
    expect(await listItem(page, HARBOUR.unclaimedName).count()).toBe(1);

    // Ctrl+Z takes it back (focus is not in a field: the words form has gone); Ctrl+Shift+Z redoes it.
    expect(await page.evaluate(() => document.activeElement?.closest('input, textarea, select') ?? null)).toBeNull();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => draftCounts(page)).toEqual({ drafts: start.total - 1, total: start.total });
    expect(await listItem(page, HARBOUR.unclaimedName).count()).toBe(0);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => listItem(page, HARBOUR.unclaimedName).count()).toBe(1);
  });

  it('an opened file fills the dialog; a bad file says what is wrong and leaves the fields as they were', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    await page.getByRole('button', { name: 'New timeline from an article' }).click();
    const dialog = newTimelineDialog(page);
    const picker = dialog.getByLabel('Open a file…');
    await picker.setInputFiles('tests/e2e/fixtures/author/harbour.txt');
    const text = dialog.getByRole('textbox', { name: 'Article text' });
    const title = dialog.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.inputValue()).toBe('Portwell Harbour Reopens After a Year of Repairs');
    const opened = await text.inputValue();
    expect(opened).toContain(HARBOUR.unclaimed);

    const bad: { name: string; mimeType: string; buffer: Buffer; says: RegExp }[] = [
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0), says: /^empty\.txt is empty/ },
      {
        name: 'photo.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        says: /^photo\.txt is a binary file/,
      },
      {
        name: 'menu.html',
        mimeType: 'text/html',
        buffer: Buffer.from('<html><body><nav><a href="/">Home</a></nav></body></html>'),
        says: /^menu\.html has no readable article/,
      },
      {
        name: 'huge.txt',
        mimeType: 'text/plain',
        buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
        says: /^huge\.txt is too large/,
      },
    ];
    for (const file of bad) {
      await picker.setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: file.buffer });
      await expect.poll(() => dialog.getByRole('alert').textContent(), { message: file.name }).toMatch(file.says);
      expect(await text.inputValue(), `${file.name} leaves the text`).toBe(opened);
      expect(await title.inputValue(), `${file.name} leaves the title`).toBe(
        'Portwell Harbour Reopens After a Year of Repairs',
      );
    }
  });

  it('"My timelines" opens, renames, deletes and undeletes the timelines kept in this browser', async () => {
    const { page } = await browser.open();
    await startAuthoring(page, { title: 'First harbour' });
    await authoringBar(page).getByRole('button', { name: 'Close timeline' }).click();
    await page.getByRole('button', { name: 'New timeline from an article' }).click();
    const dialog = newTimelineDialog(page);
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(HARBOUR.text);
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Second harbour');
    await dialog.getByRole('button', { name: 'Extract events' }).click();
    await authoringBar(page).waitFor();

    await page.getByRole('button', { name: 'My timelines' }).click();
    const mine = page.getByRole('dialog', { name: 'My timelines' });
    await mine.getByRole('listitem').nth(1).waitFor();
    expect(await mine.getByRole('listitem').count()).toBe(2);
    // Renamed when the field loses focus.
    await mine.getByRole('textbox', { name: 'Name of First harbour' }).fill('Harbour, first try');
    await mine.getByRole('textbox', { name: 'Name of First harbour' }).press('Tab');
    await mine.getByRole('button', { name: 'Open Harbour, first try' }).waitFor();

    await mine.getByRole('button', { name: 'Delete Harbour, first try' }).click();
    const deleted = mine.getByRole('status').filter({ hasText: 'Deleted “Harbour, first try”.' });
    await deleted.waitFor();
    expect(await mine.getByRole('button', { name: 'Open Harbour, first try' }).count()).toBe(0);
    await deleted.getByRole('button', { name: 'Undo delete' }).click();
    await mine.getByRole('button', { name: 'Open Harbour, first try' }).click();
    await mine.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('First harbour');
    expect((await draftCounts(page)).total).toBeGreaterThan(0);
  });

  it('axe finds no violations in the dialog or in review with a draft selected', async () => {
    const { page } = await browser.open();
    await gotoApp(page);
    await page.getByRole('button', { name: 'New timeline from an article' }).click();
    const dialog = newTimelineDialog(page);
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(HARBOUR.text);
    await dialog.getByText(/^Needed:/).waitFor();
    expect(await axeViolations(page), 'the dialog').toEqual([]);
    await dialog.getByLabel('Article date').fill(HARBOUR.date);
    await dialog.getByRole('button', { name: 'Extract events' }).click();
    await authoringBar(page).waitFor();
    await listItem(page, HARBOUR.council.name).click();
    await editor(page)
      .getByRole('heading', { name: /^Draft/ })
      .waitFor();
    await settle(page);
    expect(await axeViolations(page), 'review with a draft selected').toEqual([]);
  });

  it('a change made in another tab is announced, not overwritten, and can be loaded', async () => {
    const { context, page: a } = await browser.open();
    await startAuthoring(a);
    await waitUntilSaved(a);
    const b = await secondTab(context);
    await b
      .getByRole('status')
      .filter({ hasText: /^Restored “Portwell harbour”/ })
      .waitFor();
    const start = await draftCounts(b);

    // B rejects a draft: A hears of it.
    await listItem(b, HARBOUR.ferry.name).click();
    await editor(b).getByRole('button', { name: 'Reject' }).click();
    await waitUntilSaved(b);
    const conflict = a.getByRole('alert').filter({ hasText: /^This timeline was changed in another tab at \d/ });
    await conflict.waitFor();

    // A's next change is refused rather than saved over B's.
    await listItem(a, HARBOUR.council.name).click();
    await editor(a).getByRole('button', { name: 'Accept', exact: true }).click();
    await a.getByRole('alert').filter({ hasText: 'Another tab changed this timeline' }).waitFor();
    await b.reload();
    await authoringBar(b).waitFor();
    expect(await draftCounts(b)).toEqual({ drafts: start.total - 1, total: start.total - 1 });
    expect(await listItem(b, HARBOUR.council.name).textContent()).toMatch(/draft/i);

    // "Load the other tab’s version" shows B's change in A.
    expect(await conflict.getByRole('button', { name: 'Download mine' }).isVisible()).toBe(true);
    await conflict.getByRole('button', { name: 'Load the other tab’s version' }).click();
    await expect.poll(() => listItem(a, HARBOUR.ferry.name).count()).toBe(0);
    expect(await draftCounts(a)).toEqual({ drafts: start.total - 1, total: start.total - 1 });
    expect(await a.getByRole('alert').count()).toBe(0);
  });

  const refusals = [
    {
      how: 'reading indexedDB throws',
      script: () =>
        Object.defineProperty(window, 'indexedDB', {
          get() {
            throw new DOMException('refused', 'SecurityError');
          },
        }),
      // The page logs the refusal as an uncaught error (reported below).
      expectProblems: true,
    },
    {
      how: 'indexedDB.open throws',
      script: () => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('refused', 'SecurityError');
        };
      },
      expectProblems: false,
    },
  ];

  it.each(refusals)('when $how, says the work is not kept, offers a download, and editing still works', async (r) => {
    const { context, page } = await browser.open({ expectProblems: r.expectProblems });
    await context.addInitScript(r.script);
    await startAuthoring(page);
    const notKept = page.getByRole('alert').filter({ hasText: /not kept in this browser/ });
    await notKept.waitFor();
    expect(await draftsLine(page).textContent()).not.toMatch(/Saved in this browser/);

    const start = await draftCounts(page);
    await listItem(page, HARBOUR.ferry.name).click();
    await editor(page).getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => draftCounts(page)).toEqual({ drafts: start.drafts - 1, total: start.total - 1 });
    await listItem(page, HARBOUR.council.name).click();
    await editor(page).getByRole('button', { name: 'Accept', exact: true }).click();
    await expect.poll(() => draftCounts(page).then((c) => c.drafts)).toBe(start.drafts - 2);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notKept.getByRole('button', { name: 'Download now' }).click(),
    ]);
    const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as { events: unknown[] };
    expect(saved.events).toHaveLength(start.total - 1);
  });

  it('when reading indexedDB throws, "My timelines" says no timeline can be kept', async () => {
    const { context, page } = await browser.open({ expectProblems: true });
    await context.addInitScript(refusals[0]!.script);
    await gotoApp(page);
    await page.getByRole('button', { name: 'My timelines' }).click();
    await page
      .getByText(/No timeline can be kept in this browser|can't be kept in this browser/)
      .first()
      .waitFor({ timeout: 2_000 });
  });

  const sizes: { name: string; options: OpenOptions }[] = [
    { name: 'author-desktop', options: { viewport: { width: 1280, height: 900 } } },
    { name: 'author-phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  ];

  it.each(sizes)(
    '$name: review with a draft selected, nothing out of the screen sideways',
    async ({ name, options }) => {
      const { page } = await browser.open(options);
      await startAuthoring(page);
      await listItem(page, HARBOUR.council.name).click();
      await editor(page)
        .getByRole('heading', { name: /^Draft/ })
        .waitFor();
      // Nothing sideways out of the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      await settle(page);
      // Kept in test-results/screenshots/; the README's copies in docs/screenshots/ are updated by hand.
      await saveScreenshot(page, name, true);
    },
  );

  it.each(sizes)('$name: "Merge with" and its button fit inside the editor', async ({ options }) => {
    const { page } = await browser.open(options);
    await startAuthoring(page);
    await listItem(page, HARBOUR.council.name).click();
    const edit = editor(page);
    await edit.getByRole('heading', { name: /^Draft/ }).waitFor();
    const outer = await boxOf(edit);
    for (const control of [
      edit.getByRole('combobox', { name: 'Merge with' }),
      edit.getByRole('button', { name: 'Merge', exact: true }),
    ]) {
      const box = await boxOf(control);
      expect(box.x, `${control.toString()} left edge`).toBeGreaterThanOrEqual(outer.x);
      expect(box.x + box.width, `${control.toString()} right edge`).toBeLessThanOrEqual(outer.x + outer.width);
    }
  });
});
