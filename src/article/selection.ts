/**
 * The reader's text selection in the article as offsets into source.text. ArticleText puts
 * `data-offset` (where its text starts in source.text) on every element that holds a run of the
 * text directly, so a DOM boundary point inside such a run is that offset plus the point's offset
 * in the text node. Boundaries elsewhere (between paragraphs, in the heading, on an element, as a
 * triple click gives) move to the nearest run inside the selection.
 */

/** Which way a boundary moves to find text: the start forward, the end backward. */
type Bias = 'forward' | 'backward';

function runStart(text: Node): number | null {
  const holder = text.parentElement;
  const offset = holder?.getAttribute('data-offset');
  return offset == null ? null : Number(offset);
}

/** The node after `node` and all its descendants, in document order; null past the end of `root`. */
function afterSubtree(root: Node, node: Node): Node | null {
  let n: Node | null = node;
  while (n && n !== root && !n.nextSibling) n = n.parentNode;
  return n && n !== root ? n.nextSibling : null;
}

function lastDescendant(node: Node): Node {
  let n = node;
  while (n.lastChild) n = n.lastChild;
  return n;
}

/** Offset in source.text of the boundary point (node, offset) inside `root`; null if no run of text lies that way. */
function pointOffset(root: HTMLElement, node: Node, offset: number, bias: Bias): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const start = runStart(node);
    if (start !== null) return start + offset;
  }
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (runStart(n) === null ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT),
  });
  const isRun = (n: Node) => n.nodeType === Node.TEXT_NODE && runStart(n) !== null;
  if (bias === 'forward') {
    // The first run at or after the point.
    const from =
      node.nodeType === Node.TEXT_NODE
        ? node
        : offset < node.childNodes.length
          ? node.childNodes[offset]!
          : afterSubtree(root, node);
    if (!from) return null;
    walker.currentNode = from;
    const text = isRun(from) ? from : walker.nextNode();
    return text ? runStart(text) : null;
  }
  // The last run at or before the point.
  const before = node.nodeType === Node.TEXT_NODE ? null : offset > 0 ? node.childNodes[offset - 1]! : null;
  walker.currentNode = before ? lastDescendant(before) : node;
  const text = before && isRun(walker.currentNode) ? walker.currentNode : walker.previousNode();
  return text ? runStart(text)! + (text.textContent ?? '').length : null;
}

/**
 * The selection as [start, end) offsets (UTF-16 code units) into the source text the article
 * inside `root` shows, whichever way it was made; null when it is collapsed, when either end is
 * outside `root`, or when it holds none of the text.
 */
export function selectionOffsets(root: HTMLElement, selection: Selection): { start: number; end: number } | null {
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
  if (selection.isCollapsed || !anchorNode || !focusNode) return null;
  if (!root.contains(anchorNode) || !root.contains(focusNode)) return null;
  const probe = root.ownerDocument.createRange();
  probe.setStart(anchorNode, anchorOffset);
  const backward = probe.comparePoint(focusNode, focusOffset) < 0;
  const [a, aOffset, b, bOffset] = backward
    ? [focusNode, focusOffset, anchorNode, anchorOffset]
    : [anchorNode, anchorOffset, focusNode, focusOffset];
  const start = pointOffset(root, a, aOffset, 'forward');
  const end = pointOffset(root, b, bOffset, 'backward');
  return start === null || end === null || start >= end ? null : { start, end };
}
