/**
 * International bodies and the institutions news uses as speakers, as data. One line per body:
 * the canonical short name first, then the other names it goes by, separated by "|". Matched
 * case-sensitively on whole words, so the acronym "WHO" is never the pronoun "who".
 *
 * A body's own name may contain a state's ("Bank of Japan"), so a longer body name found in the
 * passage wins over the state inside it (see actors.ts).
 */

/** Intergovernmental organisations, their main organs and agencies. */
export const INTERNATIONAL_BODIES: readonly string[] = [
  // The United Nations system.
  'UN|United Nations|U.N.|UNO',
  'UN General Assembly|United Nations General Assembly|U.N. General Assembly|UNGA|General Assembly',
  'UN Security Council|United Nations Security Council|U.N. Security Council|UNSC|Security Council',
  'UN Human Rights Council|United Nations Human Rights Council|UNHRC|Human Rights Council',
  'UN Secretariat|United Nations Secretariat',
  'ICJ|International Court of Justice|World Court',
  'UNESCO',
  'UNICEF',
  'UNHCR|UN refugee agency|UN Refugee Agency',
  'UNDP|United Nations Development Programme',
  'UNEP|United Nations Environment Programme',
  'UNRWA',
  'UNFPA',
  'OCHA',
  'WFP|World Food Programme|World Food Program',
  'FAO|Food and Agriculture Organization',
  'ILO|International Labour Organization|International Labor Organization',
  'IOM|International Organization for Migration',
  'WHO|World Health Organization|World Health Organisation',
  'WMO|World Meteorological Organization',
  'IPCC|Intergovernmental Panel on Climate Change',
  'IAEA|International Atomic Energy Agency',
  'OPCW|Organisation for the Prohibition of Chemical Weapons|Organization for the Prohibition of Chemical Weapons',
  'IMF|International Monetary Fund',
  'World Bank',
  'WTO|World Trade Organization|World Trade Organisation',
  // Courts and police cooperation outside the UN.
  'ICC|International Criminal Court',
  'Interpol',
  'Europol',
  // Alliances, unions and regional organisations.
  'NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Nato',
  'EU|European Union|E.U.',
  'European Commission|EU Commission',
  'European Parliament',
  'European Council',
  'ECB|European Central Bank',
  'Council of Europe',
  'OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe',
  'CSTO|Collective Security Treaty Organization|Collective Security Treaty Organisation',
  'CIS|Commonwealth of Independent States',
  'EAEU|Eurasian Economic Union|EEU',
  'SCO|Shanghai Cooperation Organisation|Shanghai Cooperation Organization',
  'BRICS',
  'ASEAN|Association of Southeast Asian Nations',
  'APEC|Asia-Pacific Economic Cooperation',
  'African Union|AU',
  'ECOWAS|Economic Community of West African States',
  'SADC|Southern African Development Community',
  'Arab League|League of Arab States',
  'GCC|Gulf Cooperation Council',
  'OIC|Organisation of Islamic Cooperation|Organization of Islamic Cooperation',
  'OAS|Organization of American States',
  'Mercosur',
  'OPEC|Organization of the Petroleum Exporting Countries',
  'OECD|Organisation for Economic Co-operation and Development',
  'G7|G-7|Group of Seven',
  'G20|G-20|Group of 20|Group of Twenty',
  'AUKUS',
  'New Development Bank|NDB',
  'AIIB|Asian Infrastructure Investment Bank',
  'Asian Development Bank|ADB',
  'EBRD|European Bank for Reconstruction and Development',
  // Non-governmental bodies that act internationally.
  'ICRC|International Committee of the Red Cross|Red Cross',
  'Red Crescent',
  'MSF|Doctors Without Borders|Médecins Sans Frontières',
  'Amnesty International',
  'Human Rights Watch',
  'IOC|International Olympic Committee',
  'FIFA',
];

/**
 * Seats of government that news uses as speakers ("the Kremlin said"). Kept as written: the
 * Kremlin is not silently turned into "Russia", since the article did not say "Russia".
 */
export const INSTITUTIONS: readonly string[] = [
  'Kremlin',
  'White House',
  'Pentagon',
  'Downing Street',
  'Élysée|Elysee|Élysée Palace|Elysee Palace',
  'Congress',
  'Bundestag',
  'Knesset',
  'State Duma|Duma',
  'Verkhovna Rada|Rada',
];

/**
 * Words that, right after a body's name, make the phrase a thing or a place rather than the body
 * acting: "the UN Charter", "UN headquarters".
 */
export const THING_AFTER_BODY: readonly string[] = [
  'Charter',
  'charter',
  'headquarters',
  'Headquarters',
  'HQ',
  'Convention',
  'Statute',
];
