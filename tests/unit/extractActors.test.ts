import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findActorMentions, findActors, findCountries, isCountryName } from '../../src/extract/actors';
import { UN_MEMBER_STATES, UN_OBSERVER_STATES } from '../../src/extract/countries';

describe('findActors: states', () => {
  it('names a state by its canonical short name, whatever name the text uses', () => {
    expect(findActors('Relations with the DPRK deepened.')).toEqual(['North Korea']);
    expect(findActors('The U.S. and Britain warned Türkiye.')).toEqual(['United States', 'United Kingdom', 'Turkey']);
    expect(findActors('Ivory Coast and the Democratic Republic of the Congo signed a pact.')).toEqual([
      "Côte d'Ivoire",
      'DR Congo',
    ]);
    expect(findActors("The Democratic People's Republic of Korea fired a missile.")).toEqual(['North Korea']);
  });

  it('lists actors once each, in order of first mention', () => {
    expect(findActors('Russia and China met; China then hosted Russia and Iran.')).toEqual(['Russia', 'China', 'Iran']);
  });

  it('reads a state inside a possessive or a hyphenated pair', () => {
    expect(findActors('At Russia’s initiative, the Russia-Ukraine talks resumed after U.S.-led mediation.')).toEqual([
      'Russia',
      'Ukraine',
      'United States',
    ]);
  });

  it('does not take an adjective of nationality for an actor', () => {
    expect(
      findActors('The rights of Russian and Russian-speaking populations and Chinese students were raised.'),
    ).toEqual([]);
  });

  it('does not take a place that contains a state name for that state', () => {
    expect(findActors('Storms hit Latin America, New Mexico and the South China Sea.')).toEqual([]);
  });

  it('knows every UN member and observer state by its canonical name', () => {
    expect(UN_MEMBER_STATES).toHaveLength(193);
    for (const line of [...UN_MEMBER_STATES, ...UN_OBSERVER_STATES]) {
      const name = line.split('|')[0]!;
      expect(findCountries(`Officials from ${name} arrived.`), name).toEqual([name]);
      expect(isCountryName(name)).toBe(true);
    }
  });

  it('reads "US" as a state only in capitals', () => {
    expect(findActors('He told us the US would wait.')).toEqual(['United States']);
  });
});

describe('findActors: bodies and organisations', () => {
  it('finds international bodies by name and acronym, the longest name first', () => {
    expect(findActors('A UN General Assembly session was held.')).toEqual(['UN General Assembly']);
    expect(findActors('Within the Commonwealth of Independent States (CIS), 2025 was declared a year.')).toEqual([
      'CIS',
    ]);
    expect(findActors('NATO, the EU, the IMF, the World Bank and the G20 met; the WHO and the ICC did not.')).toEqual([
      'NATO',
      'EU',
      'IMF',
      'World Bank',
      'G20',
      'WHO',
      'ICC',
    ]);
  });

  it('does not read an acronym written in lower case', () => {
    expect(findActors('Who said so? Nobody who was there.')).toEqual([]);
  });

  it('does not take a document or a place named after a body for the body', () => {
    expect(findActors('It is grounded in the UN Charter, signed at UN headquarters.')).toEqual([]);
  });

  it('keeps a body named with an adjective of nationality', () => {
    expect(findActors('According to a Russian Embassy spokesperson, the year was marked.')).toEqual([
      'Russian Embassy',
    ]);
    expect(findActors("China's Foreign Ministry said so.")).toEqual(['China', 'Foreign Ministry']);
  });

  it('finds organisations by an organisation word, with the connectors inside their names', () => {
    expect(findActors('Support came from the Group of Friends in Defence of the UN Charter.')).toEqual([
      'Group of Friends in Defence of the UN Charter',
    ]);
    expect(
      findActors('Yesterday Human Rights Watch and Amnesty International criticised the Ministry of Foreign Affairs.'),
    ).toEqual(['Human Rights Watch', 'Amnesty International', 'Ministry of Foreign Affairs']);
    expect(findActors('They joined the International Fact-Checking Network.')).toEqual([
      'International Fact-Checking Network',
    ]);
  });

  it('ends an organisation before a place after it', () => {
    expect(findActors('The Russian Embassy in Washington protested to the UN Security Council in New York.')).toEqual([
      'Russian Embassy',
      'UN Security Council',
    ]);
  });

  it('prefers a body whose name holds a state to the state alone', () => {
    expect(findActors('The Bank of Japan held rates.')).toEqual(['Bank of Japan']);
  });

  it('keeps a seat of government as written rather than guessing the state', () => {
    expect(findActors('The Kremlin and the White House both commented.')).toEqual(['Kremlin', 'White House']);
    expect(findActors('Russia said dialogue with Washington was restored.')).toEqual(['Russia']);
  });
});

