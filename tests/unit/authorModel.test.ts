import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/dataset';
import { applyEdit, type Edit } from '../../src/author/model/edits';
import { checkActors, checkColor, checkDate, checkNote, checkTitle } from '../../src/author/model/fields';
import { mergeDates } from '../../src/author/model/mergeDates';
import { nextId } from '../../src/author/model/names';
import { toDatasetInput, workFromDraft, type Work, type WorkEvent } from '../../src/author/model/work';
import { extractDraft } from '../../src/extract/extract';
import { readSource } from '../../src/extract/source';

const ARTICLE = `Harbour towns agree new ferry link

PORTMOUTH, June 2, 2025 — The two harbour towns signed a ferry agreement on Monday, the mayor said.

In March, the council of Eastholm approved the budget for a new pier. Work on the pier began in April 2025 and is due to finish in 2026.

The ministry said that the first ferry would sail in September. Talks with the shipping company continued through the summer.

In May, residents protested outside the town hall against the fares.
`;

const NOW = 1_750_000_000_000;

function workOf(text: string, fileName = 'a.txt'): Work {
  const read = readSource(new TextEncoder().encode(text), fileName);
  if (!read.ok) throw new Error(read.message);
  const draft = extractDraft(read.doc);
  if (!draft.ok) throw new Error(draft.message);
  return workFromDraft(draft.dataset, 'w1', NOW - 1000);
}

const work = workOf(ARTICLE);
const text = work.source.text;
const byQuote = (w: Work, start: string): WorkEvent => {
  const e = w.events.find((x) => x.quote.startsWith(start));
  if (!e) throw new Error(`no event quoting ${start}`);
  return e;
};
const march = byQuote(work, 'In March');
const pier = byQuote(work, 'Work on the pier');
const ministry = byQuote(work, 'The ministry');

/** Applies an edit that must succeed, and checks the input was left as it was. */
function edit(w: Work, e: Edit): Work {
  const before = structuredClone(w);
  const r = applyEdit(w, e, NOW);
  expect(w).toEqual(before);
  if (!r.ok) throw new Error(r.message);
  expect(r.work).not.toBe(w);
  expect(r.work.updatedAt).toBe(NOW);
  return r.work;
}

function refusal(w: Work, e: Edit): string {
  const before = structuredClone(w);
  const r = applyEdit(w, e, NOW);
  expect(w).toEqual(before);
  if (r.ok) throw new Error(`${e.kind} was not refused`);
  return r.message;
}

/** Every quote is the text at its offset and occurs once, and the download opens in the viewer. */
function expectSound(w: Work) {
  for (const e of w.events) {
    expect(w.source.text.slice(e.quoteStart, e.quoteStart + e.quote.length)).toBe(e.quote);
    expect(w.source.text.indexOf(e.quote, e.quoteStart + 1)).toBe(-1);
    expect(w.source.text.indexOf(e.quote)).toBe(e.quoteStart);
  }
  const out = toDatasetInput(w, { drafts: 'keep' });
  if (!out.ok) throw new Error(out.message);
  expect(parseDataset(out.dataset).ok).toBe(true);
}

describe('a work from a draft', () => {
  it('starts with every event a draft whose quote is at its offset', () => {
    expect(work.events.length).toBeGreaterThanOrEqual(5);
    expect(work.events.every((e) => e.status === 'draft')).toBe(true);
    expect(work.createdAt).toBe(NOW - 1000);
    expectSound(work);
  });
});

