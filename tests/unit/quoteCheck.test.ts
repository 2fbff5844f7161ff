import { describe, expect, it } from 'vitest';
import { describeIssue, parseDataset, parseDatasetUnchecked, type DatasetIssue } from '../../src/data/dataset';
import { parseDatasetText } from '../../src/data/datasetText';
import { createUnpacker, type PackedEvents } from '../../src/data/eventCodec';
import { datasetReplies } from '../../src/data/eventPacker';
import { createDatasetParser } from '../../src/data/parseInBackground';
import {
  checkQuotes,
  checkQuotesInSteps,
  createQuoteCheck,
  findQuote,
  MORE_THAN_ONCE,
  NOT_FOUND,
  type QuotesChecked,
} from '../../src/data/quoteCheck';
import { readingPlacesByEvent } from '../../src/data/readingPlaces';
import { generateDataset } from '../../src/generate/generateDataset';
import type { DatasetInput } from '../../src/data/schema';

/**
 * A large dataset is shown before its quotes are checked; the check runs after, in steps. It must
 * come to exactly what checking the dataset whole (parseDataset) finds: the same offsets, and the
 * same problems, named the same way.
 */

/** A generated dataset with quote 5 changed so the text lacks it, and quote 9 cut to words the text has twice. */
function withBadQuotes(count: number, seed: number): DatasetInput {
  const d = generateDataset({ count, seed });
  const events = d.events.map((e, i) => {
    if (i === 5) return { ...e, quote: `${e.quote} (not in the text)` };
    return e;
  });
  // A passage the text holds twice: a sentence written again at the end of the text.
  const twice = events[9]!.quote;
  return { ...d, source: { ...d.source, text: `${d.source.text}\n\n${twice}` }, events };
}

function runSteps(gen: Generator<number, QuotesChecked, void>): { fractions: number[]; result: QuotesChecked } {
  const fractions: number[] = [];
  for (;;) {
    const r = gen.next();
    if (r.done) return { fractions, result: r.value };
    fractions.push(r.value);
  }
}

