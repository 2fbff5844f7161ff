/**
 * The cues that tell a name of a person or an organisation from other capitalised words, as
 * data. Every list is of general English; none names anyone.
 */

/**
 * Titles before a person's name ("President Vladimir Putin" -> "Vladimir Putin"). Lower-case
 * entries match in any case ("the president Joe Biden"); capitalised entries only as written,
 * because in lower case they are ordinary words ("General" the rank, "general" the adjective).
 * Several may follow one another ("Supreme Leader Ayatollah Ali Khamenei").
 */
// prettier-ignore
export const PERSON_TITLES: readonly string[] = [
  // Heads of state and government, ministers.
  'president', 'vice president', 'vice-president', 'president-elect', 'prime minister', 'deputy prime minister',
  'premier', 'chancellor', 'minister', 'deputy minister', 'foreign minister', 'defence minister', 'defense minister',
  'finance minister', 'interior minister', 'economy minister', 'trade minister', 'health minister', 'energy minister',
  'justice minister', 'secretary of state', 'secretary', 'home secretary', 'foreign secretary', 'secretary-general',
  'secretary general', 'under-secretary-general', 'king', 'queen', 'prince', 'princess', 'crown prince', 'emir',
  'sheikh', 'sultan', 'supreme leader', 'ayatollah', 'pope', 'leader', 'opposition leader',
  // Legislators and local government.
  'senator', 'sen.', 'rep.', 'congressman', 'congresswoman', 'lawmaker', 'mp', 'speaker', 'governor', 'gov.', 'mayor',
  // Diplomats and spokespeople.
  'ambassador', 'envoy', 'special envoy', 'high commissioner', 'commissioner', 'high representative', 'spokesperson',
  'spokesman', 'spokeswoman', 'press secretary',
  // Organisations.
  'chairman', 'chairwoman', 'chair', 'chief', 'chief executive', 'ceo', 'director', 'director-general',
  'director general',
  // The armed forces: ranks as written, since "general" and "major" are also adjectives.
  'General', 'Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Colonel', 'Col.', 'Admiral', 'Adm.', 'Commander', 'Marshal',
  'Field Marshal', 'Captain', 'Capt.', 'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.',
  // The courts.
  'judge', 'justice', 'chief justice', 'prosecutor', 'attorney general', 'attorney-general',
  // Honorifics and religious titles.
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof.', 'professor', 'Sir', 'Dame', 'archbishop', 'bishop',
  'patriarch', 'metropolitan', 'cardinal', 'rabbi', 'imam',
];

/**
 * Words that make a capitalised phrase the name of an organisation wherever they stand in it:
 * "Russian Embassy", "Ministry of Defence", "Group of Friends of ...". A single such word is not
 * a name ("the Ministry said"): at least one more capitalised word is needed.
 */
// prettier-ignore
export const ORGANISATION_WORDS: readonly string[] = [
  'Ministry', 'Embassy', 'Consulate', 'Council', 'Commission', 'Committee', 'Assembly', 'Parliament', 'Senate',
  'Congress', 'Court', 'Tribunal', 'Agency', 'Authority', 'Bureau', 'Department', 'Office', 'Organisation',
  'Organization', 'Union', 'Alliance', 'League', 'Federation', 'Association', 'Network', 'Group', 'Fund', 'Bank',
  'Institute', 'Institution', 'Party', 'Movement', 'Front', 'Forum', 'Coalition', 'Forces', 'Army', 'Navy', 'Guard',
  'Staff', 'Service', 'Services', 'Corporation', 'Company', 'University', 'Foundation', 'Programme', 'Program',
  'Secretariat', 'Mission', 'Cabinet', 'Government', 'Reserve', 'Board', 'Society', 'Centre', 'Center', 'Police',
  'Directorate', 'Administration', 'Inspectorate',
];

/** Words that make a name an organisation only at its end: "Amnesty International". */
// prettier-ignore
export const ORGANISATION_ENDINGS: readonly string[] = [
  'International', 'Watch', 'Inc', 'Ltd', 'Corp', 'Co', 'plc', 'PLC', 'LLC', 'AG', 'SA', 'Times', 'Post', 'Journal',
  'News', 'Press', 'Today', 'Daily', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Guardian', 'Airlines', 'Airways',
  'Motors', 'Electric', 'Holdings',
];

/** Lower-case words that may stand inside an organisation's name: "Ministry of Foreign Affairs". */
export const NAME_CONNECTORS: readonly string[] = ['of', 'for', 'and', 'in', 'on', 'de', 'du', 'des', 'del'];

/** Lower-case particles inside a person's name: "Ursula von der Leyen", "Mohammed bin Salman". */
// prettier-ignore
export const NAME_PARTICLES: readonly string[] = [
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'bin', 'ibn', 'bint',
  'al', 'el', 'ben', 'ter',
];

/** Possessives that belong inside a name: "Democratic People's Republic", "Workers' Party". */
// prettier-ignore
export const POSSESSIVES_IN_NAMES: readonly string[] = [
  "People's", 'People’s', "Workers'", 'Workers’', "Women's", 'Women’s', "Children's", 'Children’s',
];

/**
 * Capitalised words that start sentences or mark time but never start a name: stripped from the
 * front of a run of capitalised words ("Yesterday Human Rights Watch ...").
 */
// prettier-ignore
export const NOT_NAME_WORDS: readonly string[] = [
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Without', 'To', 'Of', 'During', 'Following',
  'After', 'Before', 'Since', 'Until', 'Within', 'Under', 'Over', 'Amid', 'Among', 'Despite', 'Through', 'Across',
  'Against', 'Between', 'Meanwhile', 'However', 'Moreover', 'Also', 'Yesterday', 'Today', 'Tomorrow', 'Tonight',
  'Last', 'Next', 'This', 'That', 'These', 'Those', 'Both', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'Several',
  'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your', 'And', 'But', 'Or', 'If', 'When', 'While', 'Where', 'As',
  'Although', 'Though', 'Because', 'According', 'Asked', 'Earlier', 'Later', 'Now', 'Then', 'Still', 'Even', 'So',
  'Yet', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'Mr', 'Mrs', 'Ms', 'Dr', 'Officials', 'Analysts', 'Experts',
  'Sources', 'Residents', 'Witnesses', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];
