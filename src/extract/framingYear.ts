/**
 * The year an article frames itself around ("Russia Highlights 2025 Foreign Policy Outcomes";
 * "an assessment of its outcomes in 2025"): the weakest document date, a year and no more, for
 * when neither metadata nor a dateline gives the day.
 */

/** A year an article is likely to frame itself around; other four-digit numbers are counts. */
const YEAR = '((?:19|20)\\d{2})';
/** Not part of a longer number, an amount, a percentage or a range's other end. */
const YEAR_ALONE = new RegExp(`(?<![\\d$€£¥.,:/-])${YEAR}(?![\\d%]|[.,:/-]\\d)`, 'g');

/** How a lead uses a year as its frame, each pattern's group 1 being the year. */
export const FRAMING_PATTERNS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  {
    name: 'in YEAR',
    pattern: new RegExp(`\\b(?:in|of|during|throughout)\\s+(?:the\\s+year\\s+)?${YEAR}\\b(?![\\d%]|[.,:/-]\\d)`, 'gi'),
  },
  { name: "YEAR's", pattern: new RegExp(`(?<![\\d$€£¥.,:/-])${YEAR}['’]s\\b`, 'g') },
  { name: 'the year YEAR', pattern: new RegExp(`\\bthe\\s+year\\s+${YEAR}\\b(?![\\d%]|[.,:/-]\\d)`, 'gi') },
];

/** The lead: the first paragraph, and no more than its first few sentences. */
const LEAD_MAX_CHARS = 500;

export interface FramingYear {
  readonly year: string;
  /** The words that frame it: the title, or the phrase in the lead. */
  readonly evidence: string;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function yearsIn(text: string): string[] {
  return distinct(Array.from(text.matchAll(YEAR_ALONE), (m) => m[1]!));
}

function framesIn(lead: string): { year: string; words: string }[] {
  const frames = FRAMING_PATTERNS.flatMap(({ pattern }) =>
    Array.from(lead.matchAll(pattern), (m) => ({ year: m[1]!, words: m[0], at: m.index })),
  );
  return frames.sort((a, b) => a.at - b.at);
}

/** The body's first paragraph, up to {@link LEAD_MAX_CHARS}. */
export function leadOf(text: string): string {
  const body = text.trimStart();
  const end = body.search(/\r?\n[^\S\r\n]*\r?\n/);
  return body.slice(0, Math.min(end < 0 ? body.length : end, LEAD_MAX_CHARS));
}

/**
 * The article's framing year, from a year in its title or one its lead uses as a frame. When the
 * title and lead hold different years, the one the lead uses wins; when that still leaves more
 * than one, there is no framing year, rather than a guess.
 */
export function findFramingYear(title: string | undefined, bodyText: string): FramingYear | undefined {
  const titleYears = yearsIn(title ?? '');
  const lead = leadOf(bodyText);
  const frames = framesIn(lead);
  const framed = distinct(frames.map((f) => f.year));
  const fromTitle = (year: string): FramingYear => ({ year, evidence: `title "${title ?? ''}"` });
  const fromLead = (year: string): FramingYear => ({
    year,
    evidence: `lead "${frames.find((f) => f.year === year)?.words ?? year}"`,
  });

  const candidates = distinct([...titleYears, ...framed]);
  if (candidates.length === 1) {
    const year = candidates[0]!;
    return titleYears.includes(year) ? fromTitle(year) : fromLead(year);
  }
  if (framed.length === 1) return fromLead(framed[0]!);
  if (framed.length > 1) {
    const inTitle = framed.filter((y) => titleYears.includes(y));
    return inTitle.length === 1 ? fromLead(inTitle[0]!) : undefined;
  }
  // Several years in the title and none framed in the lead: the one the lead mentions at all.
  const mentioned = titleYears.filter((y) => yearsIn(lead).includes(y));
  return mentioned.length === 1 ? fromTitle(mentioned[0]!) : undefined;
}
