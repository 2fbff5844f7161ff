import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, type TimelineEvent } from '../../src/data/dataset';
import { parseDatasetText } from '../../src/data/datasetText';
import { unpackEvents } from '../../src/data/eventCodec';
import { packEvents } from '../../src/data/eventPacker';
import { generateDataset } from '../../src/generate/generateDataset';

function roundTrip(events: readonly TimelineEvent[], sourceText: string): TimelineEvent[] {
  return unpackEvents(structuredClone(packEvents(events)), sourceText);
}

describe('events packed for the trip from the parse worker', () => {
  it('come back equal, field for field, for 2,000 generated events, sharing repeated strings', () => {
    const r = parseDataset(generateDataset({ count: 2000, seed: 7 }));
    if (!r.ok) throw new Error('generated dataset rejected');
    const events = r.dataset.events;
    // The generator's mix: open ends, several categories, notes and none.
    expect(events.some((e) => e.openStart || e.openEnd)).toBe(true);
    expect(events.some((e) => e.categories.length > 1)).toBe(true);
    const back = roundTrip(events, r.dataset.source.text);
    expect(back).toEqual(events);
    // Each quote is the source text's passage, read back from where the event says it is.
    expect(back.every((e) => r.dataset.source.text.startsWith(e.quote, e.quoteStart))).toBe(true);
    // Dates, labels, attributions, categories and actors repeat: each distinct one travels once.
    const packed = packEvents(events);
    expect(packed.shared.length).toBeLessThan(packed.refs.length / 2);
  });

  it("come back equal for the article's events, with their notes, and with empty and unusual text", () => {
    const r = parseDatasetText(readFileSync('data/events.json', 'utf8'));
    if (!r.ok) throw new Error('bundled dataset rejected');
    const odd = { ...r.dataset.events[0]!, title: 'a\u0000b 🙂 <b>x</b>', note: '', actors: [] };
    const events = [...r.dataset.events, odd];
    expect(events.some((e) => e.note === undefined)).toBe(true);
    const text = r.dataset.source.text;
    expect(roundTrip(events, text)).toEqual(events);
    // One shape for every event, so sorting and rendering stay on V8's fast paths.
    expect(new Set(roundTrip(events, text).map((e) => Object.keys(e).join()))).toEqual(
      new Set([Object.keys(r.dataset.events[0]!).join()]),
    );
  });

  it('keep a draft a draft, with the words, source and confidence of its date, and a checked event checked', () => {
    const raw = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: Record<string, unknown>[] };
    const plain = parseDataset(structuredClone(raw));
    raw.events[0] = {
      ...raw.events[0],
      status: 'draft',
      dateText: 'on 15 August',
      dateSource: 'sentence',
      confidence: 0.75,
    };
    raw.events[1] = { ...raw.events[1], status: 'draft', confidence: 0 };
    raw.events[2] = { ...raw.events[2], status: 'checked' };
    const r = parseDataset(raw);
    if (!r.ok || !plain.ok) throw new Error('bundled dataset rejected');
    const byId = (events: readonly TimelineEvent[], id: unknown) => events.find((e) => e.id === id)!;
    const back = roundTrip(r.dataset.events, r.dataset.source.text);
    expect(back).toEqual(r.dataset.events);
    expect(byId(back, raw.events[0]!.id)).toMatchObject({
      status: 'draft',
      dateText: 'on 15 August',
      dateSource: 'sentence',
      confidence: 0.75,
    });
    expect(byId(back, raw.events[1]!.id)).toMatchObject({ status: 'draft', confidence: 0 });
    expect(byId(back, raw.events[2]!.id).status).toBe('checked');
    // Events without the drafting fields have exactly the keys they had before drafts existed.
    const untouched = raw.events[3]!.id;
    expect(Object.keys(byId(back, untouched))).toEqual(Object.keys(byId(plain.dataset.events, untouched)));
    expect('status' in byId(back, untouched)).toBe(false);
  });

  it("keep an imported event's links, with their labels", () => {
    const raw = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: Record<string, unknown>[] };
    const links = [
      { url: 'https://example.org/a?b=1', label: 'The report' },
      { url: 'http://example.org/', label: 'Its "source" – 🙂' },
    ];
    raw.events[0] = { ...raw.events[0], links };
    const r = parseDataset(raw);
    if (!r.ok) throw new Error('bundled dataset rejected');
    const back = roundTrip(r.dataset.events, r.dataset.source.text);
    expect(back).toEqual(r.dataset.events);
    expect(back.find((e) => e.id === raw.events[0]!.id)!.links).toEqual(links);
    expect(back.filter((e) => e.links !== undefined)).toHaveLength(1);
  });
});
