/**
 * The field's measures for time-expression tagging, as TempEval-3 and the corpus README use them:
 * - relaxed span: a prediction (of any type) is right if it overlaps any gold TIMEX3; recall is
 *   over the gold DATE and TIME expressions, each found if any prediction overlaps it;
 * - exact value: of the gold DATEs written as YYYY, YYYY-MM or YYYY-MM-DD, the share that an
 *   overlapping prediction gives exactly (an interval counts if one end matches; EDTF qualifiers
 *   ignored).
 */
export interface Expression {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface Tally {
  predicted: number;
  predictedRight: number;
  gold: number;
  goldFound: number;
  exactGold: number;
  exactRight: number;
}

export const emptyTally = (): Tally => ({
  predicted: 0,
  predictedRight: 0,
  gold: 0,
  goldFound: 0,
  exactGold: 0,
  exactRight: 0,
});

const overlaps = (a: Expression, b: Expression) => a.start < b.end && b.start < a.end;
const PLAIN_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The ends of a value with EDTF qualifiers removed: `2025-01~/2025-10` → [2025-01, 2025-10]. */
const ends = (value: string) => value.replace(/[?~%]/g, '').split('/');

/** Adds one document's predictions against its gold expressions to the tally. */
export function scoreDocument(tally: Tally, gold: readonly Expression[], predicted: readonly Expression[]): void {
  for (const p of predicted) {
    tally.predicted++;
    if (gold.some((g) => overlaps(p, g))) tally.predictedRight++;
  }
  for (const g of gold) {
    const type = g.type.toUpperCase();
    if (type === 'DATE' || type === 'TIME') {
      tally.gold++;
      if (predicted.some((p) => overlaps(p, g))) tally.goldFound++;
    }
    if (type === 'DATE' && PLAIN_DATE.test(g.value)) {
      tally.exactGold++;
      if (predicted.some((p) => overlaps(p, g) && ends(p.value).includes(g.value))) tally.exactRight++;
    }
  }
}

export function measures(t: Tally) {
  const precision = t.predicted ? t.predictedRight / t.predicted : 0;
  const recall = t.gold ? t.goldFound / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const exact = t.exactGold ? t.exactRight / t.exactGold : 0;
  return { precision, recall, f1, exact };
}
