const MAX_SHOWN = 50;

/** Problems, one line each, the first MAX_SHOWN of them: a load's, and the quote check's. */
export function ProblemList<T>({
  problems,
  line,
}: {
  readonly problems: readonly T[];
  readonly line: (p: T) => string;
}) {
  const more = problems.length - MAX_SHOWN;
  return (
    <ul>
      {problems.slice(0, MAX_SHOWN).map((p, i) => (
        <li key={i}>{line(p)}</li>
      ))}
      {more > 0 && <li>…and {more} more.</li>}
    </ul>
  );
}
