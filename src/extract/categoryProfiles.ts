/**
 * Category keyword profiles, as data: which words suggest which category for a drafted event.
 * Edit per dataset: add a profile, drop one, or add words to one.
 *
 * How keywords are read (keywordMatcher.ts):
 *  - whole words, any case, with the usual inflections of the last word: "treaty" also matches
 *    "treaties", "sanction" matches "sanctions" and "sanctioned";
 *  - "word*" matches every word that starts with it (three letters at least): "militar*" matches
 *    "military", "militarised";
 *  - a keyword with a word in capitals matches only as written: "UN" is never the "un" of another
 *    language, and "WHO" never the pronoun;
 *  - a keyword of several words matches them with spaces or a hyphen between: "cease-fire"
 *    matches "cease fire" and "cease-fire", but "ceasefire" is one word and is listed apart.
 * Where keywords overlap, the longer wins, across profiles: "Security Council" is the UN's.
 * Colours have at least 4.5:1 contrast on white (WCAG AA for text).
 */

export interface CategoryProfile {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** A hex colour readable as text on white. */
  readonly color: string;
  /** Empty for the fallback profile, which is chosen only when no other matches. */
  readonly keywords: readonly string[];
}

/** The id suggested when no profile's keywords are found. */
export const FALLBACK_CATEGORY_ID = 'other';

