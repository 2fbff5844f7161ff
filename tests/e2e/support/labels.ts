import type { Page } from 'playwright-core';
import { boxOf, plotOf, type Box } from './timeline';

/** Where the marks' labels are on screen, and which of them overlap. */

/** Boxes may touch; they overlap when they share more than this many px both ways. */
const TOLERANCE_PX = 0.5;

export interface LabelBox extends Box {
  readonly id: string;
}

/** The label box of every mark in the plot (found by role), cut to the plot's visible area. */
export async function visibleLabelBoxes(page: Page): Promise<LabelBox[]> {
  const plot = await boxOf(plotOf(page));
  const labels = await plotOf(page)
    .getByRole('button')
    .evaluateAll((marks) =>
      marks.map((mark) => {
        const r = mark.querySelector('.mark__label')?.getBoundingClientRect();
        return {
          id: mark.getAttribute('data-event-id') ?? mark.id,
          x: r?.x ?? 0,
          y: r?.y ?? 0,
          width: r?.width ?? 0,
          height: r?.height ?? 0,
        };
      }),
    );
  const boxes: LabelBox[] = [];
  for (const label of labels) {
    const x0 = Math.max(label.x, plot.x);
    const x1 = Math.min(label.x + label.width, plot.x + plot.width);
    const y0 = Math.max(label.y, plot.y);
    const y1 = Math.min(label.y + label.height, plot.y + plot.height);
    if (x1 - x0 > 0 && y1 - y0 > 0) boxes.push({ id: label.id, x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
  }
  return boxes;
}

export function overlaps(boxes: readonly LabelBox[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > TOLERANCE_PX && h > TOLERANCE_PX) found.push(`${a.id} × ${b.id} (${w.toFixed(1)}×${h.toFixed(1)} px)`);
    }
  }
  return found;
}
