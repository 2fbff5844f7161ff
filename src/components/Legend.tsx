import { Fold } from './Fold';

/** What the three kinds of mark mean; folded away on a narrow screen. */
export function Legend() {
  return (
    <Fold summary="How dates are drawn">
      <ul className="legend" aria-label="How dates are drawn">
        <li>
          <span className="shape-icon shape-icon--point" aria-hidden="true" /> a day the article names
        </li>
        <li>
          <span className="shape-icon shape-icon--period" aria-hidden="true" /> a month or year the article names: the
          event falls somewhere in it
        </li>
        <li>
          <span className="shape-icon shape-icon--range" aria-hidden="true" /> a period from start to end
        </li>
      </ul>
    </Fold>
  );
}
