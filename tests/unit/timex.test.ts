import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../src/extract/timex/find';

// The time-expression tagger, read as a news reader would: each test names what a family of
// expressions should become, over several sentence shapes. Unless a test says otherwise the
// document is dated Friday 15 March 2013.

type Anchor = Parameters<typeof findTimexes>[1];
const DOC = { year: 2013, month: 3, day: 15 };
const AUGUST_2025 = { year: 2025, month: 8, day: 15 };

/** What the tagger found, one line per expression: `span → type value`, `(horizon)` when marked; null: no anchor. */
function tags(text: string, anchor: Anchor | null = DOC): string[] {
  return findTimexes(text, anchor ?? undefined).map(
    (t) => `${t.text} → ${t.type} ${t.value}${t.horizon ? ' (horizon)' : ''}`,
  );
}

type Cases = readonly (readonly [sentence: string, ...found: string[]])[];
/** Each sentence gives exactly the expressions listed after it, read against the anchor. */
function expectTagsAt(anchor: Anchor | null, cases: Cases): void {
  for (const [sentence, ...want] of cases) expect(tags(sentence, anchor), sentence).toEqual(want);
}
const expectTags = (cases: Cases) => expectTagsAt(DOC, cases);

describe('full dates', () => {
  it('a month, day and year in any of the usual word orders is that day, whatever the document date', () => {
    expectTags([
      ['The accord was signed on March 5, 2013.', 'March 5, 2013 → date 2013-03-05'],
      ['The accord was signed on 5 March 2013.', '5 March 2013 → date 2013-03-05'],
      ['Dec. 31, 2012 was the deadline.', 'Dec. 31, 2012 → date 2012-12-31'],
      ['He resigned on Sept. 30, 2012, citing health.', 'Sept. 30, 2012 → date 2012-09-30'],
      ['The hearing was on Jan 5, 2013.', 'Jan 5, 2013 → date 2013-01-05'],
      ['It rained on the 5th of March 2013.', '5th of March 2013 → date 2013-03-05'],
    ]);
  });
  it('an abbreviated month with or without its full stop is read before a day', () => {
    expectTags([
      ['He resigned Sept. 30.', 'Sept. 30 → date 2012-09-30'],
      ['The hearing was on Sept 30.', 'Sept 30 → date 2012-09-30'],
      ['The firm reported on Jan. 5 that profit rose.', 'Jan. 5 → date 2013-01-05'],
      ['The hearing was on Jan 5.', 'Jan 5 → date 2013-01-05'],
    ]);
  });
  it('an impossible day such as February 30 is no date', () => {
    expect(tags('The memo was dated February 30, 2013.').some((t) => t.includes('2013-02-30'))).toBe(false);
  });
  it('an ISO date is that day, and a US numeric date is month/day/year', () => {
    expectTags([
      ['It was released on 2013-03-05.', '2013-03-05 → date 2013-03-05'],
      ['It was released on 3/5/2013.', '3/5/2013 → date 2013-03-05'],
      ['It was released on 3/5/13.', '3/5/13 → date 2013-03-05'],
    ]);
  });
  it('a weekday written before a full date belongs to that date', () => {
    expectTags([['It rained on Tuesday, March 5, 2013.', 'Tuesday, March 5, 2013 → date 2013-03-05']]);
  });
  it('a spelled ordinal day ("the fifth of March 2013") is that day', () => {
    expectTags([['It rained on the fifth of March 2013.', 'the fifth of March 2013 → date 2013-03-05']]);
  });
});

