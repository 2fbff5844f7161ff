import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { selectionOffsets } from '../../src/article/selection';
import { ArticleText } from '../../src/components/ArticleText';
import type { SourceInput } from '../../src/data/schema';

const TEXT = [
  'The council met on 3 March 2025 in Geneva.',
  'Delegates agreed a ceasefire on 15 August 2025 after long talks.',
  'The agreement was signed later.',
].join('\n\n');
const SOURCE: SourceInput = { title: 'Talks', author: 'A. Writer', publisher: 'Paper', dateline: 'Geneva', text: TEXT };
const PASSAGE = 'Delegates agreed a ceasefire on 15 August 2025';
const DATE = '15 August 2025';

function at(text: string) {
  return TEXT.indexOf(text);
}

/** The text node holding `words`, and the offset of `words` in it. */
function point(words: string): [Text, number] {
  const holder = screen.getByText((_, el) =>
    [...(el?.childNodes ?? [])].some((n) => n.nodeType === 3 && n.textContent!.includes(words)),
  );
  const node = [...holder.childNodes].find((n): n is Text => n.nodeType === 3 && n.textContent!.includes(words))!;
  return [node, node.data.indexOf(words)];
}

function select(start: [Node, number], end: [Node, number]): Selection {
  const selection = window.getSelection()!;
  selection.setBaseAndExtent(start[0], start[1], end[0], end[1]);
  return selection;
}

function article() {
  return screen.getByRole('region', { name: 'The article' });
}

function selected(selection: Selection): string | null {
  const r = selectionOffsets(article(), selection);
  return r && TEXT.slice(r.start, r.end);
}

beforeEach(() => {
  render(
    <>
      <p>Outside the article</p>
      <ArticleText
        source={SOURCE}
        highlightFrom={at(PASSAGE)}
        highlightTo={at(PASSAGE) + PASSAGE.length}
        innerFrom={at(DATE)}
        innerTo={at(DATE) + DATE.length}
      />
    </>,
  );
});

describe('selectionOffsets', () => {
  it('maps a selection across paragraphs to its offsets in the source text', () => {
    const [a, i] = point('Geneva.');
    const [b, j] = point('Delegates agreed');
    expect(selected(select([a, i], [b, j + 'Delegates agreed'.length]))).toBe('Geneva.\n\nDelegates agreed');
  });

  it('maps a selection inside the highlighted passage, across the nested date mark', () => {
    const [a, i] = point('ceasefire');
    const [b, j] = point('August');
    expect(selected(select([a, i], [b, j + 'August'.length]))).toBe('ceasefire on 15 August');
    // Within the nested mark alone, the offset is that run's own.
    const [c, k] = point('15 August 2025');
    expect(selected(select([c, k + 3], [c, k + 9]))).toBe('August');
  });

  it('gives the same offsets for a selection made backwards', () => {
    const [a, i] = point('long talks');
    const [b, j] = point('The council');
    expect(selected(select([a, i + 'long talks'.length], [b, j]))).toBe(
      TEXT.slice(0, at('long talks') + 'long talks'.length),
    );
  });

  it('maps a selection whose ends are on elements, as a triple click makes, to whole runs of text', () => {
    const last = screen.getByText('The agreement was signed later.');
    const selection = window.getSelection()!;
    const range = document.createRange();
    range.selectNodeContents(last);
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selected(selection)).toBe('The agreement was signed later.');
    // From the heading to the start of the second paragraph: the first paragraph, nothing of the heading.
    const second = screen.getByText((_, el) => el?.tagName === 'P' && el.textContent!.startsWith('Delegates'));
    expect(selected(select([screen.getByRole('heading', { name: 'The article' }), 0], [second, 0]))).toBe(
      'The council met on 3 March 2025 in Geneva.',
    );
  });

  it('is null for a collapsed selection or one that leaves the article', () => {
    const [a, i] = point('ceasefire');
    expect(selectionOffsets(article(), select([a, i], [a, i]))).toBeNull();
    const [outside] = point('Outside the article');
    expect(selectionOffsets(article(), select([outside, 0], [a, i]))).toBeNull();
  });
});
