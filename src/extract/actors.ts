/**
 * The actors a passage names: states, international bodies, other organisations and people, in
 * a canonical short form. Three sources, from the surest to the least sure:
 *  1. tables of states, international bodies and institutions (countries.ts, bodies.ts);
 *  2. capitalised phrases containing an organisation word ("Russian Embassy", nameCues.ts);
 *  3. people, from titles, appositions and reporting verbs (persons.ts).
 * When two overlap, the one starting first wins, then the longer, then the surer.
 *
 * Why no NLP library: compromise (the full build that has `.people()`) took ~88 ms per 10 KB of
 * text in Node after warm-up and adds ~141 kB gzip to the bundle. At 30-60 % of 1 MB that is
 * 2.6-5.3 s, over the whole pipeline's 3 s budget on its own. compromise/two is barely faster
 * (~75 ms, 124 kB); compromise/one (32 kB) only tokenises and finds no names. These rules cost
 * about 2 ms per 10 KB, and with the tables ~13 kB gzip for all three annotators; they miss a
 * name with no cue ("met Emmanuel Macron") rather than invent one.
 */

import { tableMatches, type TableKind } from './actorTable';
import { THING_AFTER_BODY } from './bodies';
import {
  NAME_CONNECTORS,
  NOT_NAME_WORDS,
  ORGANISATION_ENDINGS,
  ORGANISATION_WORDS,
  POSSESSIVES_IN_NAMES,
} from './nameCues';
import { personMentions, titleAt } from './persons';
import { wordTokens, type WordToken } from './wordTokens';

export { findCountries, isCountryName } from './actorTable';

export type ActorKind = Exclude<TableKind, 'place'> | 'organisation' | 'person';

export interface ActorMention {
  /** Canonical for tabled actors ("the DPRK" -> "North Korea"), as written for the others. */
  readonly name: string;
  readonly kind: ActorKind;
  /** Offsets into the passage of the words that named it. */
  readonly start: number;
  readonly end: number;
  /** Why it counts as an actor, for a reviewer: the table, the organisation word or the cue. */
  readonly rule: string;
}

const ORG_WORDS = new Set(ORGANISATION_WORDS);
const ORG_ENDINGS = new Set(ORGANISATION_ENDINGS);
const CONNECTORS = new Set(NAME_CONNECTORS);
const NOT_NAMES = new Set(NOT_NAME_WORDS);
const NAME_POSSESSIVES = new Set(POSSESSIVES_IN_NAMES);
const THINGS = new Set(THING_AFTER_BODY);

interface Candidate {
  readonly mention: ActorMention | null; // null: a place that only blocks a shorter name
  readonly from: number;
  readonly to: number;
  readonly rank: number; // 0 table, 1 organisation, 2 person
}

/**
 * The last word (inclusive) of the run of capitalised words starting at word `i`, with the
 * lower-case connectors a name may hold: "Group of Friends in Defence of the UN Charter".
 */
function runEnd(tokens: readonly WordToken[], i: number, tabled: ReadonlySet<number>): number {
  let last = i;
  for (let j = i + 1; j < tokens.length;) {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (t.sep === '' || (prev.possessive && !NAME_POSSESSIVES.has(prev.text))) break;
    if (t.capital) {
      // "EU Commission President Ursula ...": a title before a name starts a person.
      const title = titleAt(tokens, j);
      const after = title ? tokens[title.to] : undefined;
      if (after?.capital && after.sep === ' ' && !ORG_WORDS.has(after.bare)) break;
      last = j++;
      continue;
    }
    if (!CONNECTORS.has(t.text)) break;
    const k = tokens[j + 1]?.text === 'the' && t.text !== 'and' ? j + 2 : j + 1;
    const next = tokens[k];
    if (!next?.capital || next.sep !== ' ' || tokens[j + 1]!.sep !== ' ') break;
    const nameEnded = ORG_WORDS.has(tokens[last]!.bare) || tabled.has(last);
    // "the Security Council in New York", "the Russian Embassy and China": the name ended already.
    if ((t.text === 'in' || t.text === 'on' || t.text === 'and') && nameEnded) break;
    if (t.text === 'and' && tabled.has(k)) break;
    // "Group of Friends in Defence of ..." goes on; "... Defence in Moscow" is a place after a name.
    const more = tokens[k + 1];
    if ((t.text === 'in' || t.text === 'on') && !(more?.sep === ' ' && (more.capital || CONNECTORS.has(more.text))))
      break;
    j = k;
  }
  return last;
}