describe('findActors: people', () => {
  it('keeps the full name after a title, without the title', () => {
    expect(findActors('Reciprocal visits by President Vladimir Putin and President Xi Jinping took place.')).toEqual([
      'Vladimir Putin',
      'Xi Jinping',
    ]);
    expect(findActors('Supreme Leader Ayatollah Ali Khamenei spoke.')).toEqual(['Ali Khamenei']);
    expect(findActors('EU Commission President Ursula von der Leyen arrived.')).toEqual([
      'European Commission',
      'Ursula von der Leyen',
    ]);
    expect(findActors('King Charles III and Pope Leo XIV met.')).toEqual(['Charles III', 'Leo XIV']);
  });

  it('asks for two name words after a lower-case title, which may be an ordinary noun', () => {
    expect(findActors('The foreign minister Sergei Lavrov arrived.')).toEqual(['Sergei Lavrov']);
    expect(findActors('A chief Russian negotiator arrived.')).toEqual([]);
  });

  it('finds a person named as the subject of a reporting verb', () => {
    expect(findActors('Kim Jong Un said the tests would go on.')).toEqual(['Kim Jong Un']);
    expect(findActors('Jordan Peterson said Latin America was rising.')).toEqual(['Jordan Peterson']);
  });

  it('does not take the names of built-in object properties for reporting verbs', () => {
    expect(findActors('Ada Lovelace constructor and Alan Turing toString met.')).toEqual([]);
  });

  it('finds a person named in apposition to a title', () => {
    expect(findActors('Olaf Scholz, the German chancellor, arrived.')).toEqual(['Olaf Scholz']);
  });

  it('takes the name after a title and its complement', () => {
    expect(findActors('UN High Commissioner for Human Rights Volker Türk said the situation was dire.')).toEqual([
      'UN',
      'Volker Türk',
    ]);
    expect(findActors('Minister of Foreign Affairs Sergey Lavrov said talks would go on.')).toEqual(['Sergey Lavrov']);
  });

  it('does not invent a person from a capitalised phrase with no cue', () => {
    expect(
      findActors('The Great Victory in World War II, Orthodox Christianity and the Kursk Region were named.'),
    ).toEqual([]);
  });

  it('counts a surname and the full name as one person, keeping the fuller name', () => {
    expect(findActors('President Putin met President Vladimir Putin’s envoy.')).toEqual(['Vladimir Putin']);
  });
});

describe('findActorMentions', () => {
  it('says where each actor is named and why it counts', () => {
    const passage = 'In May, a solemn UN General Assembly session was held at Russia’s initiative.';
    const mentions = findActorMentions(passage);
    expect(mentions.map((m) => [passage.slice(m.start, m.end), m.kind, m.rule])).toEqual([
      ['UN General Assembly', 'body', 'body table'],
      ['Russia', 'country', 'country table'],
    ]);
  });
});

const seed = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
  source: { text: string };
  events: { quote: string }[];
};

describe('findActors on the seed article', () => {
  const events = seed.events;
  const expected: Record<number, string[]> = {
    0: ['Russia'],
    1: ['CIS'],
    2: ['UN General Assembly', 'Russia'],
    3: ['UN'],
    4: ['Russia', 'China', 'Vladimir Putin', 'Xi Jinping'],
    6: ['Iran'],
    8: ['North Korea', 'Russia'],
    9: ['United States'],
    11: ['Russia', 'United States', 'Ukraine', 'NATO'],
    13: ['CSTO'],
    14: [],
    15: [],
    17: [],
    18: ['Russia', 'International Fact-Checking Network'],
    19: ['Russia'],
  };
  for (const [index, actors] of Object.entries(expected)) {
    const quote = events[Number(index)]!.quote;
    it(`names the actors of "${quote.slice(0, 50)}…"`, () => {
      expect(findActors(quote)).toEqual(actors);
    });
  }
});

describe('findActors cost', () => {
  it('reads 200 KB of news text in well under a second', () => {
    const article = seed.source.text;
    const passages = article.repeat(Math.ceil(200_000 / article.length)).split(/(?<=[.!?])\s+|\n+/u);
    const t0 = performance.now();
    for (const p of passages) findActors(p);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
