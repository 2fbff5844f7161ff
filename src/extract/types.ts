/**
 * The extraction pipeline's shared shapes. Every stage works on UTF-16 offsets into one unchanged
 * text, so a quote is always `text.slice(start, end)`.
 */

/** A span of the text: `start` inclusive, `end` exclusive, in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type TimexType = 'date' | 'time' | 'duration' | 'set';

/** A time expression found in the text, with its normalized value and the reason for it. */
export interface Timex extends Span {
  readonly text: string;
  readonly type: TimexType;
  /**
   * EDTF for dates and times (an interval as `a/b`), ISO 8601 for durations (`P3Y`), and for
   * sets the period (`P1W`). Vague references that no calendar can hold ("now", "recently",
   * "in the future") are `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`, as in TimeML: they never
   * become an event's date.
   */
  readonly value: string;
  /** How the value was reached: the rule and, for relative expressions, the anchor. */
  readonly reason: string;
  /** "through 2030", "until 2030": a horizon of the happening, not its date. */
  readonly horizon?: boolean;
}

/** Where the document date came from, strongest first. */
export type DocumentDateSource = 'flag' | 'metadata' | 'dateline' | 'framing';

export interface DocumentDate {
  /** EDTF at the precision known: a day (`2013-03-15`) or, from the article's framing, a year. */
  readonly value: string;
  readonly source: DocumentDateSource;
  /** The words or metadata field it was read from, for the draft to show. */
  readonly evidence: string;
}

/** A document as the pipeline reads it: plain text plus what its metadata says. */
export interface SourceDocument {
  readonly format: 'text' | 'markdown' | 'html';
  /** The body as plain text; every offset is into this string. */
  readonly text: string;
  /**
   * Where `text` starts in the decoded file (UTF-16 code units, after any byte-order mark), so an
   * offset into `text` maps back to the file as `bodyStart + offset`. Text and Markdown bodies are
   * verbatim slices of the file; an HTML body is rebuilt from the page, so there it is 0.
   */
  readonly bodyStart: number;
  readonly title?: string;
  readonly byline?: string;
  readonly publisher?: string;
  /** The published date from the document's metadata, as written there (usually ISO 8601). */
  readonly published?: { readonly value: string; readonly field: string };
  /** A header line of a text file that dates the article ("Published March 15, 2013"), kept out of the body. */
  readonly dateLine?: string;
}