describe('checking quotes after the dataset is shown', () => {
  it('gives, in steps of any size, the same offsets and the same problems as checking the dataset whole', () => {
    const input = withBadQuotes(2000, 21);
    const whole = parseDataset(structuredClone(input));
    if (whole.ok) throw new Error('expected the whole check to fail on the two quotes');
    const unchecked = parseDatasetUnchecked(structuredClone(input));
    if (!unchecked.ok) throw new Error(unchecked.issues.map(describeIssue).join('\n'));
    const { text } = unchecked.pending;

    const outcomes = [1_000, 64 * 1024, Infinity].map((step) => runSteps(checkQuotesInSteps(unchecked.pending, step)));
    for (const { result } of outcomes) {
      expect(result.issues).toEqual(whole.issues);
      expect([...result.starts]).toEqual([...outcomes[0]!.result.starts]);
    }
    expect(whole.issues.map(describeIssue)).toEqual([
      `Event "${input.events[5]!.id}" (events[5]), field "quote": is not found in source.text; a quote must be copied from the text exactly.`,
      `Event "${input.events[9]!.id}" (events[9]), field "quote": occurs more than once in source.text, so it is ambiguous; quote a longer passage.`,
    ]);
    // Each offset, by the event's place in the dataset, is what indexOf finds for that one quote.
    const { starts } = outcomes[0]!.result;
    unchecked.dataset.events.forEach((e, i) => expect(starts[i], e.id).toBe(findQuote(text, e.quote)));
    const at = (id: string) => starts[unchecked.dataset.events.findIndex((e) => e.id === id)];
    expect(at(input.events[5]!.id)).toBe(NOT_FOUND);
    expect(at(input.events[9]!.id)).toBe(MORE_THAN_ONCE);
    // Small steps say how far they have come, in order, up to the whole.
    const { fractions } = outcomes[0]!;
    expect(fractions.length).toBeGreaterThan(20);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBeLessThanOrEqual(1);
  });

  it('matches the offsets of a valid dataset checked whole', () => {
    const input = generateDataset({ count: 1500, seed: 4 });
    const whole = parseDataset(structuredClone(input));
    const unchecked = parseDatasetUnchecked(structuredClone(input));
    if (!whole.ok || !unchecked.ok) throw new Error('generated dataset rejected');
    const { starts, issues } = checkQuotes(unchecked.pending);
    expect(issues).toEqual([]);
    expect(unchecked.dataset.events.map((e) => e.id)).toEqual(whole.dataset.events.map((e) => e.id));
    expect([...starts]).toEqual(whole.dataset.events.map((e) => e.quoteStart));
    // Built unchecked, the events say they do not know where their quotes are.
    expect(unchecked.dataset.events.every((e) => e.quoteStart === -1)).toBe(true);
  });

  it('lets a large dataset with a bad quote through, to be shown with that one problem', () => {
    const input = generateDataset({ count: 3000, seed: 8 });
    const bad = 1234;
    input.events[bad] = { ...input.events[bad]!, quote: 'Words the chronicle never says.' };
    const unchecked = parseDatasetUnchecked(input);
    if (!unchecked.ok) throw new Error('a bad quote alone stopped the dataset');
    expect(unchecked.dataset.events).toHaveLength(3000);
    const { issues } = checkQuotes(unchecked.pending);
    expect(issues.map(describeIssue)).toEqual([
      `Event "${input.events[bad]!.id}" (events[${bad}]), field "quote": is not found in source.text; a quote must be copied from the text exactly.`,
    ]);
  });

  it('still refuses a dataset with any other problem, listing its quote problems too, as the whole check does', () => {
    const input = withBadQuotes(300, 2);
    input.events[3] = { ...input.events[3]!, id: input.events[2]!.id, categories: ['no-such-category'] };
    const whole = parseDataset(structuredClone(input));
    const unchecked = parseDatasetUnchecked(structuredClone(input));
    if (whole.ok || unchecked.ok) throw new Error('expected both to refuse it');
    expect(unchecked.issues).toEqual(whole.issues);
    const lines = unchecked.issues.map(describeIssue);
    expect(lines.some((l) => l.includes('is already used by events[2]'))).toBe(true);
    expect(lines.some((l) => l.includes('"no-such-category" is not a known category'))).toBe(true);
    expect(lines.some((l) => l.includes('is not found in source.text'))).toBe(true);
  });

  it('refuses an empty list of events, and JSON that does not parse, as before', () => {
    const empty = { ...generateDataset({ count: 1, seed: 1 }), events: [] };
    expect(parseDatasetUnchecked(empty)).toEqual(parseDataset(empty));
    expect(parseDatasetText('{"source": ')).toMatchObject({ ok: false, issues: [{ line: 1 }] });
  });
});

describe('a quote check followed by the page', () => {
  const text = 'One two three four five. Six seven eight. One two three four five.';
  const event = (quote: string) => ({ quote, quoteStart: -1 });

  it('checks the quote of an event opened before the check ends at once, and keeps the answer', () => {
    const { check } = createQuoteCheck(text);
    expect(check.state()).toEqual({ status: 'checking', checkedFraction: 0 });
    const place = check.placeOf(1, event('Six seven eight'));
    expect(place).toEqual({ status: 'found', start: text.indexOf('Six'), checkedAlone: true });
    expect(check.placeOf(1, event('Six seven eight'))).toBe(place);
    expect(check.placeOf(0, event('One two three four five'))).toEqual({ status: 'more-than-once' });
    expect(check.placeOf(2, event('nine ten'))).toEqual({ status: 'not-found' });
  });

  it('tells its listeners each step, keeps the places found alone until the end, then takes the whole answer', () => {
    const { check, report } = createQuoteCheck(text);
    const seen: string[] = [];
    const stop = check.subscribe(() => seen.push(check.state().status));
    const alone = check.placeOf(1, event('Six seven eight'));
    report.progress(0.5);
    expect(check.state()).toEqual({ status: 'checking', checkedFraction: 0.5 });
    expect(check.placeOf(1, event('Six seven eight'))).toBe(alone);
    const issue: DatasetIssue = { path: ['events', 0, 'quote'], eventId: 'a', message: 'x' };
    report.finish({ starts: Int32Array.from([MORE_THAN_ONCE, text.indexOf('Six')]), issues: [issue] });
    expect(check.state()).toEqual({ status: 'done', issues: [issue] });
    expect(check.placeOf(1, event('Six seven eight'))).toEqual({
      status: 'found',
      start: text.indexOf('Six'),
      checkedAlone: false,
    });
    // Nothing changes once it is done.
    report.stop('too late');
    report.progress(0.9);
    stop();
    report.finish({ starts: new Int32Array(2), issues: [] });
    expect(seen).toEqual(['checking', 'done']);
    expect(check.state().status).toBe('done');
  });

  it("does not believe an offset that does not hold the event's quote", () => {
    const { check } = createQuoteCheck(text, { starts: Int32Array.from([0, 0]), issues: [] });
    expect(check.placeOf(0, event('One two three'))).toEqual({ status: 'found', start: 0, checkedAlone: false });
    expect(check.placeOf(1, event('Six seven eight'))).toEqual({
      status: 'found',
      start: text.indexOf('Six'),
      checkedAlone: true,
    });
  });

  it('says why a check stopped, and still checks an opened event on its own', () => {
    const { check, report } = createQuoteCheck(text);
    report.stop('it was stopped when another dataset was opened');
    expect(check.state()).toEqual({ status: 'stopped', reason: 'it was stopped when another dataset was opened' });
    expect(check.placeOf(0, event('Six seven'))).toMatchObject({ status: 'found', checkedAlone: true });
  });
});

