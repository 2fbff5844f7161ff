import type { Category } from '../data/schema';

/**
 * The words a generated chronicle is made of: a fictional region (so no generated sentence can
 * be mistaken for a claim about a real country or person), its categories, and templates for
 * the kinds of events news reports. Placeholders: {a} and {b} are countries, {city} a city, {n}
 * a number drawn from the template's range.
 */

export const CATEGORIES: readonly Category[] = [
  {
    id: 'politics',
    label: 'Politics',
    description: 'Parliaments, governments, elections and protests.',
    color: '#0b6bb3',
  },
  {
    id: 'economy',
    label: 'Economy and trade',
    description: 'Markets, central banks, trade and jobs.',
    color: '#00805a',
  },
  { id: 'diplomacy', label: 'Diplomacy', description: 'Summits, envoys, treaties and alliances.', color: '#6b4fbb' },
  { id: 'security', label: 'Security', description: 'Armed forces, borders and attacks.', color: '#c2410c' },
  { id: 'courts', label: 'Courts and law', description: 'Rulings, trials and new laws.', color: '#8a6400' },
  {
    id: 'environment',
    label: 'Environment',
    description: 'Weather, disasters and environmental policy.',
    color: '#0e7490',
  },
  { id: 'health', label: 'Health', description: 'Outbreaks, hospitals and medicines.', color: '#a8327d' },
  {
    id: 'culture',
    label: 'Culture and sport',
    description: 'Festivals, prizes, museums and matches.',
    color: '#57534e',
  },
];

/** How often each category leads an event: a few dominate, as in real news. */
export const CATEGORY_WEIGHTS: readonly number[] = [22, 18, 15, 13, 10, 9, 8, 5];

// prettier-ignore
export const COUNTRIES: readonly string[] = [
  'Aldria', 'Velmora', 'Brenmark', 'Casoria', 'Dunmere', 'Estavia', 'Farlan', 'Galdor', 'Hesmark', 'Ormond',
  'Lirra', 'Mavette', 'Norvale', 'Pellau', 'Quentar', 'Rostane', 'Sarnia', 'Tavesh', 'Ulmark', 'Varesse',
];

// prettier-ignore
export const CITIES: readonly string[] = [
  'Northport', 'Eastholm', 'Kellbridge', 'Marrowfield', 'Stonehaven', 'Lakemouth', 'Redwater', 'Ashgrove',
  'Westreach', 'Highmoor', 'Saltmarsh', 'Brightwell', 'Cinderford', 'Oakhollow', 'Greywater', 'Thornbury',
];

// prettier-ignore
export const FIRST_NAMES: readonly string[] = [
  'Tova', 'Ilse', 'Marek', 'Anouk', 'Bastian', 'Corin', 'Dalia', 'Emil', 'Freya', 'Goran', 'Hana', 'Ivo',
  'Jana', 'Kasimir', 'Lene', 'Milo', 'Nadia', 'Oskar', 'Petra', 'Quinn', 'Rasmus', 'Selma', 'Teodor', 'Una',
  'Viktor', 'Wanda', 'Xander', 'Yara', 'Zofia', 'Arvid', 'Britt', 'Cyril', 'Dorota', 'Edvin', 'Fenna', 'Gustav',
];

/** Surnames are built from two parts, giving a few hundred distinct ones. */
// prettier-ignore
export const SURNAME_STARTS: readonly string[] = [
  'Bren', 'Var', 'Hol', 'Kess', 'Lind', 'Mor', 'Ost', 'Rav', 'Sten', 'Thal', 'Ulf', 'Wes', 'Ard', 'Cal', 'Dre',
  'Fal', 'Grim', 'Hart', 'Ister', 'Jor',
];
// prettier-ignore
export const SURNAME_ENDS: readonly string[] = [
  'nick', 'ga', 'berg', 'ler', 'ström', 'ova', 'ani', 'den', 'wick', 'mann', 'sen', 'ard', 'ello', 'ic', 'ford',
];

export const ROLES: readonly string[] = [
  'a spokesperson for the government of {a}',
  'the foreign minister of {a}',
  'a senior official in {a}',
  'an economist based in {city}',
  'a police spokesperson in {city}',
  'a lawyer in {city}',
  'the mayor of {city}',
  'a correspondent in {city}',
];

export const OUTLETS: readonly string[] = [
  'the Northport Herald',
  'the Aldria state broadcaster',
  'the Velmora News Agency',
  'a government statement',
  'court records',
  'a police statement',
  'the Eastholm Courier',
  'local media',
  'a ministry press release',
  'the Regional Wire',
  'an opposition party statement',
  'the Lakemouth Gazette',
];

export const FILLERS: readonly string[] = [
  'Officials did not respond to requests for comment.',
  'The claim could not be independently verified.',
  'Further details were not immediately available.',
  'Reaction from neighbouring governments was muted.',
  'Analysts said the consequences would take months to become clear.',
  'The opposition criticised the decision.',
  'Markets barely moved on the news.',
];

export const NOTES: readonly string[] = [
  'Figures are the source’s own and were not independently verified.',
  'Other reports give a different date.',
  'The source does not say who first made the claim.',
  'Some reports describe the event differently.',
];