describe('months of a year and bare years', () => {
  it('a month with a year is that month', () => {
    expectTags([
      ['Growth slowed in March 2012.', 'March 2012 → date 2012-03'],
      ['Growth slowed in March of 2012.', 'March of 2012 → date 2012-03'],
      ['The accord was signed in March, 2013.', 'March, 2013 → date 2013-03'],
      ['It rained in Sept. 2012.', 'Sept. 2012 → date 2012-09'],
      ['May 2013 was warm.', 'May 2013 → date 2013-05'],
      ['The firm failed in June last year.', 'June last year → date 2012-06'],
    ]);
  });
  it('a four-digit year in a sentence is that year', () => {
    expectTags([
      ['The company was founded in 1998.', '1998 → date 1998'],
      ['In 1998, the company was founded.', '1998 → date 1998'],
      ['The treaty of 1648 ended the war.', '1648 → date 1648'],
      ['In the year 1066 the king died.', 'the year 1066 → date 1066'],
      ['Sales rose in fiscal 2012.', 'fiscal 2012 → date 2012'],
    ]);
  });
  it('a number that is money, a grouped count or a percentage is no year', () => {
    expectTags([
      ['The ticket cost $1990.'],
      ['He paid €2005 for it.'],
      ['The count was 1,990 votes.'],
      ['Prices rose 1990% over the decade.'],
      ['Prices rose 1990 percent.'],
    ]);
  });
  it('a count of people or things is no year', () => {
    expectTags([['2000 people attended.'], ['The firm employs 1990 workers.'], ['Police arrested 1500 protesters.']]);
  });
});

describe('months without a year', () => {
  it('a month after "last" or in a past-tense sentence is the last one before the document date', () => {
    expectTags([
      ['Sales grew last July.', 'last July → date 2012-07'],
      ['The law was passed in July.', 'July → date 2012-07'],
      ['Sales slumped in November.', 'November → date 2012-11'],
      ['Exports fell in December.', 'December → date 2012-12'],
    ]);
  });
  it('a month named in a future sentence is the next one', () => {
    expectTags([
      ['The museum will open in July.', 'July → date 2013-07'],
      ['The talks will resume in January.', 'January → date 2014-01'],
      ['The plant is expected to reopen in September.', 'September → date 2013-09'],
    ]);
  });
  // Known limit, chosen by measurement: a past clause may name a month up to two months ahead
  // ("agreed to meet in May"); on the annotated corpus that rule gives 91.0 % exact values, 90.4 % at one month.
  it.fails("a month named with a completed action two months ahead is last year's", () => {
    expectTags([['The bill passed in May.', 'May → date 2012-05']]);
  });
  it('a month after "will be held" is the next one', () => {
    expectTags([['The vote will be held in June.', 'June → date 2013-06']]);
  });
  it('"May" the verb and "march" in lower case are no months', () => {
    expectTags([
      ['Prices may rise.'],
      ['They march on the capital.'],
      ['Parades start in march.'],
      ['In May the rains came.', 'May → date 2013-05'],
    ]);
  });
});

describe('weekdays and named days', () => {
  const WEDNESDAY = { year: 2013, month: 3, day: 13 };
  it('a weekday in a past-tense sentence is the latest such day on or before the document date', () => {
    expectTagsAt(WEDNESDAY, [
      ['The minister said Friday that talks failed.', 'Friday → date 2013-03-08'],
      ['The leaders met on Friday.', 'Friday → date 2013-03-08'],
      ['The court ruled on Wednesday.', 'Wednesday → date 2013-03-13'],
    ]);
    expectTags([['Police said the attack happened Sunday.', 'Sunday → date 2013-03-10']]);
  });
  it('a weekday in a future sentence is the next such day', () => {
    expectTagsAt(WEDNESDAY, [['The leaders will meet on Friday.', 'Friday → date 2013-03-15']]);
    expectTags([
      ['The court will rule Monday.', 'Monday → date 2013-03-18'],
      ['The leaders will meet next Tuesday.', 'next Tuesday → date 2013-03-19'],
    ]);
  });
  // Known limit, chosen by measurement: with no tense marker a weekday is the nearest one; reading
  // it forward costs 0.2 points of exact values on the annotated corpus.
  it.fails('a weekday in a present-tense schedule is the coming one', () => {
    expectTags([
      ['The vote is expected Thursday.', 'Thursday → date 2013-03-21'],
      ['The summit begins Wednesday.', 'Wednesday → date 2013-03-20'],
    ]);
  });
  it('today, yesterday and tomorrow are counted from the document date', () => {
    expectTags([
      ['Markets are calm today.', 'today → date 2013-03-15'],
      ['He arrived yesterday.', 'yesterday → date 2013-03-14'],
      ['She leaves tomorrow.', 'tomorrow → date 2013-03-16'],
      ['She arrived yesterday afternoon.', 'yesterday afternoon → date 2013-03-14'],
      ['She arrived last night.', 'last night → date 2013-03-14'],
    ]);
  });
});

