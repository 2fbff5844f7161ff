import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/dataset';
import { convertTimelineJson } from '../../src/import/timelinejs';
import type { ImportedEvent, ImportResult } from '../../src/import/types';
import { summaryLine } from '../../src/import/types';

type Ok = Extract<ImportResult, { ok: true }>;

function ok(input: unknown): Ok {
  const r = convertTimelineJson(input, 'fallback');
  if (!r.ok) throw new Error(r.message);
  const checked = parseDataset(r.dataset);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return r;
}

const slide = (start: Record<string, unknown>, headline: string, extra: Record<string, unknown> = {}) => ({
  start_date: start,
  text: { headline, text: `<p>About ${headline}.</p>` },
  ...extra,
});

function byTitle(r: Ok, title: string): ImportedEvent {
  const e = r.dataset.events.find((x) => x.title === title);
  if (!e) throw new Error(`no event ${title}`);
  return e;
}

describe('convertTimelineJson: dates', () => {
  it('keeps exactly the precision given: year, month, day, time', () => {
    const r = ok({
      events: [
        slide({ year: 1815 }, 'Year'),
        slide({ year: 2025, month: 5 }, 'Month'),
        slide({ year: '2025', month: '08', day: '15' }, 'Day'),
        slide({ year: 2025, month: 8, day: 15, hour: 10 }, 'Hour'),
        slide({ year: 2025, month: 8, day: 15, hour: 10, minute: 5, second: 7 }, 'Second'),
      ],
    });
    expect(r.dataset.events.map((e) => e.date)).toEqual([
      '1815',
      '2025-05',
      '2025-08-15',
      '2025-08-15T10:00:00',
      '2025-08-15T10:05:07',
    ]);
  });

  it('writes years below 1000 with four digits', () => {
    expect(ok({ events: [slide({ year: 602 }, 'Early')] }).dataset.events[0]!.date).toBe('0602');
  });

  it('makes end_date an interval, and keeps the start alone when the end comes first', () => {
    const r = ok({
      events: [
        slide({ year: 1943, month: 7 }, 'Range', { end_date: { year: 1946 } }),
        slide({ year: 2000 }, 'Backwards', { end_date: { year: 1990 } }),
        slide({ year: 2001 }, 'Same', { end_date: { year: 2001 } }),
      ],
    });
    expect(byTitle(r, 'Range').date).toBe('1943-07/1946');
    expect(byTitle(r, 'Backwards').date).toBe('2000');
    expect(byTitle(r, 'Backwards').note).toMatch(/end date is left out/);
    expect(r.notices).toEqual([expect.stringMatching(/^“Backwards” \(events\[1\]\): shown at its start date only/)]);
    expect(byTitle(r, 'Same').date).toBe('2001');
  });

  it('puts display_date into the note', () => {
    const r = ok({
      events: [slide({ year: 1901, display_date: 'c. 1900' }, 'Shown', { display_date: 'Around <i>1900</i>' })],
    });
    expect(r.dataset.events[0]!.note).toBe('Shown as “Around 1900”. Shown as “c. 1900”.');
  });

  it('names cosmological dates it cannot place while the rest, BC years too, load', () => {
    const r = ok({
      events: [
        slide({ year: -13800000000 }, 'Big Bang'),
        slide({ year: '-300' }, 'Euclid'),
        slide({ year: 1969, month: 7, day: 20 }, 'Moon'),
      ],
    });
    expect(r.dataset.events.map((e) => [e.title, e.date])).toEqual([
      ['Euclid', '-0300'],
      ['Moon', '1969-07-20'],
    ]);
    expect(r.notices).toEqual([
      '“Big Bang” (events[0]): the year -13800000000 is beyond what the time axis can show, so it is left out.',
    ]);
  });

  it('fails with every event named when none can be shown', () => {
    const r = convertTimelineJson({ events: [slide({ year: -4600000000 }, 'Sun')] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.notices).toEqual([expect.stringContaining('“Sun” (events[0]): the year -4600000000')]);
  });

  it('names events with no date, a non-number year, an impossible day or no words', () => {
    const r = ok({
      events: [
        { text: { headline: 'Undated' } },
        slide({ year: 'soon' }, 'Wordy'),
        slide({ year: 2025, month: 2, day: 30 }, 'Feb 30'),
        slide({ year: 2025, month: 13 }, 'Month 13'),
        { start_date: { year: 2020 }, text: {} },
        'not an object',
        slide({ year: 2024 }, 'Fine'),
      ],
    });
    expect(r.dataset.events.map((e) => e.title)).toEqual(['Fine']);
    expect(r.notices).toEqual([
      '“Undated” (events[0]): has no start date (a year at least), so it is left out.',
      '“Wordy” (events[1]): the year "soon" is not a whole number, so it is left out.',
      '“Feb 30” (events[2]): 2025-02-30 is not a date: February 2025 has no day 30 (it has 28 days), so it is left out.',
      '“Month 13” (events[3]): 2025-13 is not a date: month 13 does not exist, so it is left out.',
      'The untitled event at events[4]: has neither a headline nor a text to show or quote, so it is left out.',
      'events[5] is not an event (it is string), so it is left out.',
    ]);
  });
});

describe('convertTimelineJson: text, links, categories', () => {
  it('takes the title slide as the source title and its text into the framing', () => {
    const r = ok({
      title: { text: { headline: 'My <b>Timeline</b>', text: '<p>What it is.</p>' } },
      events: [slide({ year: 2000 }, 'One')],
    });
    expect(r.dataset.source.title).toBe('My Timeline');
    expect(r.dataset.source.framing).toMatch(/^What it is\. .*timeline's own headlines and texts.*not an article's/);
    expect(r.dataset.source.author).toBe('Not stated');
    expect(r.dataset.source.publisher).toBe('Not stated');
  });

  it("quotes each event's own block of headline and text from source.text", () => {
    const r = ok({ events: [slide({ year: 2000 }, 'One'), slide({ year: 2001 }, 'Two')] });
    expect(r.dataset.source.text).toBe('One\nAbout One.\n\nTwo\nAbout Two.');
    expect(r.dataset.events.map((e) => e.quote)).toEqual(['One\nAbout One.', 'Two\nAbout Two.']);
  });

  it('tells identical or nested passages apart so every quote occurs once, and says so', () => {
    const same = { start_date: { year: 1904 }, text: { headline: 'Bluesky' } };
    const r = ok({
      events: [same, same, { start_date: { year: 1904 }, text: { headline: 'Bluesky', text: 'More.' } }],
    });
    expect(r.dataset.events.map((e) => e.quote)).toEqual(['Bluesky (1)', 'Bluesky (2)', 'Bluesky\nMore.']);
    expect(r.dataset.events[0]!.note).toMatch(/“\(1\)” was added/);
  });

  it('plain-texts hostile HTML and keeps only http(s) links, media as a link never embedded', () => {
    const r = ok({
      events: [
        {
          start_date: { year: 2000 },
          text: {
            headline: 'Hi<script>alert(1)</script>',
            text: '<img src=x onerror=alert(1)>Read <a href="https://example.org/a">this</a> and <a href="javascript:alert(1)">that</a>.',
          },
          media: { url: 'https://example.org/pic.jpg', caption: 'A <i>picture</i>', credit: 'Jo Bloggs' },
        },
        {
          start_date: { year: 2001 },
          text: { headline: 'Embed' },
          media: { url: '<iframe src="https://evil.example/x"></iframe>' },
        },
      ],
    });
    const [first, second] = r.dataset.events;
    expect(first!.title).toBe('Hi');
    expect(first!.quote).toBe('Hi\nRead this and that.');
    expect(r.dataset.source.text).not.toMatch(/script|onerror|alert/);
    expect(first!.links).toEqual([
      { url: 'https://example.org/a', label: 'this' },
      { url: 'https://example.org/pic.jpg', label: 'A picture' },
    ]);
    expect(first!.attribution).toBe('Jo Bloggs');
    expect(second!.links).toBeUndefined();
    expect(second!.attribution).toBe('As written in the timeline');
  });

  it('turns groups into categories with palette colours, the rest into Ungrouped, eras into Eras', () => {
    const r = ok({
      events: [
        slide({ year: 2000 }, 'A', { group: 'Politics' }),
        slide({ year: 2001 }, 'B'),
        slide({ year: 2002 }, 'C', { group: 'Science & Tech' }),
        slide({ year: 2003 }, 'D', { group: 'Politics' }),
      ],
      eras: [{ start_date: { year: 1999 }, end_date: { year: 2004 }, text: { headline: 'The era' } }],
    });
    expect(r.dataset.categories.map((c) => [c.id, c.label])).toEqual([
      ['politics', 'Politics'],
      ['ungrouped', 'Ungrouped'],
      ['science-tech', 'Science & Tech'],
      ['eras', 'Eras'],
    ]);
    expect(new Set(r.dataset.categories.map((c) => c.color)).size).toBe(4);
    expect(r.dataset.events.map((e) => e.categories[0])).toEqual([
      'politics',
      'ungrouped',
      'science-tech',
      'politics',
      'eras',
    ]);
    expect(byTitle(r, 'The era').date).toBe('1999/2004');
  });

  it('keeps the ids "eras" and "ungrouped" for the eras and ungrouped events, whatever groups are called', () => {
    const r = ok({
      events: [slide({ year: 2000 }, 'A', { group: 'Eras' })],
      eras: [{ start_date: { year: 1999 }, end_date: { year: 2004 }, text: { headline: 'Era' } }],
    });
    expect(r.dataset.categories.map((c) => [c.id, c.label])).toEqual([
      ['eras-2', 'Eras'],
      ['eras', 'Eras'],
    ]);
  });

  it('slugs unique_id into the event id and makes ids unique', () => {
    const r = ok({
      events: [
        slide({ year: 2000 }, 'A', { unique_id: 'My Event!' }),
        slide({ year: 2001 }, 'B', { unique_id: 'my-event' }),
        slide({ year: 2002 }, 'Héllo wörld'),
      ],
    });
    expect(r.dataset.events.map((e) => e.id)).toEqual(['my-event', 'my-event-2', 'hello-world']);
  });

  it('refuses what is not a timeline with one clear message', () => {
    expect(convertTimelineJson([1, 2])).toEqual({
      ok: false,
      message: 'This is not a TimelineJS3 JSON timeline: it needs a list of "events".',
    });
  });

  it('gives a one-line summary', () => {
    expect(summaryLine(ok({ events: [slide({ year: 2000 }, 'A'), slide({ year: 2001 }, 'B')] }))).toBe(
      'Recognised a TimelineJS3 JSON timeline: 2 events',
    );
  });
});

describe('convertTimelineJson: property', () => {
  const html = fc.constantFrom(
    '',
    'Plain words',
    '<p>A <b>bold</b> claim</p>',
    '<script>alert(1)</script>Words',
    '<img src=x onerror=alert(1)>',
    '&lt;b&gt; &amp; &#x41;',
    '<a href="https://example.org">link</a>',
    'Repeated',
  );
  const date = fc.record(
    {
      year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 }).map(String)),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
    },
    { requiredKeys: ['year'] },
  );
  const event = fc.record(
    {
      start_date: date,
      end_date: date,
      text: fc.record({ headline: html, text: html }, { requiredKeys: [] }),
      group: fc.constantFrom('A', 'B', 'Ungrouped', ''),
      unique_id: fc.constantFrom('x', 'X', 'event', '---'),
      display_date: fc.constantFrom('then', ''),
      media: fc.record({ url: fc.constantFrom('https://e.org/m', 'javascript:x', ''), credit: html }),
    },
    { requiredKeys: ['start_date'] },
  );

  it('for a valid TimelineJS3 timeline, the converted dataset parses, and every event is shown or named', () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 12 }),
        fc.option(fc.record({ text: fc.record({ headline: html, text: html }) })),
        (events, title) => {
          const r = convertTimelineJson(title === null ? { events } : { title, events });
          const named = (r.ok ? r.notices : (r.notices ?? [])).filter((n) => n.endsWith('so it is left out.')).length;
          if (!r.ok) return named === events.length;
          const parsed = parseDataset(r.dataset);
          return parsed.ok && r.dataset.events.length + named === events.length;
        },
      ),
      { seed: 20261130, numRuns: 300 },
    );
  });
});
