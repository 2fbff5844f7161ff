import { memo, useEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { indexParagraphs, paragraphAt, paragraphWindow, runsOf, type Paragraph, type Run } from '../article/paragraphs';
import type { SourceInput } from '../data/schema';

interface ArticleTextProps {
  readonly source: SourceInput;
  /** The highlighted passage, as offsets [from, to) into source.text; -1 for none. */
  readonly highlightFrom: number;
  readonly highlightTo: number;
  /** A second highlight nested inside the passage (the words that give its date), as offsets into source.text; -1 for none. */
  readonly innerFrom?: number;
  readonly innerTo?: number;
  /** The article's root, for a host that reads the reader's text selection (see article/selection.ts). */
  readonly rootRef?: Ref<HTMLElement>;
}

/** Paragraphs drawn around the passage; a long text (a generated 10 MB one) shows a window of it. */
const WINDOW = 80;

/**
 * A paragraph's runs. Every element that holds text directly says where that text starts in
 * source.text (data-offset), so a selection in the page maps back to offsets in the text.
 */
function ParagraphText({ p, runs }: { readonly p: Paragraph; readonly runs: readonly Run[] }) {
  if (runs.length === 1 && !runs[0]!.marked) return <p data-offset={p.start}>{p.text}</p>;
  const out: ReactNode[] = [];
  for (let i = 0; i < runs.length;) {
    const r = runs[i]!;
    if (!r.marked) {
      out.push(
        <span key={r.start} data-offset={r.start}>
          {r.text}
        </span>,
      );
      i++;
      continue;
    }
    const passage: Run[] = [];
    while (i < runs.length && runs[i]!.marked) passage.push(runs[i++]!);
    out.push(
      passage.length === 1 && !r.inner ? (
        <mark key={r.start} data-offset={r.start}>
          {r.text}
        </mark>
      ) : (
        <mark key={r.start}>
          {passage.map((q) =>
            q.inner ? (
              <mark key={q.start} className="article__date" data-offset={q.start}>
                {q.text}
              </mark>
            ) : (
              <span key={q.start} data-offset={q.start}>
                {q.text}
              </span>
            ),
          )}
        </mark>
      ),
    );
  }
  return <p>{out}</p>;
}

/**
 * The article's full text, with the selected event's passage in a <mark>, scrolled into view.
 * Memoised: it redraws when the passage changes, not when the timeline zooms.
 */
export const ArticleText = memo(function ArticleText({
  source,
  highlightFrom: from,
  highlightTo: to,
  innerFrom = -1,
  innerTo = -1,
  rootRef,
}: ArticleTextProps) {
  // Offsets only: a long text's paragraphs are cut out of it only when drawn.
  const paragraphs = useMemo(() => indexParagraphs(source.text), [source.text]);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Extra paragraphs the reader asked for, for this passage only.
  const [more, setMore] = useState({ from, before: 0, after: 0 });
  const extra = more.from === from ? more : { from, before: 0, after: 0 };
  const [first, last] = paragraphWindow(paragraphs, from, WINDOW + extra.before, WINDOW + extra.after);

  useEffect(() => {
    const body = bodyRef.current;
    const mark = body?.querySelector('mark');
    if (!body || !mark) return;
    // Scroll only the article's own box, so the timeline stays where it is.
    const top = mark.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    body.scrollTo?.({ top: Math.max(0, top - body.clientHeight / 3), behavior: reduce ? 'auto' : 'smooth' });
  }, [from, to]);

  return (
    <section ref={rootRef} className="article" aria-labelledby="article-heading">
      <h2 id="article-heading">The article</h2>
      <div ref={bodyRef} className="article__body" tabIndex={0} role="region" aria-label="Full text of the article">
        {first > 0 && (
          <button
            type="button"
            className="article__more"
            onClick={() => setMore({ ...extra, before: extra.before + 4 * WINDOW })}
          >
            Show earlier text ({first} paragraphs)
          </button>
        )}
        {Array.from({ length: last - first }, (_, k) => {
          const p = paragraphAt(source.text, paragraphs, first + k);
          return <ParagraphText key={p.start} p={p} runs={runsOf(p, from, to, innerFrom, innerTo)} />;
        })}
        {last < paragraphs.length && (
          <button
            type="button"
            className="article__more"
            onClick={() => setMore({ ...extra, after: extra.after + 4 * WINDOW })}
          >
            Show later text ({paragraphs.length - last} paragraphs)
          </button>
        )}
      </div>
    </section>
  );
});
