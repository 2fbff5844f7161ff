import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/dataset';
import { embedSnippet, embedUrl } from '../../src/components/EmbedCode';
import { SHEET_COLUMNS, toTimelineJs, toTimelineJsSheet } from '../../src/export/timelinejs';
import { detectAndConvert } from '../../src/import';

const bundled = (() => {
  const r = parseDataset(JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')));
  if (!r.ok) throw new Error('the bundled dataset does not load');
  return r.dataset;
})();

describe('TimelineJS3 JSON export', () => {
  const out = toTimelineJs(bundled, bundled.events);

  it('writes each date at exactly its precision, an interval as start and end', () => {
    const byId = new Map(out.events.map((e) => [e.unique_id, e]));
    expect(byId.get('anchorage-summit')!.start_date).toEqual({ year: 2025, month: 8, day: 15 });
    expect(byId.get('unga-wwii-commemoration')!.start_date).toEqual({ year: 2025, month: 5 });
    expect(byId.get('victory-80th-anniversary')!.start_date).toEqual({ year: 2025 });
    expect(byId.get('anchorage-summit')!.end_date).toBeUndefined();
    expect(out.events).toHaveLength(bundled.events.length);
  });

  it('escapes texts, since TimelineJS renders them as HTML, and keeps what it cannot show in its own field', () => {
    const hostile = parseDataset({
      ...JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')),
      events: [
        {
          ...bundled.events[0]!,
          title: '<img src=x onerror=alert(1)>',
        },
      ],
    });
    if (!hostile.ok) throw new Error('fixture rejected');
    const [event] = toTimelineJs(hostile.dataset, hostile.dataset.events).events;
    expect(event!.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(event!.article_timeline.date).toBe(bundled.events[0]!.date);
    expect(event!.article_timeline.categories).toEqual(bundled.events[0]!.categories);
  });
});

describe('TimelineJS3 sheet export (CSV)', () => {
  const csv = toTimelineJsSheet(bundled, bundled.events);
  const lines = csv.trimEnd().split('\r\n');

  it('has the template’s columns first, a title row, then one row per event', () => {
    expect(lines[0]!.split(',').slice(0, 18)).toEqual([...SHEET_COLUMNS.slice(0, 18)]);
    expect(lines[1]).toContain(',title,');
    expect(lines).toHaveLength(2 + bundled.events.length);
  });

  it('puts a month-precise date in Year and Month only, nobody reads it as the 1st', () => {
    const row = lines.find((l) => l.includes('unga-wwii-commemoration'))!;
    expect(row.startsWith('2025,5,,,')).toBe(true);
  });
});

describe('embed code', () => {
  it('points the iframe at the same view in the compact layout, with a title', () => {
    const href = 'https://example.org/timeline/?data=https%3A%2F%2Fx.org%2Fe.json&cats=un&event=a';
    expect(embedUrl(href)).toBe(
      'https://example.org/timeline/?data=https%3A%2F%2Fx.org%2Fe.json&cats=un&event=a&embed',
    );
    const snippet = embedSnippet(href, 'Russia’s "year" <2025>');
    expect(snippet).toMatch(/^<iframe src="https:\/\/example\.org\/timeline\/\?data=.*&amp;embed" /);
    expect(snippet).toContain('title="Timeline: Russia’s &quot;year&quot; &lt;2025>"');
    expect(snippet).toMatch(/height="\d+"/);
  });
});

describe('round trips through TimelineJS3', () => {
  const same = (d: typeof bundled) =>
    d.events
      .map((e) => ({
        id: e.id,
        date: e.date,
        categories: e.categories,
        actors: e.actors,
        quote: e.quote,
        title: e.title,
      }))
      .sort((a, b) => a.id.localeCompare(b.id));

  it('our dataset through TimelineJS3 JSON and back gives the same events, dates and categories', async () => {
    const json = JSON.stringify(toTimelineJs(bundled, bundled.events));
    const back = await detectAndConvert('timeline.json', new TextEncoder().encode(json));
    if (!back?.ok) throw new Error(back ? back.message : 'not recognised');
    const parsed = parseDataset(back.dataset);
    if (!parsed.ok) throw new Error('does not load');
    expect(same(parsed.dataset)).toEqual(same(bundled));
    expect(parsed.dataset.categories).toEqual(bundled.categories);
    expect(parsed.dataset.source.text).toBe(bundled.source.text);
  });

  it('the bundled article through the sheet as CSV and back gives the same events, dates and categories', async () => {
    const csv = toTimelineJsSheet(bundled, bundled.events);
    const back = await detectAndConvert('timeline.csv', new TextEncoder().encode(csv));
    if (!back?.ok) throw new Error(back ? back.message : 'not recognised');
    const parsed = parseDataset(back.dataset);
    if (!parsed.ok) throw new Error('does not load');
    expect(same(parsed.dataset)).toEqual(same(bundled));
    expect(parsed.dataset.categories.map((c) => [c.id, c.label]).sort()).toEqual(
      bundled.categories.map((c) => [c.id, c.label]).sort(),
    );
  });
});