/** The organisation in the run from..last, as [from, to) word indices, or null. */
function organisationIn(tokens: readonly WordToken[], i: number, last: number): [number, number] | null {
  let from = i;
  while (from <= last && NOT_NAMES.has(tokens[from]!.bare)) from++;
  // One word is not a name: "the Ministry said" names no particular ministry.
  if (last - from < 1) return null;
  for (let j = from; j <= last; j++) if (ORG_WORDS.has(tokens[j]!.bare)) return [from, last + 1];
  return ORG_ENDINGS.has(tokens[last]!.bare) ? [from, last + 1] : null;
}

function candidates(passage: string, tokens: readonly WordToken[]): Candidate[] {
  const out: Candidate[] = [];
  const tabled = new Set<number>();
  const at = (from: number, to: number) => ({ start: tokens[from]!.start, end: tokens[to - 1]!.end });
  for (const m of tableMatches(tokens)) {
    for (let i = m.from; i < m.to; i++) tabled.add(i);
    const { kind, name } = m.entry;
    const isThing = kind === 'body' && tokens[m.to]?.sep === ' ' && THINGS.has(tokens[m.to]!.bare);
    const mention = kind === 'place' || isThing ? null : { name, kind, ...at(m.from, m.to), rule: `${kind} table` };
    out.push({ mention, from: m.from, to: isThing ? m.to + 1 : m.to, rank: 0 });
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capital) continue;
    const last = runEnd(tokens, i, tabled);
    const span = organisationIn(tokens, i, last);
    i = last;
    if (!span) continue;
    const [from, to] = span;
    const { start, end } = at(from, to);
    out.push({
      mention: { name: passage.slice(start, end), kind: 'organisation', start, end, rule: 'organisation word' },
      from,
      to,
      rank: 1,
    });
  }
  for (const p of personMentions(passage, tokens, tabled)) {
    const nameStart = passage.indexOf(p.name, tokens[p.from]!.start);
    out.push({
      mention: { name: p.name, kind: 'person', start: nameStart, end: nameStart + p.name.length, rule: p.rule },
      from: p.from,
      to: p.to,
      rank: 2,
    });
  }
  return out;
}

/**
 * Every actor mention in a passage, in order, overlaps resolved (see the module comment).
 * Deterministic; linear in the passage's length.
 */
export function findActorMentions(passage: string): ActorMention[] {
  const tokens = wordTokens(passage);
  const all = candidates(passage, tokens).sort((a, b) => a.from - b.from || b.to - a.to || a.rank - b.rank);
  const out: ActorMention[] = [];
  let reached = 0;
  for (const c of all) {
    if (c.from < reached) continue;
    reached = c.to;
    if (c.mention) out.push(c.mention);
  }
  return out;
}

/**
 * The actors a passage names, deduplicated, in order of first mention, canonical for states and
 * bodies ("the DPRK" -> "North Korea"), full names as written for people ("President Vladimir
 * Putin" -> "Vladimir Putin"). A later surname alone ("Putin") is the same person.
 */
export function findActors(passage: string): string[] {
  const names: string[] = [];
  // Each person's words and the index of their name in `names`.
  const people: { words: string[]; at: number }[] = [];
  for (const m of findActorMentions(passage)) {
    if (names.includes(m.name)) continue;
    if (m.kind === 'person') {
      const words = m.name.split(/\s+/u);
      const same = people.find((p) => endsWith(p.words, words) || endsWith(words, p.words));
      if (same) {
        // Keep the first position but the fuller name: "Putin ... Vladimir Putin" -> "Vladimir Putin".
        if (words.length > same.words.length) {
          names[same.at] = m.name;
          same.words = words;
        }
        continue;
      }
      people.push({ words, at: names.length });
    }
    names.push(m.name);
  }
  return names;
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  return tail.length <= words.length && tail.every((w, i) => words[words.length - tail.length + i] === w);
}
