import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/data/datasetText';
import { extractDraft, type DraftEvent } from '../../src/extract/extract';
import { readSource } from '../../src/extract/source';

function draft(text: string, fileName: string, date?: string) {
  const read = readSource(new TextEncoder().encode(text), fileName);
  if (!read.ok) throw new Error(read.message);
  const result = extractDraft(read.doc, date ? { date } : {});
  if (!result.ok) throw new Error(result.message);
  return result.dataset;
}

/** The drafts as [date, the start of the quote], for comparing with what a reader would draft. */
const summary = (events: readonly DraftEvent[]) => events.map((e) => [e.date, e.quote.slice(0, 30)]);

const STORMS = `Flood defences approved after record storms

LONDON, March 15, 2013 — The city council approved a £40 million flood defence plan on Tuesday, officials said.

The plan follows the storms of last December, which flooded 2,000 homes. Work on the first barrier began in January and is due to finish in 2015.

Council leader Jane Holt said on Thursday that the barrier "will protect the river quarter for a generation".

In July, the council had rejected an earlier proposal. Residents have campaigned for years.
`;

const TRADE = `Ministry lists the year's trade agreements

The trade ministry said it had concluded several agreements in 2024, its busiest year.

In the spring, the ministry signed three accords:

• April 3: A customs agreement with Chile
• May 20: A digital trade memorandum with Singapore
• An investment treaty with Kenya

The ministry also reported that exports to Asia rose.

These agreements were described as part of a wider strategy.
`;

const BRIDGE = `# Bridge reopens after two-year closure

The Harbour Bridge, closed for two years, reopened on Monday, the transport authority said.

Repairs ran from March 2023 to August 2024, and a final inspection took place in September.

Ferries will run every hour until the end of the month.
`;

