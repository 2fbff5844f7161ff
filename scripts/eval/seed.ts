/**
 * The seed article against its hand-made dataset (data/events.json): how many of its events a
 * draft matches (the same date, qualifiers aside, and a quote that overlaps theirs), how many
 * drafts match nothing, and how many are dated more precisely than their words say.
 */
import { readFileSync } from 'node:fs';
import { parseEdtf } from '../../src/data/edtf';
import { anchorOf, extractDraft, type DraftEvent } from '../../src/extract/extract';
import { readSource } from '../../src/extract/source';
import { findTimexes } from '../../src/extract/timex/find';
import type { DocumentDate } from '../../src/extract/types';
import { SHARED } from './corpus';

interface GoldEvent {
  readonly id: string;
  readonly date: string;
  readonly quote: string;
}

export interface SeedResult {
  readonly matched: number;
  readonly gold: number;
  readonly drafts: number;
  readonly extra: readonly DraftEvent[];
  readonly tooPrecise: readonly DraftEvent[];
  readonly missed: readonly GoldEvent[];
  readonly documentDate?: DocumentDate;
}

const RANK = { year: 0, month: 1, day: 2, time: 3 } as const;
const bare = (date: string) => date.replace(/[?~%]/g, '');

function finest(value: string): number | undefined {
  const r = parseEdtf(value);
  if (!r.ok) return undefined;
  const ends = r.value.type === 'date' ? [r.value] : [r.value.start, r.value.end];
  return Math.max(...ends.map((e) => ('precision' in e ? RANK[e.precision] : -1)));
}

export function evaluateSeed(date?: string): SeedResult {
  const bytes = readFileSync(`${SHARED}seed/article.txt`);
  const raw = new TextDecoder().decode(bytes);
  const read = readSource(bytes, 'article.txt');
  if (!read.ok) throw new Error(read.message);
  const result = extractDraft(read.doc, date ? { date } : {});
  if (!result.ok) throw new Error(result.message);
  const { events, source } = result.dataset;
  const gold = (
    JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as { events: GoldEvent[] }
  ).events;
  // Both sides located in the published file, so that overlap means the same words.
  const spanOf = (quote: string, inText: string, offset: number) => {
    const at = inText.indexOf(quote);
    return at < 0 ? undefined : { start: offset + at, end: offset + at + quote.length };
  };
  const goldSpans = gold.map((g) => spanOf(g.quote, raw, 0));
  const draftSpans = events.map((e) => spanOf(e.quote, source.text, read.doc.bodyStart));
  const used = new Set<number>();
  const missed: GoldEvent[] = [];
  gold.forEach((g, gi) => {
    const gs = goldSpans[gi];
    const hit = events.findIndex((e, di) => {
      const ds = draftSpans[di];
      return !used.has(di) && gs && ds && ds.start < gs.end && gs.start < ds.end && bare(e.date) === bare(g.date);
    });
    if (hit < 0) missed.push(g);
    else used.add(hit);
  });
  // The finest date the words give: the draft's date expression, read in the text, or a year.
  const inText = findTimexes(source.text, anchorOf(result.documentDate));
  const tooPrecise = events.filter((e) => {
    const words = inText.filter((t) => t.text === e.dateText).map((t) => finest(t.value) ?? 0);
    return (finest(e.date) ?? 0) > Math.max(RANK.year, ...words);
  });
  return {
    matched: gold.length - missed.length,
    gold: gold.length,
    drafts: events.length,
    extra: events.filter((_, i) => !used.has(i)),
    tooPrecise,
    missed,
    ...(result.documentDate ? { documentDate: result.documentDate } : {}),
  };
}