describe('events sent before their quotes are checked', () => {
  const unchecked = (() => {
    const r = parseDatasetUnchecked(generateDataset({ count: 800, seed: 3 }));
    if (!r.ok) throw new Error('generated dataset rejected');
    return r;
  })();
  const { events, source } = unchecked.dataset;

  /** The parts the worker sends, through structured clone, unpacked in order. */
  function received(readAt?: Int32Array) {
    const replies = [...datasetReplies(unchecked.dataset, readAt, 300)].map((r) => structuredClone(r.reply));
    const parts = replies.slice(1).map((r) => (r as { packed: PackedEvents }).packed);
    const unpack = createUnpacker(source.text);
    return { replies, parts, events: parts.flatMap((p) => unpack(p)) };
  }

  it('come in parts, back equal, each repeated string sent once, their quotes read from the text', () => {
    const sent = received(readingPlacesByEvent(unchecked.pending));
    expect(sent.replies[0]).toMatchObject({ ok: true, eventCount: 800 });
    expect(sent.replies.slice(1).map((r) => (r as { kind: string }).kind)).toEqual(['events', 'events', 'events']);
    expect(sent.events).toEqual(events);
    const shared = sent.parts.flatMap((p) => p.shared);
    expect(new Set(shared).size).toBe(shared.length);
    // Quotes found in the text are read from it, not sent; the events still say they are not checked.
    const packedText = sent.parts.map((p) => p.text).join('');
    expect(events.filter((e) => packedText.includes(e.quote))).toEqual([]);
    expect(sent.events.every((e) => e.quoteStart === -1)).toBe(true);
  });

  it('carry their quotes with them when no place in the text is known', () => {
    const sent = received();
    expect(sent.events).toEqual(events);
    const quoteChars = events.reduce((n, e) => n + e.quote.length, 0);
    expect(sent.parts.reduce((n, p) => n + p.text.length, 0)).toBeGreaterThan(quoteChars);
  });
});

describe('a small file parsed on the page', () => {
  it('is checked whole, and a bad quote is a problem of the dataset shown, not a refusal', async () => {
    const input = withBadQuotes(40, 5);
    const parser = createDatasetParser();
    parser.push(new TextEncoder().encode(JSON.stringify(input)));
    const r = await parser.finish();
    if (!r.ok) throw new Error(r.issues.map(describeIssue).join('\n'));
    const state = r.dataset.quotes.state();
    expect(state.status).toBe('done');
    expect(state.status === 'done' && state.issues.map((i) => i.path)).toEqual([
      ['events', 5, 'quote'],
      ['events', 9, 'quote'],
    ]);
    const ok = r.dataset.events.findIndex((e) => e.id === input.events[0]!.id);
    expect(r.dataset.quotes.placeOf(ok, r.dataset.events[ok]!)).toEqual({
      status: 'found',
      start: input.source.text.indexOf(input.events[0]!.quote),
      checkedAlone: false,
    });
  });
});