describe('drafting events from a news article', () => {
  it('resolves relative dates against the dateline with the verb’s tense, and leaves the dateline itself out', () => {
    const { events, source } = draft(STORMS, 'storms.txt');
    expect(source.documentDate).toMatchObject({ value: '2013-03-15', source: 'dateline' });
    expect(summary(events)).toEqual([
      ['2013-03-12', 'LONDON, March 15, 2013 — The c'],
      ['2012-12', 'The plan follows the storms of'],
      ['2013-01', 'Work on the first barrier bega'],
      ['2015', 'is due to finish in 2015'],
      ['2013-03-14', 'Council leader Jane Holt said '],
      ['2012-07', 'In July, the council had rejec'],
    ]);
  });

  it('cuts a sentence with two dated happenings into two drafts, each quoting its clause', () => {
    const { events } = draft(STORMS, 'storms.txt');
    expect(events.map((e) => e.quote)).toContain('Work on the first barrier began in January');
    const finish = events.find((e) => e.date === '2015')!;
    expect(finish.quote).toBe('is due to finish in 2015');
    expect(finish.note).toMatch(/future tense/);
  });

  it('dates a reported statement by the saying only when the passage gives no other date, and says so', () => {
    const { events } = draft(STORMS, 'storms.txt');
    const said = events.find((e) => e.date === '2013-03-14')!;
    expect(said.note).toMatch(/when it was said/);
    expect(said.attribution).toMatch(/Jane Holt said/);
    // "officials said" after "on Tuesday": the approval is dated by Tuesday, and attributed.
    expect(events[0]!.attribution).toMatch(/officials said/i);
  });

  it('gives list items their own dates, and an undated item its lead-in’s date with the reason', () => {
    const { events, source } = draft(TRADE, 'trade.txt');
    expect(source.documentDate).toMatchObject({ value: '2024', source: 'framing' });
    expect(summary(events)).toEqual([
      ['2024', 'The trade ministry said it had'],
      ['2024-04-03', 'April 3: A customs agreement w'],
      ['2024-05-20', 'May 20: A digital trade memora'],
      ['2024-03~/2024-05~', 'An investment treaty with Keny'],
      ['2024', 'The ministry also reported tha'],
    ]);
    const kenya = events[3]!;
    expect(kenya).toMatchObject({ dateSource: 'heading', dateText: 'the spring' });
    expect(kenya.note).toMatch(/In the spring, the ministry signed three accords/);
    expect(events[4]).toMatchObject({ dateSource: 'framing' });
    expect(events[4]!.note).toMatch(/framing/);
  });

  it('drafts nothing for a sentence that only points back at happenings already told', () => {
    const { events } = draft(TRADE, 'trade.txt');
    expect(events.some((e) => e.quote.startsWith('These agreements'))).toBe(false);
  });

  it('keeps a range as one interval and a duration out of the dates', () => {
    const { events } = draft(BRIDGE, 'bridge.md', '2024-10-09');
    expect(summary(events)).toEqual([
      ['2024-10-07', 'The Harbour Bridge, closed for'],
      ['2023-03/2024-08', 'Repairs ran from March 2023 to'],
      ['2024-09', 'a final inspection took place '],
    ]);
    expect(events[1]!.dateText).toBe('March 2023 to August 2024');
  });

  it('writes datasets the app accepts, each quote verbatim in the text and each title in the quote’s words', () => {
    for (const [text, name, date] of [
      [STORMS, 'storms.txt'],
      [TRADE, 'trade.txt'],
      [BRIDGE, 'bridge.md', '2024-10-09'],
    ] as const) {
      const dataset = draft(text, name, date);
      const check = parseDatasetText(JSON.stringify(dataset));
      expect(check.ok, name).toBe(true);
      for (const e of dataset.events) {
        expect(dataset.source.text).toContain(e.quote);
        expect(e.status).toBe('draft');
        expect(e.confidence).toBeGreaterThan(0);
        expect(e.confidence).toBeLessThanOrEqual(1);
        const quoteWords = new Set(e.quote.toLowerCase().match(/[\p{L}\p{N}’'£-]+/gu));
        for (const word of e.title
          .replace('…', '')
          .toLowerCase()
          .match(/[\p{L}\p{N}’'£-]+/gu) ?? [])
          expect(quoteWords.has(word), `"${word}" of "${e.title}"`).toBe(true);
      }
    }
  });

  it('says clearly when a text holds no dated happening', () => {
    const read = readSource(new TextEncoder().encode('The committee met and talked about the weather.\n'), 'x.txt');
    if (!read.ok) throw new Error(read.message);
    expect(extractDraft(read.doc)).toEqual({ ok: false, message: expect.stringMatching(/no dated happening/) });
  });
});

describe('drafting the seed article', () => {
  const bytes = readFileSync(new URL('../../../shared/seed/article.txt', import.meta.url));
  const read = readSource(bytes, 'article.txt');
  if (!read.ok) throw new Error(read.message);
  const gold = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as {
    events: { id: string; date: string; quote: string }[];
  };

  it.each([undefined, '2025-12-31'])('matches at least 18 of the 20 hand-made events (date %s)', (date) => {
    const result = extractDraft(read.doc, date ? { date } : {});
    if (!result.ok) throw new Error(result.message);
    const { events } = result.dataset;
    const overlaps = (a: string, b: string) =>
      a.includes(b) || b.includes(a) || (a.length > 20 && b.includes(a.slice(-20)));
    const matched = gold.events.filter((g) => events.some((e) => e.date === g.date && overlaps(e.quote, g.quote)));
    expect(matched.length).toBeGreaterThanOrEqual(18);
    expect(events.length - matched.length).toBeLessThanOrEqual(6);
    // Undated outcomes take the year of the article's framing, and say so.
    expect(events.find((e) => e.quote.startsWith('Advancing economic'))).toMatchObject({
      date: '2025',
      dateSource: 'framing',
    });
    // "through 2030" is a horizon: nothing is dated 2030.
    expect(events.some((e) => e.date.includes('2030'))).toBe(false);
  });
});

describe('a text dated only from when it was written', () => {
  it('asks for the article’s date, naming the words that need it, rather than drafting nothing silently', () => {
    const text =
      'The minister resigned on Tuesday after a week of protests.\n\nHis deputy will take over next month.\n';
    const read = readSource(new TextEncoder().encode(text), 'x.txt');
    if (!read.ok) throw new Error(read.message);
    const result = extractDraft(read.doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/"Tuesday", "next month".*give the article's date/);
    const dated = extractDraft(read.doc, { date: '2024-03-08' });
    expect(dated.ok && dated.dataset.events.map((e) => e.date)).toEqual(['2024-03-05', '2024-04']);
  });
});
