/**
 * Finds the time expressions of a text: every rule proposes its matches, the longest
 * non-overlapping ones are kept, then neighbours are joined into ranges ("from January to
 * October 2025") and modifiers ("early", "the end of") are taken into the span.
 */
import type { Anchor } from './calendar';
import { formatDay, formatMonth, formatYear } from './calendar';
import { firstAtOrAfter } from '../sorted';
import { compile } from './grammar';
import { RULES, YEAR_GUARD_BEFORE, type Rule } from './rules';
import { tenseAt } from './tense';
import type { Context } from './resolve';
import type { Timex } from '../types';

interface Candidate {
  start: number;
  end: number;
  rule: Rule;
  index: number;
  groups: Readonly<Record<string, string | undefined>>;
}

let compiled: RegExp[] | undefined;
const CAPITALISED = ['month', 'weekday', 'holiday'];
/** Words before a lone "May" that make it the month, not the verb. */
const MAY_BEFORE =
  /\b(?:(?:in|of|since|by|until|till|through|during|from|to|last|next|this|early|late|mid|between|and|or|before|after|throughout|end|beginning|on|for)\s+|mid-)$/i;
/** A count of things after a number: "2000 troops", "1990 people" — not a year. */
const PLURAL_AFTER = /^\s+(?:[a-z]+s|people|men|women|children|staff|police|personnel|cattle|feet)\b/;
/** "until May", "through 2030", "a strategy to 2030": how long something lasts, not when it happened. */
const HORIZON_BEFORE = /\b(?:through|until|till|up to)\s+(?:the end of\s+)?$/i;
const YEAR_HORIZON_BEFORE = /\b(?:to|by)\s+(?:the end of\s+)?$/i;
const MODIFIER_BEFORE =
  /\b(?:(?<m>early|mid|late|the end of|the beginning of|the start of|the middle of|the rest of|the remainder of|the first days of|the last days of)[- ])$/i;
const RANGE_JOIN = /^\s*(?:-|–|—|to|through|until|till|and)\s*$/i;

function anchorText(a: Anchor): string {
  if (a.month === undefined) return formatYear(a.year);
  return a.day === undefined ? formatMonth(a.year, a.month) : formatDay(a.year, a.month, a.day);
}

function propose(text: string): Candidate[] {
  compiled ??= RULES.map((rule) => compile(rule.pattern));
  const out: Candidate[] = [];
  RULES.forEach((rule, index) => {
    for (const m of text.matchAll(compiled![index]!)) {
      const groups = m.groups ?? {};
      if (m[0].length === 0) continue;
      if (CAPITALISED.some((name) => groups[name] !== undefined && /^[a-z]/.test(groups[name]!))) continue;
      const start = m.index;
      const before = text.slice(Math.max(0, start - 30), start);
      if (rule.name === 'month' && groups.month === 'May' && !groups.mod && !MAY_BEFORE.test(before)) continue;
      if (
        rule.name === 'year' &&
        !YEAR_GUARD_BEFORE.test(before) &&
        PLURAL_AFTER.test(text.slice(start + 4, start + 40))
      )
        continue;
      out.push({ start, end: start + m[0].length, rule, index, groups });
    }
  });
  return out;
}

/** Keeps the longest of overlapping candidates, and of equal ones the earlier rule's. */
function select<C extends Candidate>(candidates: C[]): C[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.index - b.index || a.start - b.start,
  );
  // Kept spans never overlap, so sorted by start they are sorted by end too: a candidate overlaps
  // one only if it overlaps its neighbour at the insertion point or the one before it.
  const kept: C[] = [];
  for (const c of sorted) {
    const lo = firstAtOrAfter(kept, c.start);
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

/** Every time expression in the text, resolved against the anchor when one is given. */
export function findTimexes(text: string, anchor?: Anchor): Timex[] {
  // Values first, so that a match that turns out not to be a time expression (null) leaves
  // room for a shorter one that is.
  const valued = propose(text).flatMap((c) => {
    const tense = c.rule.relative ? tenseAt(text, c.start, c.end) : 'present';
    const value = c.rule.value(c.groups, { anchor, tense } satisfies Context);
    return value === null ? [] : [{ ...c, value, tense }];
  });
  const timexes: Timex[] = [];
  for (const c of select(valued)) {
    const { value, tense } = c;
    let reason = `rule "${c.rule.name}"`;
    if (c.rule.relative && anchor) reason += `, resolved against ${anchorText(anchor)} in a ${tense}-tense clause`;
    let start = c.start;
    const modifier = MODIFIER_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    if (modifier && c.rule.type === 'date') {
      start -= modifier[0].length;
      reason += `; "${modifier.groups!.m!.toLowerCase()}" kept as a note, not as more precision`;
    }
    const before = text.slice(Math.max(0, start - 24), start);
    const horizon =
      c.rule.type === 'date' &&
      (HORIZON_BEFORE.test(before) || (YEAR_HORIZON_BEFORE.test(before) && /^\d{4}$/.test(value)));
    timexes.push({
      start,
      end: c.end,
      text: text.slice(start, c.end),
      type: c.rule.type,
      value,
      reason,
      ...(horizon ? { horizon: true } : {}),
    });
  }
  return joinRanges(text, timexes);
}

const PLAIN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** "from January to October 2025", "between 2009 and 2010", "1990-1995": one interval. */
function joinRanges(text: string, timexes: Timex[]): Timex[] {
  const out: Timex[] = [];
  for (const t of timexes) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, t.start) : '';
    const opener = prev ? text.slice(Math.max(0, prev.start - 8), prev.start) : '';
    const joinable =
      prev &&
      prev.type === 'date' &&
      t.type === 'date' &&
      PLAIN.test(prev.value.replace(/^XXXX/, '0000')) &&
      PLAIN.test(t.value) &&
      RANGE_JOIN.test(between) &&
      (/^\s*(?:-|–|—)\s*$/.test(between) ||
        (/\band\b/i.test(between) ? /\bbetween\s+$/i.test(opener) : /\bfrom\s+$/i.test(opener)));
    if (!prev || !joinable) {
      out.push(t);
      continue;
    }
    // "January to October 2025": the first end takes the year of the second when it has none of its own.
    let first = prev.value;
    if (!/\d{4}/.test(prev.text) && /^\d{4}/.test(t.value)) first = t.value.slice(0, 4) + first.slice(4);
    if (first > t.value) {
      out.push(t);
      continue;
    }
    out[out.length - 1] = {
      start: prev.start,
      end: t.end,
      text: text.slice(prev.start, t.end),
      type: 'date',
      value: `${first}/${t.value}`,
      reason: `range of ${prev.reason} and ${t.reason}`,
    };
  }
  return out;
}