describe('toDatasetInput', () => {
  it('keeps drafts marked "draft" and the file passes parseDataset', () => {
    const out = toDatasetInput(work, { drafts: 'keep' });
    if (!out.ok) throw new Error(out.message);
    expect(out.dataset.events.every((e) => e.status === 'draft')).toBe(true);
    expect(out.dataset.events[0]).not.toHaveProperty('quoteStart');
    expect(parseDataset(out.dataset).ok).toBe(true);
  });

  it('leaves drafts out and writes checked events without a status', () => {
    expect(toDatasetInput(work, { drafts: 'leave-out' })).toMatchObject({ ok: false });
    const w = edit(work, { kind: 'accept', id: march.id });
    const out = toDatasetInput(w, { drafts: 'leave-out' });
    if (!out.ok) throw new Error(out.message);
    expect(out.dataset.events.map((e) => e.id)).toEqual([march.id]);
    expect(out.dataset.events[0]).not.toHaveProperty('status');
    expect(out.dataset.events[0]).not.toHaveProperty('confidence');
    expect(out.dataset.categories).toEqual(work.categories);
    expect(parseDataset(out.dataset).ok).toBe(true);
  });

  it('says it cannot make a dataset when no event is left', () => {
    const empty = work.events.reduce((w, e) => edit(w, { kind: 'reject', id: e.id }), work);
    const out = toDatasetInput(empty, { drafts: 'keep' });
    expect(out).toEqual({ ok: false, message: expect.stringMatching(/at least one/) });
  });

  it('makes a valid dataset of the seed article in both draft modes', () => {
    const seedText = readFileSync(new URL('../../../shared/seed/article.txt', import.meta.url), 'utf8');
    const seed = workOf(seedText, 'article.txt');
    expectSound(seed);
    const all = edit(seed, { kind: 'acceptAll' });
    for (const w of [seed, all]) {
      for (const drafts of ['keep', 'leave-out'] as const) {
        const out = toDatasetInput(w, { drafts });
        if (w === seed && drafts === 'leave-out') expect(out.ok).toBe(false);
        else if (!out.ok) throw new Error(out.message);
        else expect(parseDataset(out.dataset).ok).toBe(true);
      }
    }
  });
});

describe('accepting and rejecting', () => {
  it('accept checks one draft; accepting it again is refused', () => {
    const w = edit(work, { kind: 'accept', id: march.id });
    expect(byQuote(w, 'In March').status).toBe('checked');
    expect(w.events.filter((e) => e.status === 'draft')).toHaveLength(work.events.length - 1);
    expect(refusal(w, { kind: 'accept', id: march.id })).toMatch(/already checked/);
    expect(refusal(w, { kind: 'accept', id: 'nope' })).toMatch(/no event "nope"/);
  });

  it('reject removes the event', () => {
    const w = edit(work, { kind: 'reject', id: pier.id });
    expect(w.events.map((e) => e.id)).not.toContain(pier.id);
    expect(w.events).toHaveLength(work.events.length - 1);
  });

  it('acceptAll checks every draft, and is refused when none is left', () => {
    const w = edit(work, { kind: 'acceptAll' });
    expect(w.events.every((e) => e.status === 'checked')).toBe(true);
    expect(refusal(w, { kind: 'acceptAll' })).toMatch(/no drafts/);
  });
});

describe('update', () => {
  it('changes the given fields and leaves a draft a draft', () => {
    const w = edit(work, {
      kind: 'update',
      id: march.id,
      fields: { title: '  Pier budget approved ', actors: ['Eastholm council', ' Eastholm council'], note: 'Checked.' },
    });
    const e = byQuote(w, 'In March');
    expect(e).toMatchObject({
      title: 'Pier budget approved',
      actors: ['Eastholm council'],
      note: 'Checked.',
      status: 'draft',
    });
    expect(e.date).toBe(march.date);
  });

  it('a new date drops how the engine drafted the old one', () => {
    expect(march.dateSource).toBeDefined();
    const e = byQuote(edit(work, { kind: 'update', id: march.id, fields: { date: '2025-03-04' } }), 'In March');
    expect(e.date).toBe('2025-03-04');
    expect(e).not.toHaveProperty('dateSource');
    expect(e).not.toHaveProperty('confidence');
  });

  it('an empty note removes it', () => {
    const w = edit(work, { kind: 'update', id: march.id, fields: { note: 'x' } });
    expect(byQuote(edit(w, { kind: 'update', id: march.id, fields: { note: ' ' } }), 'In March')).not.toHaveProperty(
      'note',
    );
  });

  it.each([
    ['an empty title', { title: ' ' }, /^Title/],
    ['a 301-character title', { title: 'x'.repeat(301) }, /^Title.*301/],
    ['month 13', { date: '2025-13' }, /^Date/],
    ['no categories', { categories: [] }, /^Categories/],
    ['an unknown category', { categories: ['nonsense'] }, /^Categories.*nonsense/],
    ['an empty actor', { actors: ['Russia', ''] }, /^Actors/],
    ['an 81-character actor', { actors: ['x'.repeat(81)] }, /^Actors/],
    ['an empty attribution', { attribution: '' }, /^Attribution/],
    ['a 2,001-character note', { note: 'x'.repeat(2001) }, /^Note/],
  ])('refuses %s, naming the field', (_what, fields, message) => {
    expect(refusal(work, { kind: 'update', id: march.id, fields })).toMatch(message);
  });
});

