/**
 * The drafting stage: one draft per distinct dated happening, quoting the smallest passage that
 * reports it — a sentence, a list item, or a clause where one sentence holds two happenings. A
 * list item or a paragraph with no date of its own takes its lead-in's or heading's; failing
 * that, in an article about one year, that year. Every draft says where its date came from.
 */
import type { Block } from './segment';
import { firstAtOrAfter } from './sorted';
import { markersIn } from './timex/tense';
import type { Span, Timex } from './types';

export type DateSource = 'sentence' | 'heading' | 'framing' | 'document date';

export interface Draft {
  /** The passage the draft quotes. */
  readonly quote: Span;
  /** The sentence, then the block, the quote may widen to if it is not unique. */
  readonly wider: readonly Span[];
  readonly block: number;
  /** The tagger's value (see Timex.value), or the framing year. */
  readonly value: string;
  readonly timex?: Timex;
  readonly dateSource: DateSource;
  readonly confidence: number;
  readonly notes: readonly string[];
}

export interface DraftInput {
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly timexes: readonly Timex[];
  /** The year the article frames itself around, and the words that say so. */
  readonly framing?: { readonly year: string; readonly evidence: string };
}

/** Subjects that only point back at happenings already told ("These initiatives were…"). */
export const ANAPHORIC_SUBJECT =
  /^(?:These|This|Those|Such|Both|All these|All of these)\s+(?:[\w-]+\s+){0,2}?(?:initiatives?|efforts?|developments?|steps?|measures?|moves?|actions?|events?|achievements?|outcomes?|decisions?|changes?|results?|issues?|policies|agreements?)\b/;
/** A reporting verb right before a date: "said on Friday" dates the saying, not the happening. */
const STATEMENT_BEFORE =
  /\b(?:said|says|told|stated|added|announced|reported|declared|confirmed)\s+(?:on\s+|late\s+|early\s+)?$/i;
/** A fronted phrase with a date, then a comma and the main clause: "Following X in January 2025, Y". */
const FRONTED = /^(?:Following|After)\b/;
/** Where a sentence may be cut between two happenings, strongest first. */
const CLAUSE_BREAKS: readonly RegExp[] = [
  /;\s+/g,
  /,\s+(?=(?:which|while|whereas|but)\b)/g,
  /\s+—\s+/g,
  /,?\s+and\s+/g,
  /,\s+/g,
];

const FUTURE_NOTE = 'told as expected or planned (future tense), not as having happened';

const usable = (t: Timex) =>
  (t.type === 'date' || t.type === 'time') && !t.horizon && !/_REF$/.test(t.value) && !/^X/.test(t.value);
const isRelative = (t: Timex) => t.reason.includes('resolved against');

/** The expressions inside a span; `timexes` are sorted by start, so a binary search finds the first. */
function within(timexes: readonly Timex[], s: Span): Timex[] {
  const out: Timex[] = [];
  for (let i = firstAtOrAfter(timexes, s.start); i < timexes.length && timexes[i]!.start < s.end; i++)
    if (timexes[i]!.end <= s.end) out.push(timexes[i]!);
  return out;
}

function confidenceOf(t: Timex): number {
  if (!isRelative(t)) return 0.9;
  return /against \d{4}-\d{2}-\d{2}/.test(t.reason) ? 0.75 : 0.6;
}

function notesOf(t: Timex): string[] {
  const notes: string[] = [];
  const mod =
    /"(early|mid|late|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of)"/.exec(
      t.reason,
    );
  if (mod) notes.push(`"${t.text}": the date is the whole period; "${mod[1]}" narrows it within it`);
  return notes;
}

/** Cuts a sentence into one clause per date, at the strongest break between each pair. */
function splitClauses(text: string, sentence: Span, dates: readonly Timex[]): Span[] {
  const cuts: { at: number; next: number }[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const from = dates[i]!.end;
    const to = dates[i + 1]!.start;
    const between = text.slice(from, to);
    let cut: { at: number; next: number } | undefined;
    for (const pattern of CLAUSE_BREAKS) {
      const matches = [...between.matchAll(pattern)];
      const last = matches[matches.length - 1];
      if (last) {
        cut = { at: from + last.index, next: from + last.index + last[0].length };
        break;
      }
    }
    if (!cut) return [sentence];
    cuts.push(cut);
  }
  const spans: Span[] = [];
  let start = sentence.start;
  for (const cut of cuts) {
    spans.push({ start, end: cut.at });
    start = cut.next;
  }
  spans.push({ start, end: sentence.end });
  // The closing full stop belongs to the sentence, not to the last clause.
  return spans.map((s) => ({ start: s.start, end: /[.!?]$/.test(text.slice(s.start, s.end)) ? s.end - 1 : s.end }));
}

/** The date a block inherits, and the block it comes from: its lead-in's, else its heading's. */
function inherited(input: DraftInput, block: Block): { timex: Timex; from: Block } | undefined {
  for (const index of [block.parent, block.heading]) {
    if (index === undefined) continue;
    const from = input.blocks[index]!;
    const dates = within(input.timexes, from).filter(usable);
    if (dates.length === 1) return { timex: dates[0]!, from };
  }
  return undefined;
}

