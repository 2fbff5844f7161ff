/**
 * The words of time, as tables a person can read and extend. The rules in ./rules.ts are
 * written with the placeholders below (`{MONTH}`, `{NUM}`…), which ./grammar.ts expands into
 * regular expressions from these tables.
 */

/** Month names and their usual abbreviations (an abbreviation needs its full stop or a day after it). */
export const MONTHS: readonly { readonly month: number; readonly names: readonly string[]; readonly abbr: readonly string[] }[] = [
  { month: 1, names: ['January'], abbr: ['Jan'] },
  { month: 2, names: ['February'], abbr: ['Feb'] },
  { month: 3, names: ['March'], abbr: ['Mar'] },
  { month: 4, names: ['April'], abbr: ['Apr'] },
  { month: 5, names: ['May'], abbr: [] },
  { month: 6, names: ['June'], abbr: ['Jun'] },
  { month: 7, names: ['July'], abbr: ['Jul'] },
  { month: 8, names: ['August'], abbr: ['Aug'] },
  { month: 9, names: ['September'], abbr: ['Sept', 'Sep'] },
  { month: 10, names: ['October'], abbr: ['Oct'] },
  { month: 11, names: ['November'], abbr: ['Nov'] },
  { month: 12, names: ['December'], abbr: ['Dec'] },
];

/** ISO weekday numbers: Monday is 1. */
export const WEEKDAYS: readonly { readonly weekday: number; readonly names: readonly string[] }[] = [
  { weekday: 1, names: ['Monday', 'Mon.'] },
  { weekday: 2, names: ['Tuesday', 'Tues.', 'Tue.'] },
  { weekday: 3, names: ['Wednesday', 'Wed.'] },
  { weekday: 4, names: ['Thursday', 'Thurs.', 'Thu.'] },
  { weekday: 5, names: ['Friday', 'Fri.'] },
  { weekday: 6, names: ['Saturday', 'Sat.'] },
  { weekday: 7, names: ['Sunday', 'Sun.'] },
];

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, 'a hundred': 100, 'a couple of': 2, 'a couple': 2, 'a dozen': 12, dozen: 12,
  half: 0.5, 'a half': 0.5,
};

/** Quantities that are not a number: a duration of "several years" is `PXY`. */
export const VAGUE_QUANTITIES: readonly string[] = [
  'several', 'a few', 'few', 'many', 'some', 'numerous', 'various', 'the past few', 'the last few',
  'the next few', 'the coming', 'the past several', 'the last several', 'dozens of', 'hundreds of', 'more than a few',
];

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, 'twenty-first': 21,
};

/** Calendar units, singular and plural, with the ISO 8601 duration letter and its size. */
export const UNITS: Readonly<Record<string, { readonly unit: Unit; readonly plural: string }>> = {
  second: { unit: 'second', plural: 'seconds' },
  minute: { unit: 'minute', plural: 'minutes' },
  hour: { unit: 'hour', plural: 'hours' },
  day: { unit: 'day', plural: 'days' },
  week: { unit: 'week', plural: 'weeks' },
  weekend: { unit: 'weekend', plural: 'weekends' },
  fortnight: { unit: 'fortnight', plural: 'fortnights' },
  month: { unit: 'month', plural: 'months' },
  quarter: { unit: 'quarter', plural: 'quarters' },
  year: { unit: 'year', plural: 'years' },
  decade: { unit: 'decade', plural: 'decades' },
  century: { unit: 'century', plural: 'centuries' },
};

export type Unit =
  | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'fortnight' | 'month' | 'quarter' | 'year'
  | 'decade' | 'century';

/** A unit as an ISO 8601 duration: `[count, letter, inTimePart]`. */
export const DURATION_OF: Readonly<Record<Unit, readonly [number, string, boolean]>> = {
  second: [1, 'S', true], minute: [1, 'M', true], hour: [1, 'H', true], day: [1, 'D', false],
  week: [1, 'W', false], weekend: [2, 'D', false], fortnight: [2, 'W', false], month: [1, 'M', false],
  quarter: [3, 'M', false], year: [1, 'Y', false], decade: [10, 'Y', false], century: [100, 'Y', false],
};

/** EDTF level-1 season codes. */
export const SEASONS: Readonly<Record<string, number>> = { spring: 21, summer: 22, fall: 23, autumn: 23, winter: 24 };

/** Parts of the day, with the hour range a clock time in them falls in. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night', overnight: 'night',
};

/** Words that mean "before / after the anchor by the given amount". */
export const SHIFT_WORDS: Readonly<Record<string, -1 | 1>> = {
  ago: -1, earlier: -1, before: -1, previously: -1, 'from now': 1, later: 1, after: 1, hence: 1, 'from today': 1,
};

/** Modifiers of a calendar unit: "last week" is one week before the anchor's. */
export const UNIT_MODIFIERS: Readonly<Record<string, -1 | 0 | 1>> = {
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1, 'this past': -1,
  this: 0, current: 0, present: 0, same: 0,
  next: 1, coming: 1, following: 1, 'this coming': 1, upcoming: 1,
};