describe('merge', () => {
  it('quotes verbatim from the earlier quote to the later, whichever order the ids come in', () => {
    const w = edit(work, { kind: 'merge', ids: [pier.id, march.id] });
    const merged = w.events.find((e) => e.id === march.id)!;
    expect(merged.quote).toBe(text.slice(march.quoteStart, pier.quoteStart + pier.quote.length));
    expect(merged).toMatchObject({
      title: march.title,
      attribution: march.attribution,
      status: 'draft',
      date: '2025-03/2025-04',
    });
    expect(merged.categories).toEqual([...new Set([...march.categories, ...pier.categories])]);
    expect(w.events.some((e) => e.id === pier.id)).toBe(false);
    expect(w.events).toHaveLength(work.events.length - 1);
    expect(edit(work, { kind: 'merge', ids: [march.id, pier.id] }).events).toEqual(w.events);
    expectSound(w);
  });

  it('refuses one event twice or an unknown one', () => {
    expect(refusal(work, { kind: 'merge', ids: [march.id, march.id] })).toMatch(/two different/);
    expect(refusal(work, { kind: 'merge', ids: [march.id, 'gone'] })).toMatch(/no event "gone"/);
  });

  it.each([
    ['2025-05', '2025-09', '2025-05/2025-09'],
    ['2025-09', '2025-05', '2025-05/2025-09'],
    ['2025', '2025-05', '2025'],
    ['2025-03-10', '2025-05', '2025-03-10/2025-05'],
    ['2025-05', '2025-05', '2025-05'],
    ['2025-05/..', '2024', '2025-05/..'],
  ])('combines the dates %s and %s as %s', (a, b, merged) => {
    expect(mergeDates(a, b)).toBe(merged);
  });
});

describe('split', () => {
  const at = march.quoteStart + march.quote.indexOf('the council');

  it('cuts one event into two drafts with verbatim, trimmed quotes and a new id', () => {
    const accepted = edit(work, { kind: 'accept', id: march.id });
    const w = edit(accepted, { kind: 'split', id: march.id, at });
    const i = w.events.findIndex((e) => e.id === march.id);
    const [one, two] = [w.events[i]!, w.events[i + 1]!];
    expect(one).toMatchObject({ quote: 'In March,', status: 'draft', date: march.date });
    expect(two).toMatchObject({
      id: `${march.id}-2`,
      quote: 'the council of Eastholm approved the budget for a new pier.',
      title: 'The council of Eastholm approved the budget for a new pier',
      status: 'draft',
      categories: march.categories,
      attribution: march.attribution,
    });
    expectSound(w);
  });

  it('refuses a cut at the edge, outside the quote, or leaving words found elsewhere', () => {
    expect(refusal(work, { kind: 'split', id: march.id, at: march.quoteStart })).toMatch(/inside the passage/);
    expect(refusal(work, { kind: 'split', id: march.id, at: march.quoteStart + march.quote.length })).toMatch(/inside/);
    expect(refusal(work, { kind: 'split', id: ministry.id, at: ministry.quoteStart + 3 })).toMatch(/more than once/);
  });

  it('gives the next free id when -2 is taken', () => {
    expect(nextId(['a', 'a-2'], 'a')).toBe('a-3');
    expect(nextId(['b'], 'a')).toBe('a');
  });
});

describe('addFromSelection', () => {
  const select = (w: Work, words: string, pad = 0) => {
    const start = w.source.text.indexOf(words);
    return { kind: 'addFromSelection' as const, start: start - pad, end: start + words.length + pad };
  };

  it('adds a checked event dated by the selected words', () => {
    const words = 'Work on the pier began in April 2025 and is due to finish in 2026.';
    const w = edit(work, select(work, words, 1));
    const e = w.events.find((x) => x.quote === words)!;
    expect(e).toMatchObject({ status: 'checked', date: '2025-04', quoteStart: text.indexOf(words) });
    expect(e.title).toMatch(/^Work on the pier/);
    expect(w.categories.map((c) => c.id)).toEqual(expect.arrayContaining(e.categories));
    expectSound(w);
  });

  it('without a date in the words, borrows the article year and leaves a draft saying so', () => {
    const words = 'residents protested outside the town hall';
    const e = edit(work, select(work, words)).events.find((x) => x.quote === words)!;
    expect(e).toMatchObject({ status: 'draft', date: '2025', attribution: 'Not attributed in the passage' });
    expect(e.note).toMatch(/^No date in the selection: .*2025.*check it/);
  });

  it('refuses words that repeat, an existing quote, or nothing', () => {
    expect(refusal(work, select(work, 'pier'))).toBe(
      'These words occur more than once in the article; select a longer passage',
    );
    expect(refusal(work, select(work, march.quote))).toMatch(/already quotes/);
    expect(refusal(work, { kind: 'addFromSelection', start: 0, end: 0 })).toMatch(/Select/);
    const gap = text.indexOf('\n\n');
    expect(refusal(work, { kind: 'addFromSelection', start: gap, end: gap + 2 })).toMatch(/Select/);
  });
});

