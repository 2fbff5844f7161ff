import { memo } from 'react';
import type { MarkShape } from '../data/dataset';
import { Highlighted } from './Highlighted';
import { plotLength } from './plotLength';

interface EventMarkProps {
  readonly id: string;
  readonly title: string;
  readonly dateLabel: string;
  readonly shape: MarkShape;
  readonly color: string;
  readonly topPx: number;
  readonly leftPx: number;
  readonly widthPx: number;
  readonly markLeftPx: number;
  readonly markWidthPx: number;
  readonly labelLeftPx: number;
  readonly labelWidthPx: number;
  /** Laid out for this width and drawn in proportion to the plot's (see plotLength); null once measured. */
  readonly relativeToPx: number | null;
  readonly openStart: boolean;
  readonly openEnd: boolean;
  /** Not yet checked by a person. */
  readonly draft: boolean;
  readonly selected: boolean;
  /** The search, whose words are marked in the title. */
  readonly query: string;
  readonly onSelect: (id: string) => void;
}

/** One event: a dot (a day) or a bar (a month, year or interval) with its label, as a button. */
export const EventMark = memo(function EventMark(p: EventMarkProps) {
  const name = `${p.draft ? 'Draft: ' : ''}${p.title}, ${p.dateLabel}`;
  const x = (px: number) => plotLength(px, p.relativeToPx);
  const left = x(p.leftPx);
  return (
    <button
      type="button"
      id={`event-${p.id}`}
      data-event-id={p.id}
      className={`mark mark--${p.shape}${p.draft ? ' is-draft' : ''}${p.selected ? ' is-selected' : ''}`}
      style={{
        transform: `translate(${typeof left === 'number' ? `${left}px` : left}, ${p.topPx}px)`,
        width: x(p.widthPx),
        ['--c' as string]: p.color,
      }}
      aria-label={name}
      aria-expanded={p.selected}
      aria-controls="event-details"
      title={name}
      onClick={() => p.onSelect(p.id)}
    >
      <span
        className={`mark__glyph${p.openStart ? ' is-open-start' : ''}${p.openEnd ? ' is-open-end' : ''}`}
        style={{ left: x(p.markLeftPx), width: x(p.markWidthPx) }}
        aria-hidden="true"
      />
      <span className="mark__label" style={{ left: x(p.labelLeftPx), width: x(p.labelWidthPx) }}>
        {p.draft && <span className="draft-badge">Draft</span>}
        {/* The title gives way to an ellipsis; the date stays visible. */}
        <span className="mark__title">
          <Highlighted text={p.title} query={p.query} />
        </span>
        <span className="mark__date">, {p.dateLabel}</span>
      </span>
    </button>
  );
});
