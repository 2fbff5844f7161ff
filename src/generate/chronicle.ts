import { MONTH_NAMES } from '../data/edtf';
import { calendarOf } from './dates';
import { chance, intBetween, pick, type Random } from './random';
import { FILLERS } from './vocabulary';

/**
 * The generated source text: an introduction, then a heading per month and paragraphs of one
 * to four quoted sentences, now and then with an unquoted remark, as a wire digest reads.
 * Sentences must be added in date order.
 */
export class Chronicle {
  private readonly paragraphs: string[];
  private paragraph: string[] = [];
  private heading = '';
  private sentencesLeft = 0;

  constructor(
    private readonly rand: Random,
    introduction: string,
  ) {
    this.paragraphs = [introduction];
  }

  /** Adds a quoted sentence about an event on UTC day number `day`. */
  add(day: number, sentence: string): void {
    const c = calendarOf(day);
    const heading = `${MONTH_NAMES[c.month - 1]} ${c.year}`;
    if (heading !== this.heading) {
      this.endParagraph();
      this.paragraphs.push(heading);
      this.heading = heading;
    }
    if (this.sentencesLeft <= 0) {
      this.endParagraph();
      this.sentencesLeft = intBetween(this.rand, 1, 4);
    }
    this.paragraph.push(sentence);
    this.sentencesLeft--;
    if (chance(this.rand, 0.12)) this.paragraph.push(pick(this.rand, FILLERS));
  }

  /** The text so far; paragraphs are separated by blank lines. */
  text(): string {
    this.endParagraph();
    return this.paragraphs.join('\n\n');
  }

  private endParagraph(): void {
    if (this.paragraph.length > 0) this.paragraphs.push(this.paragraph.join(' '));
    this.paragraph = [];
  }
}
