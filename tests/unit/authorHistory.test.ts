import { describe, expect, it } from 'vitest';
import { applyEdit, type Edit } from '../../src/author/model/edits';
import {
  canRedo,
  canUndo,
  HISTORY_LIMIT,
  initHistory,
  record,
  redo,
  undo,
  type History,
} from '../../src/author/model/history';
import { workFromDraft, type Work } from '../../src/author/model/work';
import { extractDraft } from '../../src/extract/extract';
import { readSource } from '../../src/extract/source';

const ARTICLE = `Harbour towns agree new ferry link

In March, the council of Eastholm approved the budget for a new pier. Work on the pier began in April 2025.

In May, residents protested outside the town hall against the fares.
`;

function start(): Work {
  const read = readSource(new TextEncoder().encode(ARTICLE), 'a.txt');
  if (!read.ok) throw new Error(read.message);
  const draft = extractDraft(read.doc, { date: '2025-06-02' });
  if (!draft.ok) throw new Error(draft.message);
  return workFromDraft(draft.dataset, 'w1', 1);
}

function apply(h: History, edit: Edit, now: number): History {
  const r = applyEdit(h.present, edit, now);
  if (!r.ok) throw new Error(r.message);
  return record(h, r.work);
}

describe('history', () => {
  const w0 = start();
  const snapshot = structuredClone(w0);
  const [first, second] = w0.events as [Work['events'][number], Work['events'][number]];

  it('undo and redo give back the exact states, unchanged', () => {
    const h1 = apply(initHistory(w0), { kind: 'accept', id: first.id }, 2);
    const h2 = apply(h1, { kind: 'reject', id: second.id }, 3);
    const back = undo(h2);
    expect(back.present).toBe(h1.present);
    expect(undo(back).present).toBe(w0);
    expect(w0).toEqual(snapshot);
    const forward = redo(redo(undo(back)));
    expect(forward.present).toBe(h2.present);
    expect(canRedo(forward)).toBe(false);
    expect(canUndo(forward)).toBe(true);
  });

  it('a new edit after undo clears what could be redone', () => {
    const h = undo(apply(initHistory(w0), { kind: 'accept', id: first.id }, 2));
    expect(canRedo(h)).toBe(true);
    const next = apply(h, { kind: 'acceptAll' }, 3);
    expect(canRedo(next)).toBe(false);
    expect(next.past).toEqual([w0]);
  });

  it('undo and redo at the ends change nothing', () => {
    const h = initHistory(w0);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('recording the present again adds no step', () => {
    const h = initHistory(w0);
    expect(record(h, w0)).toBe(h);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps, dropping the oldest`, () => {
    let h = initHistory(w0);
    const states: Work[] = [w0];
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) {
      const w = { ...h.present, name: `name ${i}`, updatedAt: i };
      states.push(w);
      h = record(h, w);
    }
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(states[5]);
    while (canUndo(h)) h = undo(h);
    expect(h.present).toBe(states[5]);
  });
});
