import { useEffect, useId, useRef, useState } from 'react';
import type { TimelineEvent } from '../data/dataset';
import type { Category } from '../data/schema';
import type { Edit } from './model/edits';
import { checkActors, checkAttribution, checkDate, checkNote, checkTitle } from './model/fields';

export type EditResult = { ok: true } | { ok: false; message: string };

interface DraftEditorProps {
  readonly event: TimelineEvent;
  readonly categories: readonly Category[];
  /** The other events, in time order, that this one may be merged with. */
  readonly others: readonly TimelineEvent[];
  readonly onEdit: (edit: Edit) => EditResult;
  readonly onClose: () => void;
  /** Where the person's selection in the article starts, if it is inside this event's passage. */
  readonly splitPoint: () => number | null;
}

const WHY: Record<string, (dateText: string | undefined) => string> = {
  sentence: (t) => (t ? `Dated by “${t}” in the passage.` : 'Dated by the passage.'),
  heading: (t) => `No date in the passage: dated by “${t ?? ''}” in the heading or lead-in above it.`,
  framing: () => 'No date in the passage: the year the article is about.',
  'document date': () => 'No date in the passage: the date of the article.',
};

/** The default place to split a passage: the clause break nearest its middle. */
function middleBreak(event: TimelineEvent): number | null {
  const q = event.quote;
  let best: number | null = null;
  for (const m of q.matchAll(/(?:[,;:]|\s[—–])\s+/g)) {
    const at = m.index + m[0].length;
    if (best === null || Math.abs(at - q.length / 2) < Math.abs(best - q.length / 2)) best = at;
  }
  return best === null ? null : event.quoteStart + best;
}

