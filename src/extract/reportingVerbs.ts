/**
 * The reporting frames of English news as data: the words that say whose account a passage is.
 * attribution.ts reads a passage against these tables; a new frame is a new line here.
 * All words are lower case; a frame of several words is written with spaces.
 */

export type AttributionHow = 'according-to' | 'said' | 'reported' | 'reportedly' | 'described' | 'claimed' | 'none';

/** Phrases followed by the source: "according to a ministry spokesperson, ...". */
export const SOURCE_PHRASES: Readonly<Record<string, AttributionHow>> = {
  'according to': 'according-to',
  'in the words of': 'according-to',
  'as reported by': 'reported',
};

/**
 * Verbs whose subject is the speaker: "Russia said", "the ministry announced", or, after a
 * quotation, "..., said the ministry". Present and past forms are listed, since news uses both.
 */
// prettier-ignore
export const SPEAKER_VERBS: Readonly<Record<string, AttributionHow>> = {
  ...forms('said', [
    'said', 'says', 'say', 'stated', 'states', 'announced', 'announces', 'told', 'tells', 'added', 'adds', 'noted',
    'notes', 'stressed', 'stresses', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'highlighted',
    'highlights', 'pointed to', 'points to', 'declared', 'declares', 'confirmed', 'confirms', 'warned', 'warns',
    'insisted', 'insists', 'explained', 'explains', 'wrote', 'writes', 'tweeted', 'posted', 'argued', 'argues',
    'maintained', 'maintains', 'acknowledged', 'acknowledges', 'denied', 'denies', 'revealed', 'reveals', 'estimated',
    'estimates', 'predicted', 'predicts', 'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'replied',
    'responded', 'recalled', 'recalls', 'underlined', 'underscored', 'reiterated', 'reaffirmed', 'asserted',
    'asserts',
  ]),
  ...forms('reported', ['reported', 'reports', 'report']),
  ...forms('claimed', ['claimed', 'claims', 'claim', 'alleged', 'alleges', 'allege', 'accused', 'accuses']),
};

/**
 * Verbs that frame a description, counted only with "as" after them: "what Russia described as
 * allied assistance", "the minister characterised the talks as frank".
 */
// prettier-ignore
export const DESCRIBING_VERBS: readonly string[] = [
  'describe', 'described', 'describes', 'characterise', 'characterize', 'characterised', 'characterized',
  'characterises', 'characterizes', 'portray', 'portrayed', 'portrays', 'frame', 'framed', 'frames', 'present',
  'presented', 'presents', 'label', 'labelled', 'labeled', 'brand', 'branded', 'hail', 'hailed', 'hails', 'dismiss',
  'dismissed', 'dismisses', 'cast', 'casts', 'billed', 'touted',
];

/** How far (in words) "as" may come after a describing verb: "described the talks as". */
export const DESCRIBING_AS_WITHIN = 6;

/** Forms of "be" that make a passive frame: "were said to", "was described as". */
export const BE_FORMS: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being'];

/**
 * Passive frames, which name no speaker unless "by ..." follows: the participle, what it tells,
 * and only when followed by one of PASSIVE_FOLLOWERS ("was said to", "were framed as").
 */
export const PASSIVE_PARTICIPLES: Readonly<Record<string, AttributionHow>> = {
  said: 'reportedly',
  reported: 'reportedly',
  believed: 'reportedly',
  thought: 'reportedly',
  understood: 'reportedly',
  rumoured: 'reportedly',
  rumored: 'reportedly',
  described: 'described',
  framed: 'described',
  presented: 'described',
  portrayed: 'described',
  characterised: 'described',
  characterized: 'described',
  labelled: 'described',
  labeled: 'described',
  branded: 'described',
  hailed: 'described',
  billed: 'described',
  claimed: 'claimed',
  alleged: 'claimed',
};

export const PASSIVE_FOLLOWERS: readonly string[] = ['to', 'as', 'that', 'by'];

/** Adverbs that mark hearsay without naming its source: "both sides reportedly reached ...". */
export const HEARSAY_ADVERBS: Readonly<Record<string, AttributionHow>> = {
  reportedly: 'reportedly',
  reputedly: 'reportedly',
  supposedly: 'reportedly',
  allegedly: 'claimed',
  purportedly: 'claimed',
  ostensibly: 'claimed',
};

/** How a verb reads in the summary: "Lavrov told reporters ..." is summarised "Lavrov said". */
export const SUMMARY_VERB: Readonly<Record<string, string>> = { told: 'said', tells: 'says' };

// ---- Reading the speaker's words -------------------------------------------------------------

/** Words that end a speaker's phrase when reading back from the verb: "what Russia described". */
// prettier-ignore
export const SPEAKER_BOUNDARIES: readonly string[] = [
  'that', 'which', 'what', 'who', 'whom', 'whose', 'when', 'while', 'where', 'whether', 'as', 'and', 'but', 'or',
  'nor', 'because', 'if', 'since', 'though', 'although', 'than', 'so', 'meanwhile', 'however', 'moreover',
  'yesterday', 'today', 'here', 'there', 'was', 'were', 'is', 'are', 'be', 'been', 'being',
];

/** Words allowed between a speaker and the verb: "Russia also pointed to", "officials have said". */
// prettier-ignore
export const BETWEEN_SPEAKER_AND_VERB: readonly string[] = [
  'has', 'have', 'had', 'also', 'further', 'again', 'repeatedly', 'previously', 'earlier', 'later', 'recently',
  'publicly', 'officially', 'reportedly', 'once', 'already', 'separately', 'then', 'now', 'openly', 'firmly',
  'explicitly', 'formally', 'jointly', 'both',
];

/** Prepositions that stay inside a speaker: "a spokesperson for the ministry", "officials at the embassy". */
export const PREPOSITIONS_IN_SPEAKER: readonly string[] = ['of', 'for', 'at', 'from', 'to'];

/** Prepositions that end a speaker: "In May the ministry said" -> "the ministry". */
// prettier-ignore
export const PREPOSITIONS_BEFORE_SPEAKER: readonly string[] = [
  'in', 'on', 'during', 'after', 'before', 'since', 'until', 'by', 'with', 'without', 'through', 'following', 'amid',
  'despite', 'into', 'over', 'under', 'across', 'against', 'upon', 'within', 'about',
];

/** Determiners: one opens a speaker's phrase ("the ministry"), so reading back stops there. */
// prettier-ignore
export const DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
];

/** Words of time that head a speaker's phrase only by accident: "On Monday Russia said". */
// prettier-ignore
export const TIME_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'last', 'this', 'next',
  'year', 'week', 'month', 'day', 'morning', 'afternoon', 'evening', 'night', 'weekend',
];

/** The longest speaker read, in words. Longer phrases are clauses, not speakers. */
export const MAX_SPEAKER_WORDS = 10;

function forms(how: AttributionHow, words: readonly string[]): Record<string, AttributionHow> {
  return Object.fromEntries(words.map((w) => [w, how]));
}