export interface EventTemplate {
  readonly category: string;
  /** A headline in the present tense. */
  readonly title: string;
  /** What happened, in the past tense, to be embedded in a sentence. */
  readonly clause: string;
  /** The range of {n}, both ends included. */
  readonly n?: readonly [number, number];
}

const t = (category: string, title: string, clause: string, n?: readonly [number, number]): EventTemplate =>
  n ? { category, title, clause, n } : { category, title, clause };

export const TEMPLATES: readonly EventTemplate[] = [
  t('politics', '{a} parliament passes budget', 'the parliament of {a} passed the annual budget by {n} votes', [2, 60]),
  t(
    'politics',
    'Cabinet reshuffle in {a}',
    'the government of {a} reshuffled its cabinet, replacing {n} ministers',
    [2, 9],
  ),
  t('politics', 'Snap election called in {a}', 'the prime minister of {a} called a snap election'),
  t('politics', 'Mayor of {city} resigns', 'the mayor of {city} resigned after losing a vote of confidence'),
  t(
    'politics',
    'Pension protest in {city}',
    'about {n},000 people marched in {city} against the pension reform',
    [2, 80],
  ),
  t(
    'economy',
    '{a} central bank raises rates',
    'the central bank of {a} raised its main interest rate by {n} basis points',
    [10, 75],
  ),
  t(
    'economy',
    '{a} and {b} sign trade accord',
    '{a} and {b} signed a trade accord covering {n} product lines',
    [12, 400],
  ),
  t(
    'economy',
    'Port strike halts shipping in {city}',
    'dock workers in {city} went on strike, holding up {n} ships',
    [5, 120],
  ),
  t('economy', 'Inflation in {a} reaches {n} per cent', 'annual inflation in {a} reached {n} per cent', [3, 14]),
  t('economy', 'Factory closes in {city}', 'a car factory in {city} closed with the loss of {n} jobs', [80, 3000]),
  t('diplomacy', 'Summit of {a} and {b} in {city}', 'the leaders of {a} and {b} met for a summit in {city}'),
  t('diplomacy', '{a} recalls ambassador from {b}', '{a} recalled its ambassador from {b} for consultations'),
  t(
    'diplomacy',
    '{a} joins the Tidewater Compact',
    '{a} formally joined the Tidewater Compact as its {n}th member',
    [5, 30],
  ),
  t('diplomacy', 'Foreign ministers of {a} and {b} meet', 'the foreign ministers of {a} and {b} held talks in {city}'),
  t('diplomacy', '{a} opens embassy in {b}', '{a} opened an embassy in {b}, its first there in {n} years', [8, 60]),
  t(
    'security',
    'Border clash between {a} and {b}',
    'troops of {a} and {b} exchanged fire at a border post, injuring {n} people',
    [1, 40],
  ),
  t('security', '{a} holds military exercise', '{a} held a military exercise involving {n},000 troops', [2, 45]),
  t(
    'security',
    'Cyberattack on {city} hospitals',
    'a cyberattack took the hospital network of {city} offline for {n} hours',
    [3, 96],
  ),
  t('security', 'Arms deal between {a} and {b}', '{a} agreed to sell {n} patrol boats to {b}', [2, 24]),
  t(
    'courts',
    'Supreme court of {a} strikes down data law',
    'the supreme court of {a} struck down parts of the data retention law',
  ),
  t(
    'courts',
    'Former minister of {a} convicted',
    'a former minister of {a} was convicted of fraud and sentenced to {n} years',
    [2, 12],
  ),
  t('courts', 'Court in {city} halts mining permit', 'a court in {city} suspended the permit for a new open-pit mine'),
  t(
    'courts',
    '{a} adopts new press law',
    'the parliament of {a} adopted a press law that critics said would limit reporting',
  ),
  t('environment', 'Floods in {city}', 'floods in {city} forced {n},000 people from their homes', [1, 60]),
  t('environment', 'Wildfire near {city}', 'a wildfire near {city} burned {n},000 hectares', [1, 90]),
  t('environment', '{a} bans single-use plastics', '{a} banned single-use plastics from the start of next year'),
  t('environment', 'Heatwave in {a}', 'a heatwave in {a} pushed temperatures to {n} degrees', [38, 47]),
  t('health', 'Measles outbreak in {city}', 'health officials in {city} reported {n} cases of measles', [12, 900]),
  t('health', '{a} approves new vaccine', 'the medicines regulator of {a} approved a new vaccine against influenza'),
  t('health', 'Nurses strike in {city}', 'nurses in {city} went on strike over pay for {n} days', [1, 21]),
  t('culture', '{city} hosts film festival', '{city} hosted its film festival, showing {n} films', [40, 300]),
  t('culture', '{a} wins regional football cup', 'the national team of {a} won the regional football cup, beating {b}'),
  t(
    'culture',
    'Museum opens in {city}',
    'a museum of modern art opened in {city} after {n} years of building',
    [2, 11],
  ),
  t('culture', 'Author from {a} wins literary prize', 'a novelist from {a} won the Tidewater literary prize'),
];