// prettier-ignore
export const DEFAULT_PROFILES: readonly CategoryProfile[] = [
  {
    id: 'bilateral',
    label: 'Bilateral ties',
    description: 'Relations between two countries: visits, treaties, summits, ambassadors.',
    color: '#0b6bb3',
    keywords: [
      'bilateral', 'relations', 'ties', 'state visit', 'official visit', 'reciprocal visit', 'summit', 'treaty',
      'ambassador', 'embassy', 'envoy', 'diplomatic relations', 'strategic partnership', 'partnership', 'talks',
      'dialogue', 'counterpart', 'memorandum of understanding', 'joint statement',
    ],
  },
  {
    id: 'un',
    label: 'UN actions',
    description: 'Sessions, resolutions, votes and agencies of the United Nations.',
    color: '#00805a',
    keywords: [
      'UN', 'U.N.', 'United Nations', 'General Assembly', 'Security Council', 'Human Rights Council', 'resolution',
      'Secretary-General', 'UN Charter', 'peacekeep*', 'veto', 'UNESCO', 'UNICEF', 'UNHCR', 'UNDP', 'UNRWA', 'WFP',
      'IAEA', 'International Day', 'International Court of Justice',
    ],
  },
  {
    id: 'security',
    label: 'Security',
    description: 'Armed conflict, military forces, alliances, terrorism and arms control.',
    color: '#c2410c',
    keywords: [
      'militar*', 'troop', 'army', 'armed forces', 'soldier', 'attack', 'missile', 'drone', 'defence', 'defense',
      'conflict', 'war', 'warfare', 'ceasefire', 'cease-fire', 'truce', 'hostilities', 'battlefield', 'offensive',
      'invasion', 'terror*', 'NATO', 'CSTO', 'weapon', 'nuclear', 'peace', 'North Atlantic Treaty Organization',
      'Collective Security Treaty Organisation', 'Collective Security Treaty Organization', 'air strike', 'airstrike',
      'shelling', 'bomb*', 'security', 'insurgen*', 'rebel', 'frontline',
    ],
  },
  {
    id: 'politics',
    label: 'Politics',
    description: 'Elections, parliaments, governments and their leaders at home.',
    color: '#6b4fbb',
    keywords: [
      'election', 'elect', 'vote', 'voter', 'ballot', 'referendum', 'parliament', 'parliamentary', 'congress',
      'senate', 'government', 'cabinet', 'presidential', 'inauguration', 'inaugurate', 'coalition', 'opposition',
      'political party', 'campaign', 'policy', 'administration', 'decree', 'executive order', 'legislation',
      'lawmaker',
    ],
  },
  {
    id: 'economy',
    label: 'Economy',
    description: 'Trade, markets, money, sanctions and energy.',
    color: '#8a6400',
    keywords: [
      'econom*', 'trade', 'market', 'sanction', 'tariff', 'bank', 'inflation', 'interest rate', 'oil', 'gas',
      'energy', 'export', 'import', 'investment', 'investor', 'budget', 'debt', 'GDP', 'growth', 'currency', 'price',
      'stock', 'IMF', 'World Bank', 'WTO', 'OPEC', 'recession', 'unemployment', 'business', 'company',
    ],
  },
  {
    id: 'law',
    label: 'Law and justice',
    description: 'Courts, trials, rulings, laws, arrests and investigations.',
    color: '#374151',
    keywords: [
      'court', 'trial', 'law', 'judge', 'ruling', 'verdict', 'sentence', 'arrest', 'prosecutor', 'prosecution',
      'indictment', 'indict', 'lawsuit', 'sue', 'appeals court', 'convict', 'acquit', 'investigation', 'police',
      'charged', 'legal', 'ICC', 'ICJ', 'Supreme Court', 'international law', 'crime', 'criminal', 'drug trafficking',
      'narcotic*', 'anti-narcotics',
    ],
  },
  {
    id: 'disaster',
    label: 'Disasters',
    description: 'Natural disasters, accidents and emergencies.',
    color: '#b91c1c',
    keywords: [
      'earthquake', 'quake', 'flood', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'tsunami', 'wildfire',
      'forest fire', 'bushfire', 'blaze', 'drought', 'landslide', 'eruption', 'volcano', 'storm', 'famine', 'crash',
      'explosion', 'evacuat*', 'death toll', 'rescue', 'emergency', 'humanitarian',
    ],
  },
  {
    id: 'health',
    label: 'Health',
    description: 'Disease, outbreaks, medicine and public health.',
    color: '#be185d',
    keywords: [
      'health', 'outbreak', 'epidemic', 'pandemic', 'virus', 'disease', 'vaccin*', 'hospital', 'patient', 'doctor',
      'medic*', 'infection', 'WHO', 'World Health Organization', 'covid', 'cancer', 'drug',
    ],
  },
  {
    id: 'science-tech',
    label: 'Science and technology',
    description: 'Research, space, technology, the internet and the media.',
    color: '#0e7490',
    keywords: [
      'science', 'scientist', 'research', 'researcher', 'study', 'technolog*', 'space', 'satellite', 'rocket',
      'artificial intelligence', 'AI', 'internet', 'cyber*', 'digital', 'software', 'climate', 'media', 'information',
      'disinformation', 'fact-checking',
    ],
  },
  {
    id: 'culture',
    label: 'Culture and remembrance',
    description: 'Commemorations, anniversaries, festivals, the arts, sport and religion.',
    color: '#a21caf',
    keywords: [
      'commemorat*', 'anniversary', 'memorial', 'remembrance', 'festival', 'ceremony', 'celebrat*', 'heritage',
      'museum', 'art', 'artist', 'film', 'music', 'book', 'sport', 'olympic*', 'world cup', 'victory day', 'religion',
      'religious', 'church', 'orthodox', 'mosque', 'temple', 'tradition',
    ],
  },
  {
    id: 'society',
    label: 'Society',
    description: 'Migration, protests, rights, education and everyday life.',
    color: '#4d7c0f',
    keywords: [
      'migration', 'migrant', 'refugee', 'resettlement', 'asylum', 'protest', 'demonstration', 'walkout',
      'human rights', 'rights', 'education', 'school', 'university', 'student', 'citizen', 'housing', 'poverty',
      'gender', 'women', 'children', 'minority', 'foreign nationals',
    ],
  },
  {
    id: FALLBACK_CATEGORY_ID,
    label: 'Other',
    description: 'Events that no other category describes.',
    color: '#57534e',
    keywords: [],
  },
];

/**
 * Phrases that contain a keyword but suggest no category: matched first, so that "West Bank" is
 * not banking.
 */
export const NEUTRAL_PHRASES: readonly string[] = ['West Bank', 'Left Bank'];

/**
 * The bilateral rule beyond keywords: exactly two states named, with a word of relationship,
 * suggests the bilateral category ("Russia and China signed ...").
 */
// prettier-ignore
export const BILATERAL_RULE = {
  id: 'bilateral',
  /** Added to the category's keyword score when the rule holds. */
  bonus: 2,
  relationWords: [
    'relation*', 'ties', 'between', 'visit*', 'met', 'meet*', 'talks', 'summit', 'treaty', 'agreement', 'accord',
    'deal', 'partnership', 'alliance', 'cooperation', 'co-operation', 'dialogue', 'ambassador', 'embassy',
    'bilateral', 'sign*',
  ],
} as const;