describe('calendar units relative to the document date', () => {
  it('this, last and next week, month, year and quarter are those units around the document date', () => {
    expectTags([
      ['He retired this week.', 'this week → date 2013-03-11/2013-03-17'],
      ['The report came out last week.', 'last week → date 2013-03-04/2013-03-10'],
      ['Sales rose last month.', 'last month → date 2013-02'],
      ['The report comes out next month.', 'next month → date 2013-04'],
      ['Sales fell last year.', 'last year → date 2012'],
      ['Sales will rise next year.', 'next year → date 2014'],
      ['Sales fell last quarter.', 'last quarter → date 2012-10/2012-12'],
      ['Sales will rise next quarter.', 'next quarter → date 2013-04/2013-06'],
    ]);
  });
  it('"this quarter" is the current quarter even in a past-tense sentence', () => {
    expectTags([['Sales rose this quarter.', 'this quarter → date 2013-01/2013-03']]);
  });
  it('"the end of the month" is the document\'s month', () => {
    expectTags([['He will retire at the end of the month.', 'the end of the month → date 2013-03']]);
  });
  it('an amount of time ago or earlier is counted back from the document date at its unit', () => {
    expectTags([
      ['The plant closed two years ago.', 'two years ago → date 2011'],
      ['A year earlier, profit was higher.', 'A year earlier → date 2012'],
      ['He left three days ago.', 'three days ago → date 2013-03-12'],
      ['He left five months ago.', 'five months ago → date 2012-10'],
      ['Two years later, he returned.', 'Two years later → date 2015'],
    ]);
  });
});

describe('quarters, halves and seasons', () => {
  it('a quarter is its three months, of the year given or the last one begun', () => {
    expectTags([
      ['Profit rose in the third quarter.', 'the third quarter → date 2012-07/2012-09'],
      ['Third-quarter profit rose.', 'Third-quarter → date 2012-07/2012-09'],
      ['Profit rose in the fourth quarter of 1989.', 'the fourth quarter of 1989 → date 1989-10/1989-12'],
      ['Inflation fell in the first quarter.', 'the first quarter → date 2013-01/2013-03'],
      ['Sales rose in Q3 2012.', 'Q3 2012 → date 2012-07/2012-09'],
    ]);
  });
  it('a half is its six months', () => {
    expectTags([
      ['Profit rose in the first half of 2012.', 'the first half of 2012 → date 2012-01/2012-06'],
      ['Growth will slow in the second half.', 'the second half → date 2013-07/2013-12'],
      ['Profit rose in the second half of last year.', 'the second half of last year → date 2012-07/2012-12'],
    ]);
  });
  it('a hyphenated half before a noun is found like a hyphenated quarter', () => {
    expectTags([['The first-half results were weak.', 'The first-half → date 2013-01/2013-06']]);
  });
  it("a season is its EDTF season code, last year's when it is past", () => {
    expectTags([
      ['It rained last summer.', 'last summer → date 2012-22'],
      ['It rained in the spring of 1998.', 'the spring of 1998 → date 1998-21'],
      ['It snowed in the winter of 2010.', 'the winter of 2010 → date 2010-24'],
      ['We will travel next summer.', 'next summer → date 2013-22'],
    ]);
  });
});