/** Checks and fixes one event: each field validated as it is typed, saved only when valid. */
export function DraftEditor({ event, categories, others, onEdit, onClose, splitPoint }: DraftEditorProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [title, setTitle] = useState(event.title);
  const [date, setDate] = useState(event.date);
  const [cats, setCats] = useState<readonly string[]>(event.categories);
  const [actors, setActors] = useState(event.actors.join(', '));
  const [attribution, setAttribution] = useState(event.attribution);
  const [note, setNote] = useState(event.note ?? '');
  const [mergeWith, setMergeWith] = useState(others[0]?.id ?? '');
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);

  const checks = {
    title: checkTitle(title),
    date: checkDate(date),
    actors: checkActors(actors),
    attribution: checkAttribution(attribution),
    note: checkNote(note),
    categories: cats.length
      ? ({ ok: true } as const)
      : ({ ok: false, message: 'Choose at least one category.' } as const),
  };
  const valid = Object.values(checks).every((c) => c.ok);
  const fields = {
    title: checks.title.ok ? checks.title.value : title,
    date: checks.date.ok ? checks.date.value : date,
    categories: [...cats],
    actors: checks.actors.ok ? checks.actors.value : [],
    attribution: checks.attribution.ok ? checks.attribution.value : attribution,
    note: checks.note.ok ? checks.note.value : note,
  };
  const changed =
    fields.title !== event.title ||
    fields.date !== event.date ||
    fields.categories.join('\n') !== event.categories.join('\n') ||
    fields.actors.join('\n') !== event.actors.join('\n') ||
    fields.attribution !== event.attribution ||
    (fields.note || undefined) !== (event.note || undefined);
  const draft = event.status === 'draft';

  const run = (edit: Edit) => {
    const result = onEdit(edit);
    setMessage(result.ok ? null : result.message);
    return result.ok;
  };
  const save = () => !changed || run({ kind: 'update', id: event.id, fields });

  const error = (name: keyof typeof checks) => {
    const c = checks[name];
    return c.ok ? null : (
      <p id={`${id}-${name}-error`} className="field-error">
        {c.message}
      </p>
    );
  };
  const described = (name: keyof typeof checks, extra?: string) => ({
    'aria-invalid': !checks[name].ok,
    'aria-describedby':
      [checks[name].ok ? '' : `${id}-${name}-error`, extra ?? ''].filter(Boolean).join(' ') || undefined,
  });

  return (
    <section id="event-details" className="details editor" aria-labelledby={`${id}-heading`}>
      <div className="details__head">
        <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
          {draft && <span className="draft-badge">Draft</span>} {event.title}
        </h2>
        <button type="button" className="details__close" onClick={onClose} title="Close (Esc)">
          Close
        </button>
      </div>
      <p className="editor__why">
        {(WHY[event.dateSource ?? 'sentence'] ?? WHY.sentence!)(event.dateText)}
        {event.note ? ` ${event.note}` : ''}
      </p>
      <form
        className="editor__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) save();
        }}
      >
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} {...described('title')} />
        {error('title')}
        <label htmlFor={`${id}-date`}>Date (EDTF)</label>
        <input
          id={`${id}-date`}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          {...described('date', `${id}-date-reading`)}
        />
        {checks.date.ok ? (
          <p id={`${id}-date-reading`} className="editor__reading">
            {checks.date.reading}
          </p>
        ) : (
          error('date')
        )}
        <fieldset {...described('categories')}>
          <legend>Categories</legend>
          {categories.map((c) => (
            <label key={c.id} className="editor__check">
              <input
                type="checkbox"
                checked={cats.includes(c.id)}
                onChange={(e) => setCats(e.target.checked ? [...cats, c.id] : cats.filter((x) => x !== c.id))}
              />
              <span className="swatch" style={{ background: c.color }} aria-hidden="true" /> {c.label}
            </label>
          ))}
        </fieldset>
        {error('categories')}
        <label htmlFor={`${id}-actors`}>Actors</label>
        <input
          id={`${id}-actors`}
          value={actors}
          onChange={(e) => setActors(e.target.value)}
          {...described('actors', `${id}-actors-hint`)}
        />
        <p id={`${id}-actors-hint`} className="editor__reading">
          Separated by commas.
        </p>
        {error('actors')}
        <label htmlFor={`${id}-attribution`}>Attribution</label>
        <input
          id={`${id}-attribution`}
          value={attribution}
          onChange={(e) => setAttribution(e.target.value)}
          {...described('attribution')}
        />
        {error('attribution')}
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea
          id={`${id}-note`}
          value={note}
          rows={3}
          onChange={(e) => setNote(e.target.value)}
          {...described('note')}
        />
        {error('note')}
        <div className="editor__actions">
          <button type="submit" disabled={!valid || !changed}>
            Save changes
          </button>
          {draft && (
            <button
              type="button"
              className="primary"
              disabled={!valid}
              onClick={() => save() && run({ kind: 'accept', id: event.id })}
            >
              Accept
            </button>
          )}
          <button type="button" onClick={() => run({ kind: 'reject', id: event.id })}>
            {draft ? 'Reject' : 'Delete event'}
          </button>
        </div>
      </form>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <div className="editor__more">
        {others.length > 0 && (
          <div className="editor__merge">
            <label htmlFor={`${id}-merge`}>Merge with</label>
            <select id={`${id}-merge`} value={mergeWith} onChange={(e) => setMergeWith(e.target.value)}>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title} ({o.dateLabel})
                </option>
              ))}
            </select>
            <button type="button" onClick={() => mergeWith && run({ kind: 'merge', ids: [event.id, mergeWith] })}>
              Merge
            </button>
          </div>
        )}
        <button
          type="button"
          onClick={() => {
            const at = splitPoint() ?? middleBreak(event);
            if (at === null) setMessage('Select where to split in the passage, in the article.');
            else run({ kind: 'split', id: event.id, at });
          }}
          title="Split at the start of your selection in the passage, or at the clause break nearest its middle"
        >
          Split in two
        </button>
      </div>
      <figure className="details__quote">
        <figcaption>Source passage</figcaption>
        <blockquote>{event.quote}</blockquote>
      </figure>
    </section>
  );
}