/** Vague references to the present, past or future, as TimeML writes them. */
export const VAGUE_REFERENCES: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', nowadays: 'PRESENT_REF',
  'at present': 'PRESENT_REF', 'these days': 'PRESENT_REF', 'the present': 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF',
  'the past': 'PAST_REF', 'in the past': 'PAST_REF', 'recent years': 'PAST_REF', 'recent months': 'PAST_REF',
  'recent weeks': 'PAST_REF', 'recent days': 'PAST_REF', 'recent decades': 'PAST_REF', 'past years': 'PAST_REF',
  'the future': 'FUTURE_REF', 'in future': 'FUTURE_REF', 'the near future': 'FUTURE_REF',
  'the coming years': 'FUTURE_REF', 'coming years': 'FUTURE_REF', 'the coming months': 'FUTURE_REF', 'coming months': 'FUTURE_REF',
  'the coming weeks': 'FUTURE_REF', 'coming weeks': 'FUTURE_REF', 'the coming days': 'FUTURE_REF', 'coming quarters': 'FUTURE_REF',
  'the years ahead': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the short term': 'FUTURE_REF', 'the long term': 'FUTURE_REF',
};

/** Holidays on a fixed day of the year. */
export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  "New Year's Day": [1, 1], "New Year's Eve": [12, 31], 'Christmas Day': [12, 25], 'Christmas Eve': [12, 24],
  Christmas: [12, 25], 'Boxing Day': [12, 26], "Valentine's Day": [2, 14], 'Independence Day': [7, 4],
  'Bastille Day': [7, 14], Halloween: [10, 31], 'Veterans Day': [11, 11], 'Armistice Day': [11, 11],
  "St. Patrick's Day": [3, 17], 'May Day': [5, 1], 'Labour Day': [5, 1], 'International Women’s Day': [3, 8],
  "International Women's Day": [3, 8], 'Victory Day': [5, 9], 'Remembrance Day': [11, 11],
};

/** Holidays on the nth weekday of a month (n = -1: the last one). */
export const NTH_WEEKDAY_HOLIDAYS: Readonly<Record<string, readonly [month: number, weekday: number, n: number]>> = {
  Thanksgiving: [11, 4, 4], 'Thanksgiving Day': [11, 4, 4], 'Labor Day': [9, 1, 1], 'Memorial Day': [5, 1, -1],
  'Martin Luther King Day': [1, 1, 3], "Presidents' Day": [2, 1, 3], 'Columbus Day': [10, 1, 2],
  "Mother's Day": [5, 7, 2], "Father's Day": [6, 7, 3],
};

/** Words that put a clause in the future or the past (./tense.ts), besides verbs ending in -ed. */
export const FUTURE_MARKERS: readonly string[] = [
  'will', "'ll", 'shall', 'going to', 'plans to', 'plan to', 'planned to', 'planning to', 'expected to', 'expects to',
  'scheduled to', 'scheduled for', 'due to', 'is to', 'are to', 'intends to', 'aims to', 'hopes to', 'set to', 'would',
  'to be held', 'upcoming', 'will be', "won't", 'as soon as', 'scheduled', 'payable', 'expire', 'expires', 'effective', 'deadline',
];

export const PAST_MARKERS: readonly string[] = [
  'was', 'were', 'had', 'did', 'said', 'told', 'ago', 'met', 'went', 'came', 'took', 'gave', 'made', 'held', 'saw',
  'began', 'rose', 'fell', 'won', 'lost', 'left', 'led', 'sent', 'set', 'put', 'cut', 'hit', 'got', 'became',
  'brought', 'bought', 'sold', 'spent', 'thought', 'found', 'kept', 'paid', 'wrote', 'spoke', 'struck', 'fought',
  'ran', 'grew', 'knew', 'drew', 'flew', 'threw', 'chose', 'broke', 'froze', 'stole', 'woke', 'wore', 'tore',
  'swore', 'shook', 'stood', 'understood', 'sat', 'sought', 'taught', 'caught', 'felt', 'meant', 'heard', 'built',
  'sent', 'lent', 'bent', 'dealt', 'slid', 'shot', 'quit', 'hid', 'fled', 'bled', 'fed', 'forgave', 'forecast',
  'overtook', 'undertook', 'withdrew', 'ended', 'closed', 'did', 'passed', 'began',
];

/** Words ending in -ed that are not past verbs. */
export const NOT_PAST_ED: readonly string[] = [
  'need', 'feed', 'seed', 'speed', 'bed', 'red', 'shed', 'bled', 'fled', 'united', 'limited', 'indeed', 'proceed',
  'succeed', 'exceed', 'breed', 'creed', 'greed', 'weed', 'reed', 'ted', 'ned', 'fred', 'med', 'led', 'wed',
  'sled', 'hundred', 'kindred', 'sacred', 'naked', 'wicked', 'ragged', 'rugged', 'jagged', 'beloved', 'learned',
  'expected', 'scheduled', 'planned', 'proposed', 'intended', 'supposed', 'anticipated', 'projected', 'slated',
];

/** A word just before the expression that points it forward ("by May") or back ("since May"). */
export const FORWARD_BEFORE: readonly string[] = ['until', 'till', 'by', 'before', 'as soon as', 'starting', 'effective', 'due', 'as early as'];
export const BACKWARD_BEFORE: readonly string[] = ['since', 'as of'];
