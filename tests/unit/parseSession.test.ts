import { describe, expect, it } from 'vitest';
import { describeIssue, parseDatasetUnchecked, type Dataset, type TimelineEvent } from '../../src/data/dataset';
import { createUnpacker } from '../../src/data/eventCodec';
import type { Reply } from '../../src/data/eventPacker';
import type { WorkerReply } from '../../src/data/parseInBackground';
import { createParseSession } from '../../src/data/parseSession';
import { checkQuotes } from '../../src/data/quoteCheck';
import { inOrder } from '../../src/data/workerParse';
import { generateDataset } from '../../src/generate/generateDataset';

/**
 * The parse worker's side of a file (parseSession.ts) and the page's (workerParse.ts) together,
 * messages passed through structured clone as between threads: what the page ends with must be
 * what parsing the whole file on the page gives.
 */
function throughTheWorker(text: string, pieceChars: number) {
  const replies: WorkerReply[] = [];
  const session = createParseSession(({ reply }: Reply) => void replies.push(structuredClone(reply)));
  for (let at = 0; at < text.length; at += pieceChars) session.push(text.slice(at, at + pieceChars));
  session.end();
  const sentBeforeEnd = replies.length;
  session.checkQuotes();
  // The page: events in parts, before or after the rest; 'restart' forgets those so far.
  let arrived: TimelineEvent[] = [];
  let rest: Extract<WorkerReply, { ok: true }> | null = null;
  let unpack = createUnpacker(() => rest?.source.text ?? '');
  let problems: string[] | null = null;
  for (const r of replies.slice(0, sentBeforeEnd)) {
    if (r === 'ready') continue;
    if ('kind' in r && r.kind === 'events') arrived.push(...unpack(r.packed));
    else if ('kind' in r && r.kind === 'restart') {
      arrived = [];
      unpack = createUnpacker(() => rest?.source.text ?? '');
    } else if ('ok' in r && !r.ok) problems = r.issues.map(describeIssue);
    else if ('ok' in r) rest = r;
  }
  const checked = replies
    .slice(sentBeforeEnd)
    .find((r) => typeof r === 'object' && 'kind' in r && r.kind === 'quotes-checked');
  if (!rest) return { problems, kinds: replies.map((r) => (typeof r === 'object' && 'kind' in r ? r.kind : 'rest')) };
  expect(arrived).toHaveLength(rest.eventCount);
  const { source, categories, extent } = rest;
  const dataset: Omit<Dataset, 'quotes'> = {
    source,
    categories,
    extent,
    events: inOrder(arrived, rest.order, rest.moved),
  };
  return { dataset, checked, kinds: replies.map((r) => (typeof r === 'object' && 'kind' in r ? r.kind : 'rest')) };
}

describe('a file parsed in the worker as it arrives, and put together on the page', () => {
  const input = generateDataset({ count: 9000, seed: 17 });
  const text = JSON.stringify(input);
  const whole = parseDatasetUnchecked(JSON.parse(text));
  if (!whole.ok) throw new Error('the generated dataset was refused');

  it('is the dataset the whole file gives: every event, in order, open intervals reaching the edge', () => {
    expect(input.events.some((e) => e.date.endsWith('/..'))).toBe(true);
    for (const pieceChars of [65_536, 1_000_003]) {
      const { dataset, kinds } = throughTheWorker(text, pieceChars);
      // Sent while the file streams in, before the rest of it.
      expect(kinds.indexOf('events')).toBeLessThan(kinds.indexOf('rest'));
      expect(dataset).toEqual({ ...whole.dataset, quotes: undefined, events: whole.dataset.events });
    }
  });

  it('checks the quotes after, with the answer the whole file gives', () => {
    const { checked } = throughTheWorker(text, 65_536);
    expect(checked).toMatchObject(checkQuotes(whole.pending));
  });

  it('forgets the events sent when the file turns out bad, and names its problems as the whole file does', () => {
    const bad = text.replace(/"title":"[^"]*"(?=[^]*$)/, '"title":""');
    const { problems, kinds } = throughTheWorker(bad, 65_536);
    expect(kinds).toContain('restart');
    const r = parseDatasetUnchecked(JSON.parse(bad));
    expect(r.ok).toBe(false);
    expect(problems).toEqual(r.ok ? [] : r.issues.map(describeIssue));
  });
});