describe('categories', () => {
  it('addCategory makes a slug id and picks an unused readable colour', () => {
    const w = edit(work, { kind: 'addCategory', label: 'Ferry & port' });
    const c = w.categories[w.categories.length - 1]!;
    expect(c).toMatchObject({ id: 'ferry-port', label: 'Ferry & port' });
    expect(work.categories.map((x) => x.color)).not.toContain(c.color);
    const again = edit(w, { kind: 'addCategory', label: 'Ferry port!', color: '#ABC' });
    expect(again.categories.at(-1)).toMatchObject({ id: 'ferry-port-2', color: '#aabbcc' });
    expect(refusal(w, { kind: 'addCategory', label: 'ferry & PORT' })).toMatch(/already a category/);
    expect(refusal(w, { kind: 'addCategory', label: 'Boats', color: 'blue' })).toMatch(/^Colour/);
    expect(refusal(w, { kind: 'addCategory', label: '' })).toMatch(/^Name/);
  });

  it('rename keeps the id and recolor checks the colour', () => {
    const w = edit(work, { kind: 'renameCategory', id: 'economy', label: 'Money' });
    expect(w.categories.find((c) => c.id === 'economy')!.label).toBe('Money');
    expect(
      edit(w, { kind: 'recolorCategory', id: 'economy', color: '#112233' }).categories.find((c) => c.id === 'economy')!
        .color,
    ).toBe('#112233');
    expect(refusal(w, { kind: 'recolorCategory', id: 'economy', color: '#12345' })).toMatch(/not a colour/);
  });

  it('removeCategory refuses to leave events without a category unless told where to move them', () => {
    expect(refusal(work, { kind: 'removeCategory', id: 'economy' })).toMatch(/^1 event has no other category/);
    expect(refusal(work, { kind: 'removeCategory', id: 'economy', moveTo: 'nope' })).toMatch(/no category "nope"/);
    const w = edit(work, { kind: 'removeCategory', id: 'economy', moveTo: 'other' });
    expect(w.categories.map((c) => c.id)).not.toContain('economy');
    expect(byQuote(w, 'In March').categories).toEqual(['other']);
    expectSound(w);
  });

  it('the last category cannot be removed', () => {
    let w = edit(work, { kind: 'removeCategory', id: 'economy', moveTo: 'other' });
    w = edit(w, { kind: 'removeCategory', id: 'society', moveTo: 'other' });
    expect(refusal(w, { kind: 'removeCategory', id: 'other' })).toMatch(/last category/);
  });
});

describe('field checks', () => {
  it.each([
    ['2025', 'some time in 2025'],
    ['2025-05', 'somewhere in May 2025'],
    ['2025-08-15', 'on 15 August 2025'],
    ['2025-05/2025-09', 'between May 2025 and September 2025'],
    ['2025-05~', 'around May 2025'],
    ['2025?', 'perhaps some time in 2025'],
    ['2025-05-01%', 'perhaps around 1 May 2025'],
    ['2025-05/..', 'from May 2025 onwards'],
    ['../2025', 'until 2025'],
  ])('checkDate reads %s as "%s"', (date, reading) => {
    expect(checkDate(` ${date} `)).toEqual({ ok: true, value: date, reading });
  });

  it('checkDate explains a date it cannot read', () => {
    expect(checkDate('May 2025')).toMatchObject({ ok: false, message: expect.stringMatching(/2025-05/) });
    expect(checkDate('')).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
  });

  it('checkActors splits on commas, ignores a trailing comma and refuses an empty name', () => {
    expect(checkActors('Russia, China, ')).toEqual({ ok: true, value: ['Russia', 'China'] });
    expect(checkActors('')).toEqual({ ok: true, value: [] });
    expect(checkActors('Russia, , China').ok).toBe(false);
  });

  it('checkTitle, checkNote and checkColor hold the format limits', () => {
    expect(checkTitle(' A ')).toEqual({ ok: true, value: 'A' });
    expect(checkTitle('').ok).toBe(false);
    expect(checkNote('')).toEqual({ ok: true, value: '' });
    expect(checkNote('x'.repeat(2001)).ok).toBe(false);
    expect(checkColor('#A1B2C3')).toEqual({ ok: true, value: '#a1b2c3' });
  });
});