describe('decades, centuries and early/mid/late', () => {
  it('a decade or century is its years with the unknown digits as X', () => {
    expectTags([
      ['Prices rose in the 1990s.', 'the 1990s → date 199X'],
      ["Crime fell in the '90s.", "the '90s → date 199X"],
      ['Prices rose in the 19th century.', 'the 19th century → date 18XX'],
      ['It began in the twentieth century.', 'the twentieth century → date 19XX'],
    ]);
  });
  it('early, mid and late stay in the span and in the reason but add no precision', () => {
    expectTags([
      ['It rained in early May.', 'early May → date 2013-05'],
      ['Prices rose in the mid-1990s.', 'mid-1990s → date 199X'],
      ['Crime fell in the late 1980s.', 'late 1980s → date 198X'],
      ['It rained in late 2012.', 'late 2012 → date 2012'],
      ['It rained at the end of 2012.', 'the end of 2012 → date 2012'],
    ]);
    expect(findTimexes('It rained in early May.', DOC)[0]!.reason).toContain('"early"');
    expect(findTimexes('Prices rose in the mid-1990s.', DOC)[0]!.reason).toContain('"mid"');
  });
  it('"mid-May" is the month of May', () => {
    expectTags([['The vote will take place in mid-May.', 'mid-May → date 2013-05']]);
  });
});

describe('ranges and horizons', () => {
  it('two dates joined by "from … to", "between … and" or a dash are one interval', () => {
    expectTags([
      ['Work ran from January to October 2025.', 'January to October 2025 → date 2025-01/2025-10'],
      ['Work ran between 2009 and 2010.', '2009 and 2010 → date 2009/2010'],
      ['The 2009-2010 season was long.', '2009-2010 → date 2009/2010'],
      ['The 1990-91 recession was deep.', '1990-91 → date 1990/1991'],
      ['The war lasted from 1939 to 1945.', '1939 to 1945 → date 1939/1945'],
      ['Sales were flat from March 2012 to May 2012.', 'March 2012 to May 2012 → date 2012-03/2012-05'],
    ]);
  });
  it('two years merely listed with "and" stay two dates', () => {
    expectTags([['The survey covered 2009 and 2010.', '2009 → date 2009', '2010 → date 2010']]);
  });
  it('a dash between two months of a year makes one interval', () => {
    expectTags([['Sales were flat January-March 2013.', 'January-March 2013 → date 2013-01/2013-03']]);
  });
  it('a year after "through", "until" or "by" is a horizon, not the date of the happening', () => {
    expectTags([
      ['The government adopted an anti-narcotics strategy through 2030.', '2030 → date 2030 (horizon)'],
      ['The ban lasts until 2030.', '2030 → date 2030 (horizon)'],
      ['Investment will reach $5 billion by 2030.', '2030 → date 2030 (horizon)'],
      ['Investment rose in 2030.', '2030 → date 2030'],
      ['The plan covers 2030.', '2030 → date 2030'],
    ]);
  });
});

describe('durations and sets', () => {
  it('an amount of time is a duration, never a date', () => {
    expectTags([
      ['He served for three years.', 'three years → duration P3Y'],
      ['Prices rose over the past two months.', 'the past two months → duration P2M'],
      ['It took several years.', 'several years → duration PXY'],
      ['He waited for five hours.', 'five hours → duration PT5H'],
      ['The drought lasted for years.', 'years → duration PXY'],
      ['He was jailed for 10 years in 2008.', '10 years → duration P10Y', '2008 → date 2008'],
    ]);
  });
  it('an age is no duration', () => {
    expectTags([['He is 45 years old.'], ['A 30-year-old man died.']]);
  });
  it('a repetition is a set whose value is its period', () => {
    expectTags([
      ['The team meets every week.', 'every week → set P1W'],
      ['The paper is published daily.', 'daily → set P1D'],
      ['The board meets twice a year.', 'twice a year → set P1Y'],
      ['He takes it three times a day.', 'three times a day → set P1D'],
      ['Payments are made annually.', 'annually → set P1Y'],
    ]);
  });
  it('"quarterly" is a set of three months', () => {
    expectTags([['The board meets quarterly.', 'quarterly → set P3M']]);
  });
});

