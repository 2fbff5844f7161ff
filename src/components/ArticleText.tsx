import { useEffect, useMemo, useRef } from 'react';
import { segmentsOf, splitParagraphs } from '../article/paragraphs';
import type { SourceInput } from '../data/schema';

interface ArticleTextProps {
  readonly source: SourceInput;
  /** The highlighted passage, as offsets into source.text, or null. */
  readonly highlight: { readonly start: number; readonly end: number } | null;
}

/** The article's full text, with the selected event's passage in a <mark>, scrolled into view. */
export function ArticleText({ source, highlight }: ArticleTextProps) {
  const paragraphs = useMemo(() => splitParagraphs(source.text), [source.text]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const from = highlight?.start ?? -1;
  const to = highlight?.end ?? -1;

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
        {paragraphs.map((p) => (
          <p key={p.start}>
            {segmentsOf(p, from, to).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : s.text))}
          </p>
        ))}
      </div>
    </section>
  );
}
