import { describe, expect, it } from 'vitest';
import { describeIssue, parseDatasetUnchecked, type TimelineEvent } from '../../src/data/dataset';
import { createUnpacker } from '../../src/data/eventCodec';
import type { Reply } from '../../src/data/eventPacker';
import type { WorkerReply } from '../../src/data/parseInBackground';
import { createParseSession } from '../../src/data/parseSession';
import { checkQuotes } from '../../src/data/quoteCheck';
import { createStreamRead } from '../../src/data/streamRead';
import { generateDataset } from '../../src/generate/generateDataset';

/**
 * A large file as the page reads it (streamRead.ts), and the parse worker's part (parseSession.ts)
 * with messages passed through structured clone as between threads: what the page ends with must
 * be what parsing the whole file gives.
 */
function readOnPage(text: string, pieceBytes: number) {
  const bytes = new TextEncoder().encode(text);
  const parse = createStreamRead();
  for (let at = 0; at < bytes.length; at += pieceBytes) parse.push(bytes.subarray(at, at + pieceBytes));
  return parse.finish();
}

function worker() {
  const replies: WorkerReply[] = [];
  const session = createParseSession(({ reply }: Reply) => void replies.push(structuredClone(reply)));
  return { session, replies };
}

const input = generateDataset({ count: 9000, seed: 17 });
const text = JSON.stringify(input);
const whole = parseDatasetUnchecked(JSON.parse(text));
if (!whole.ok) throw new Error('the generated dataset was refused');

describe('a large file read on the page as it arrives', () => {
  it('is the dataset the whole file gives: every event, in order, open intervals reaching the edge', () => {
    expect(input.events.some((e) => e.date.endsWith('/..'))).toBe(true);
    // Pieces cut inside characters too.
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(text.length);
    for (const pieceBytes of [65_537, 1_000_003]) {
      const end = readOnPage(text, pieceBytes);
      if (end.way !== 'quick') throw new Error('the quick way was left');
      expect(end.dataset).toEqual(whole.dataset);
      expect(end.order).toEqual(whole.pending.order);
    }
  });

  it('keeps the order of events on the same days by id, whatever their order in the file', () => {
    const sameDays = {
      ...input,
      events: [
        { ...input.events[0]!, id: 'b-second', date: '2024-03' },
        { ...input.events[1]!, id: 'c-third', date: '2024-03-01/2024-03-31' },
        { ...input.events[2]!, id: 'a-first', date: '2024-03' },
        ...input.events.slice(3),
      ],
    };
    const end = readOnPage(JSON.stringify(sameDays), 65_536);
    const expected = parseDatasetUnchecked(sameDays);
    if (end.way !== 'quick' || !expected.ok) throw new Error('refused');
    const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);
    expect(ids(end.dataset.events)).toEqual(ids(expected.dataset.events));
    const march = ids(end.dataset.events).filter((id) => /^[abc]-/.test(id));
    expect(march).toEqual(['a-first', 'b-second', 'c-third']);
  });

  it('hands a bad file back whole, and the worker names its problems as the whole file does', () => {
    const bad = JSON.stringify({
      ...input,
      events: input.events.map((e, i) => (i === 7000 ? { ...e, title: ' ' } : e)),
    });
    const end = readOnPage(bad, 65_536);
    expect(end).toEqual({ way: 'whole', text: bad });
    const { session, replies } = worker();
    session.parse(bad);
    const r = parseDatasetUnchecked(JSON.parse(bad));
    if (r.ok) throw new Error('the bad file was accepted');
    expect(replies).toEqual([{ ok: false, issues: r.issues }]);
    expect(r.issues.map(describeIssue)).toEqual([expect.stringMatching(/\(events\[7000\]\), field "title"/)]);
  });

  it('has its quotes checked in the worker, from its bytes read again, with the answer the whole file gives', () => {
    const end = readOnPage(text, 65_536);
    if (end.way !== 'quick') throw new Error('the quick way was left');
    const { session, replies } = worker();
    session.checkQuotesOf(structuredClone(end.bytes), structuredClone(end.order));
    const checked = replies.find((r) => typeof r === 'object' && 'kind' in r && r.kind === 'quotes-checked');
    expect(checked).toMatchObject(checkQuotes(whole.pending));
    // Its progress, told as it reads the file again and then as it checks, only ever rises.
    const told = replies.flatMap((r) =>
      typeof r === 'object' && 'kind' in r && r.kind === 'quote-progress' ? [r.checkedFraction] : [],
    );
    // Reading is the first three tenths, told every 5 %; the check the rest.
    expect(told.filter((f) => f <= 0.3).length, 'told while reading').toBeGreaterThanOrEqual(4);
    expect(told.filter((f) => f > 0.3).length, 'told while checking').toBeGreaterThan(0);
    expect(told).toEqual([...told].sort((a, b) => a - b));
    expect(told.at(-1)).toBeLessThan(1);
  });
});

describe('a whole file parsed in the worker', () => {
  it('reaches the page as the dataset the whole file gives, and its quotes are checked when asked', () => {
    const { session, replies } = worker();
    session.parse(text);
    let rest: Extract<WorkerReply, { ok: true }> | null = null;
    const unpack = createUnpacker(() => rest?.source.text ?? '');
    const events: TimelineEvent[] = [];
    for (const r of replies) {
      if (typeof r === 'object' && 'kind' in r && r.kind === 'events') events.push(...unpack(r.packed));
      else if (typeof r === 'object' && 'ok' in r && r.ok) rest = r;
    }
    expect(rest).toMatchObject({ eventCount: 9000, extent: whole.dataset.extent });
    expect(events).toEqual(whole.dataset.events);
    const before = replies.length;
    session.checkQuotes();
    expect(replies.slice(before).at(-1)).toMatchObject(checkQuotes(whole.pending));
  });
});
