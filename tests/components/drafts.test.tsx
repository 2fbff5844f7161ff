import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TimelineView } from '../../src/components/TimelineView';
import { parseDataset, type Dataset, type TimelineEvent } from '../../src/data/dataset';
import { timelineSvg } from '../../src/export/svg';
import { layoutEvents } from '../../src/timeline/layout';
import { buildRenderModel } from '../../src/timeline/renderModel';
import { IDENTITY, fitDomain } from '../../src/timeline/viewport';

const TEXT = [
  'The council met on 3 March 2025 in Geneva.',
  'Delegates agreed a ceasefire on 15 August 2025 after long talks.',
].join('\n\n');

function dataset(): Dataset {
  const r = parseDataset({
    source: { title: 'Talks', author: 'A. Writer', publisher: 'Paper', dateline: 'Geneva', text: TEXT },
    categories: [{ id: 'talks', label: 'Talks', description: 'Meetings', color: '#1f77b4' }],
    events: [
      {
        id: 'ceasefire-agreed',
        title: 'Ceasefire agreed',
        date: '2025-08-15',
        categories: ['talks'],
        actors: ['Delegates'],
        attribution: 'The article',
        quote: 'Delegates agreed a ceasefire on 15 August 2025',
        status: 'draft',
        dateText: '15 August 2025',
        dateSource: 'sentence',
        confidence: 0.9,
      },
      {
        id: 'council-meets',
        title: 'Council meets in Geneva',
        date: '2025-03-03',
        categories: ['talks'],
        actors: ['The council'],
        attribution: 'The article',
        quote: 'The council met on 3 March 2025 in Geneva.',
        status: 'checked',
      },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.dataset;
}

function plot() {
  return within(screen.getByRole('group', { name: /Events on a time axis/ }));
}
function list() {
  return within(screen.getByRole('region', { name: /Events in view/ }));
}

/** The words of the event's passage that give its date, as offsets into the source text. */
const dateWords = (e: TimelineEvent) =>
  e.dateText
    ? {
        start: e.quoteStart + e.quote.indexOf(e.dateText),
        end: e.quoteStart + e.quote.indexOf(e.dateText) + e.dateText.length,
      }
    : null;

describe('a drafted event', () => {
  it('is named a draft on the timeline and in the list; a checked event is not', () => {
    render(<TimelineView dataset={dataset()} fromUrl={false} />);
    expect(plot().getByRole('button', { name: 'Draft: Ceasefire agreed, 15 August 2025' })).toBeInTheDocument();
    expect(plot().getByRole('button', { name: 'Council meets in Geneva, 3 March 2025' })).toBeInTheDocument();
    expect(list().getByRole('button', { name: /Ceasefire agreed/ })).toHaveAccessibleName(/draft/i);
    expect(list().getByRole('button', { name: /Council meets/ })).not.toHaveAccessibleName(/draft/i);
  });

  it('shows a Draft badge and where its date was read in the details', async () => {
    const user = userEvent.setup();
    render(<TimelineView dataset={dataset()} fromUrl={false} />);
    await user.click(plot().getByRole('button', { name: /Ceasefire agreed/ }));
    const details = await screen.findByRole('region', { name: 'Ceasefire agreed' });
    expect(within(details).getByText('Draft')).toBeVisible();
    expect(within(details).getByText(/“15 August 2025” \(in the passage\), 90% sure/)).toBeInTheDocument();
    await user.click(plot().getByRole('button', { name: /Council meets/ }));
    expect(within(screen.getByRole('region', { name: 'Council meets in Geneva' })).queryByText('Draft')).toBeNull();
  });

  it('is drawn dashed and named a draft in the SVG export', () => {
    const ds = dataset();
    const domain = fitDomain(ds.extent);
    const model = buildRenderModel(layoutEvents(ds.events, domain, 960), domain, 960, IDENTITY, () => '#1f77b4');
    const svg = timelineSvg(model, 'Talks', '');
    expect(svg).toContain('Draft: Ceasefire agreed');
    expect(svg).not.toContain('Draft: Council');
    expect(svg.match(/stroke-dasharray="3 2"/g)).toHaveLength(1);
  });
});

describe('TimelineView for a host (authoring)', () => {
  it('draws renderDetails in place of the details, with a close that deselects', async () => {
    const user = userEvent.setup();
    render(
      <TimelineView
        dataset={dataset()}
        fromUrl={false}
        renderDetails={(event, close) => (
          <section aria-label="Editor">
            <p>Editing {event ? event.title : 'nothing'}</p>
            <button type="button" onClick={close}>
              Done
            </button>
          </section>
        )}
      />,
    );
    expect(screen.queryByRole('region', { name: 'Event details' })).toBeNull();
    await user.click(plot().getByRole('button', { name: /Ceasefire agreed/ }));
    const editor = screen.getByRole('region', { name: 'Editor' });
    expect(editor).toHaveTextContent('Editing Ceasefire agreed');
    expect(screen.queryByRole('region', { name: 'Ceasefire agreed' })).toBeNull();
    await user.click(within(editor).getByRole('button', { name: 'Done' }));
    expect(editor).toHaveTextContent('Editing nothing');
  });

  it('lets the host hold the selection and put its own buttons in the toolbar', async () => {
    const user = userEvent.setup();
    const told = vi.fn();
    function Host() {
      const [id, setId] = useState<string | null>(null);
      return (
        <TimelineView
          dataset={dataset()}
          fromUrl={false}
          selectedId={id}
          onSelect={(next) => {
            told(next);
            setId(next);
          }}
          toolbarExtra={
            <button type="button" onClick={() => setId('council-meets')}>
              Select the council
            </button>
          }
        />
      );
    }
    render(<Host />);
    await user.click(screen.getByRole('button', { name: 'Select the council' }));
    expect(screen.getByRole('region', { name: 'Council meets in Geneva' })).toBeInTheDocument();
    expect(plot().getByRole('button', { name: /Council meets/ })).toHaveAttribute('aria-expanded', 'true');
    await user.click(list().getByRole('button', { name: /Ceasefire agreed/ }));
    expect(told).toHaveBeenLastCalledWith('ceasefire-agreed');
    expect(screen.getByRole('region', { name: 'Ceasefire agreed' })).toBeInTheDocument();
  });

  it('marks the words articleMark gives inside the highlighted passage, and hands over the article element', async () => {
    const user = userEvent.setup();
    const articleRef = createRef<HTMLElement>();
    render(<TimelineView dataset={dataset()} fromUrl={false} articleMark={dateWords} articleRef={articleRef} />);
    expect(articleRef.current).toBe(screen.getByRole('region', { name: 'The article' }));
    await user.click(plot().getByRole('button', { name: /Ceasefire agreed/ }));
    const text = screen.getByRole('region', { name: 'Full text of the article' });
    const [passage, date] = within(text).getAllByRole('mark');
    expect(passage).toHaveTextContent('Delegates agreed a ceasefire on 15 August 2025');
    expect(date).toHaveTextContent(/^15 August 2025$/);
    expect(passage).toContainElement(date!);
    // An event articleMark has nothing for keeps the one highlight.
    await user.click(plot().getByRole('button', { name: /Council meets/ }));
    expect(within(text).getAllByRole('mark')).toHaveLength(1);
  });
});
