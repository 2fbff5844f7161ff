import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { paragraphWindow, segmentsOf, splitParagraphs } from '../article/paragraphs';
import type { SourceInput } from '../data/schema';

interface ArticleTextProps {
  readonly source: SourceInput;
  /** The highlighted passage, as offsets [from, to) into source.text; -1 for none. */
  readonly highlightFrom: number;
  readonly highlightTo: number;
}

/** Paragraphs drawn around the passage; a long text (a generated 10 MB one) shows a window of it. */
const WINDOW = 80;

/**
 * The article's full text, with the selected event's passage in a <mark>, scrolled into view.
 * Memoised: it redraws when the passage changes, not when the timeline zooms.
 */
export const ArticleText = memo(function ArticleText({
  source,
  highlightFrom: from,
  highlightTo: to,
}: ArticleTextProps) {
  const paragraphs = useMemo(() => splitParagraphs(source.text), [source.text]);
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
    <section className="article" aria-labelledby="article-heading">
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
        {paragraphs.slice(first, last).map((p) => (
          <p key={p.start}>
            {segmentsOf(p, from, to).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : s.text))}
          </p>
        ))}
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
