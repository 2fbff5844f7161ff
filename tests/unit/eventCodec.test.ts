import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset, parseDatasetText, type TimelineEvent } from '../../src/data/dataset';
import { packEvents, unpackEvents } from '../../src/data/eventCodec';
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
});