describe('clock times, vague words, spelled years and holidays', () => {
  it('a clock time is on the document day', () => {
    expectTags([
      ['The meeting is at 3 p.m.', '3 p.m. → time 2013-03-15T15:00:00'],
      ['The meeting began at 10:30 a.m.', '10:30 a.m. → time 2013-03-15T10:30:00'],
      ['The vote ended at 11:45 p.m. EST.', '11:45 p.m. EST → time 2013-03-15T23:45:00'],
      ['It ended at midnight.', 'midnight → time 2013-03-15T00:00:00'],
    ]);
    expectTagsAt(AUGUST_2025, [['The meeting is at 3 p.m.', '3 p.m. → time 2025-08-15T15:00:00']]);
  });
  it('words that name no calendar date are the present, past or future reference', () => {
    expectTags([
      ['We are now ready.', 'now → date PRESENT_REF'],
      ['Currently the rate is 5%.', 'Currently → date PRESENT_REF'],
      ['He recently resigned.', 'recently → date PAST_REF'],
      ['In the past, prices were lower.', 'In the past → date PAST_REF'],
      ['We will see in the future.', 'the future → date FUTURE_REF'],
    ]);
  });
  it('a year spelled in words is that year', () => {
    expectTags([
      ['It happened in nineteen ninety-six.', 'nineteen ninety-six → date 1996'],
      ['He was born in eighteen sixty-one.', 'eighteen sixty-one → date 1861'],
      ['It happened in two thousand and eight.', 'two thousand and eight → date 2008'],
    ]);
  });
  it('a holiday is its day, in the year given or the one the tense points to', () => {
    expectTags([
      ['Stores closed on Christmas Day 2024.', 'Christmas Day 2024 → date 2024-12-25'],
      ['Stores closed on Thanksgiving.', 'Thanksgiving → date 2012-11-22'],
      ['Memorial Day 2012 was warm.', 'Memorial Day 2012 → date 2012-05-28'],
    ]);
    expectTagsAt(AUGUST_2025, [['Stores will close on Thanksgiving.', 'Thanksgiving → date 2025-11-27']]);
  });
});

describe('missing or partial document dates', () => {
  it('without a document date what the words leave open stays X, and "ago" is only the past', () => {
    expectTagsAt(null, [
      ['The law was passed in July.', 'July → date XXXX-07'],
      ['The bill passed in early May.', 'early May → date XXXX-05'],
      ['The minister said Friday that talks failed.', 'Friday → date XXXX-XX-XX'],
      ['He arrived yesterday.', 'yesterday → date XXXX-XX-XX'],
      ['The plant closed two years ago.', 'two years ago → date PAST_REF'],
      ['The accord was signed on March 5, 2013.', 'March 5, 2013 → date 2013-03-05'],
    ]);
  });
  it('a document date known only to the year (from framing) gives answers at the year', () => {
    expectTagsAt({ year: 2025 }, [
      ['The law was passed in May.', 'May → date 2025-05'],
      ['The talks will resume in January.', 'January → date 2025-01'],
      ['The minister said Friday that talks failed.', 'Friday → date 2025-XX-XX'],
      ['Profit rose in the first half.', 'the first half → date 2025-01/2025-06'],
    ]);
  });
});

describe('offsets', () => {
  it('offsets are UTF-16 code units, so text after emoji, curly quotes and CRLF slices exactly', () => {
    const text = '“Breaking” 😀 — news\r\nThe accord was signed on March 5, 2013 😀 and ratified in May 2014.';
    const found = findTimexes(text, DOC);
    expect(found.map((t) => [t.start, t.end, t.value])).toEqual([
      [text.indexOf('March'), text.indexOf(' 😀 and'), '2013-03-05'],
      [text.indexOf('May 2014'), text.length - 1, '2014-05'],
    ]);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