export function draftEvents(input: DraftInput): Draft[] {
  const { text, blocks, timexes, framing } = input;
  const hasItems = new Set(blocks.flatMap((b) => (b.parent === undefined ? [] : [b.parent])));
  const drafts: Draft[] = [];

  blocks.forEach((block, index) => {
    // A heading names a section; a lead-in with items is told by its items.
    if (block.kind === 'heading' || hasItems.has(index)) return;
    for (const sentence of block.sentences) {
      const wider = [sentence, { start: block.start, end: block.end }];
      // Every draft of this sentence widens to it, then to its block, if its quote repeats.
      const draft = (d: Omit<Draft, 'wider' | 'block'>) => void drafts.push({ ...d, wider, block: index });
      const words = text.slice(sentence.start, sentence.end);
      const markers = markersIn(words);
      const all = within(timexes, sentence).filter(usable);
      // A statement's date dates the happening only when nothing else does.
      const statements = all.filter((t) => STATEMENT_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)));
      const dates = all.length > statements.length ? all.filter((t) => !statements.includes(t)) : all;
      const distinct = dates.filter((t, i) => dates.findIndex((u) => u.value === t.value) === i);
      const statementNote =
        dates.length && dates === all && statements.length
          ? ['the date is when it was said; the passage gives no other']
          : [];
      const future = markers.future && !markers.past ? [FUTURE_NOTE] : [];

      if (distinct.length === 0) {
        // An undated happening: an item of a list, or a sentence with a past or future verb that
        // does not merely point back at happenings already told.
        const isItem = block.parent !== undefined;
        if (!isItem && (!(markers.past || markers.future) || ANAPHORIC_SUBJECT.test(words))) continue;
        const above = inherited(input, block);
        if (above) {
          const { timex: t, from } = above;
          const aboveWords = text.slice(from.start, from.end);
          draft({
            quote: sentence,
            value: t.value,
            timex: t,
            dateSource: 'heading',
            confidence: 0.7,
            notes: [
              `no date of its own: dated by "${aboveWords.length > 80 ? t.text : aboveWords}" above it`,
              ...notesOf(t),
              ...future,
            ],
          });
        } else if (framing) {
          draft({
            quote: sentence,
            value: framing.year,
            dateSource: 'framing',
            confidence: 0.4,
            notes: [
              `no date of its own: the year ${framing.year} comes from the article's framing (${framing.evidence})`,
              ...future,
            ],
          });
        }
        continue;
      }

      // Present-tense commentary dated only by "today" or "this year" is not a happening.
      if (block.kind === 'paragraph' && !markers.past && !markers.future && distinct.every(isRelative)) continue;

      const fronted = FRONTED.test(words) ? /,\s+/.exec(words) : null;
      if (fronted && distinct.length === 1 && distinct[0]!.end <= sentence.start + fronted.index) {
        // "Following the inauguration in January 2025, dialogue was restored": two happenings.
        const t = distinct[0]!;
        const main = { start: sentence.start + fronted.index + fronted[0].length, end: sentence.end };
        draft({
          quote: { start: sentence.start, end: sentence.start + fronted.index },
          value: t.value,
          timex: t,
          dateSource: 'sentence',
          confidence: confidenceOf(t),
          notes: notesOf(t),
        });
        draft({
          quote: main,
          value: framing?.year ?? `${t.value.split('/')[0]}/..`,
          dateSource: framing ? 'framing' : 'sentence',
          confidence: 0.4,
          notes: [
            `happened after "${t.text}" (${words.slice(0, fronted.index)})`,
            ...(framing ? [`the year comes from the article's framing (${framing.evidence})`] : []),
          ],
        });
        continue;
      }

      const clauses = distinct.length > 1 ? splitClauses(text, sentence, distinct) : [sentence];
      if (clauses.length !== distinct.length) {
        // No clean cut: one draft for the sentence, at the first date, naming the others.
        const t = distinct[0]!;
        draft({
          quote: sentence,
          value: t.value,
          timex: t,
          dateSource: 'sentence',
          confidence: confidenceOf(t) - 0.2,
          notes: [
            `the passage also names ${distinct
              .slice(1)
              .map((d) => `"${d.text}"`)
              .join(', ')}: check whether it holds more than one happening`,
            ...notesOf(t),
            ...statementNote,
            ...future,
          ],
        });
        continue;
      }
      clauses.forEach((clause, i) => {
        const t = distinct[i]!;
        const own = clauses.length > 1 ? markersIn(text.slice(clause.start, clause.end)) : markers;
        draft({
          quote: clause,
          value: t.value,
          timex: t,
          dateSource: 'sentence',
          confidence: confidenceOf(t),
          notes: [...notesOf(t), ...statementNote, ...(own.future && !own.past ? [FUTURE_NOTE] : [])],
        });
      });
    }
  });
  return drafts;
}
