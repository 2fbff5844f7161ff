import { LIMITS, type EventInput } from '../data/schema';
import { makeDating, type Dating } from './dates';
import { chance, intBetween, pick, weighted, type Random } from './random';
import {
  CATEGORIES,
  CITIES,
  COUNTRIES,
  FIRST_NAMES,
  NOTES,
  OUTLETS,
  ROLES,
  SURNAME_ENDS,
  SURNAME_STARTS,
  TEMPLATES,
  type EventTemplate,
} from './vocabulary';

/** One generated event: its fields and the sentence of the chronicle it quotes. */

const templatesByCategory = CATEGORIES.map((c) => TEMPLATES.filter((t) => t.category === c.id));

/** How a quoted sentence opens: with the date, with a named person, or with what happened. */
const pickForm = weighted<'date' | 'person' | 'outlet'>([
  ['date', 45],
  ['person', 35],
  ['outlet', 20],
]);

const SECOND_CATEGORY_SHARE = 0.22;
const NOTE_SHARE = 0.04;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function slugOf(text: string, maxLength: number): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** Fills {a}, {b}, {city} and {n}; returns the filled strings and the actors they name. */
function fillTemplate(rand: Random, template: EventTemplate): { title: string; clause: string; actors: string[] } {
  const a = pick(rand, COUNTRIES);
  let b = pick(rand, COUNTRIES);
  while (b === a) b = pick(rand, COUNTRIES);
  const city = pick(rand, CITIES);
  const n = template.n ? String(intBetween(rand, template.n[0], template.n[1])) : '';
  const fill = (s: string) =>
    s.replaceAll('{a}', a).replaceAll('{b}', b).replaceAll('{city}', city).replaceAll('{n}', n);
  const uses = template.title + template.clause;
  const named = [uses.includes('{a}') && a, uses.includes('{b}') && b, uses.includes('{city}') && city];
  return {
    title: fill(template.title),
    clause: fill(template.clause),
    actors: named.filter((x): x is string => typeof x === 'string'),
  };
}

function dateNote(dating: Dating): string | null {
  if (dating.qualifier === '~') return 'The source gives the date only approximately.';
  if (dating.qualifier === '?') return 'The source is not sure of the date.';
  if (dating.qualifier === '%') return 'The source is not sure of the date and gives it only approximately.';
  if (dating.kind === 'open-interval') return 'Still going on when the chronicle was written.';
  return null;
}

/**
 * Makes event number `serial` (1-based, unique), anchored on `day` (UTC day number) and led by
 * the category with index `category`. Its quote ends in "(dispatch <serial>).", which no other
 * sentence contains, so the quote occurs exactly once in a text made of these sentences.
 */
export function makeEvent(
  rand: Random,
  serial: number,
  day: number,
  category: number,
  pickCategory: (rand: Random) => number,
): EventInput {
  const { title, clause, actors } = fillTemplate(rand, pick(rand, templatesByCategory[category]!));
  const dating = makeDating(rand, day);
  const outlet = pick(rand, OUTLETS);
  const ref = `(dispatch ${serial})`;
  let quote: string;
  let attribution: string;
  const form = pickForm(rand);
  if (form === 'person') {
    const name = `${pick(rand, FIRST_NAMES)} ${pick(rand, SURNAME_STARTS)}${pick(rand, SURNAME_ENDS)}`;
    const country = actors.find((x) => COUNTRIES.includes(x)) ?? pick(rand, COUNTRIES);
    const role = pick(rand, ROLES).replace('{a}', country).replace('{city}', pick(rand, CITIES));
    quote = `${name}, ${role}, said that ${clause} ${dating.phrase} ${ref}.`;
    attribution = `${name}, ${role}`;
    actors.push(name);
  } else if (form === 'date') {
    quote = `${capitalise(dating.phrase)}, ${clause}, ${outlet} reported ${ref}.`;
    attribution = capitalise(outlet);
  } else {
    quote = `${capitalise(clause)} ${dating.phrase}, according to ${outlet} ${ref}.`;
    attribution = capitalise(outlet);
  }

  const categories = [CATEGORIES[category]!.id];
  if (chance(rand, SECOND_CATEGORY_SHARE)) {
    const second = CATEGORIES[pickCategory(rand)]!.id;
    if (second !== categories[0]) categories.push(second);
  }
  const note = dateNote(dating) ?? (chance(rand, NOTE_SHARE) ? pick(rand, NOTES) : null);
  const event: EventInput = {
    id: `${slugOf(title, LIMITS.idLength - 8)}-${serial}`,
    title,
    date: dating.edtf,
    categories,
    actors,
    attribution,
    quote,
  };
  return note === null ? event : { ...event, note };
}
