import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plotLength, tickSpacingPx } from '../../src/components/plotLength';
import { PRERENDER_WIDTH_PX } from '../../src/components/TimelineView';
import { parseDatasetText } from '../../src/data/datasetText';
import { renderFirstView } from '../../src/prerender';
import { fitDomain } from '../../src/timeline/viewport';

const TEXT = readFileSync('data/events.json', 'utf8');

describe('plotLength', () => {
  it('gives px once the plot is measured', () => {
    expect(plotLength(123.5, null)).toBe(123.5);
  });

  it('gives a share of the plot before that, so a view laid out for one width fits any', () => {
    expect(plotLength(275, 1100)).toBe('25cqw');
    expect(plotLength(275, 1100, '%')).toBe('25%');
  });

  it('spaces the ticks of a proportional view for a narrow plot, and leaves a measured one alone', () => {
    expect(tickSpacingPx(64, null)).toBe(64);
    expect(tickSpacingPx(64, 1100)).toBeGreaterThan(64 * 3);
  });
});

describe('renderFirstView (the page rendered at build time)', () => {
  const html = renderFirstView(TEXT);
  const parsed = parseDatasetText(TEXT);
  if (!parsed.ok) throw new Error('the bundled dataset is invalid');
  const { dataset } = parsed;

  it('has the article and a named mark for every event', () => {
    expect(html).toContain(`<h1>${dataset.source.title}</h1>`);
    for (const e of dataset.events) expect(html).toContain(`data-event-id="${e.id}"`);
  });

  it('places each mark across the plot as a share of its width, in date order', () => {
    const [startMs, endMs] = fitDomain(dataset.extent);
    const lefts = new Map(
      [...html.matchAll(/data-event-id="([^"]+)"[^>]*style="transform:translate\(([\d.]+)cqw, [\d.]+px\)/g)].map(
        (m) => [m[1]!, Number(m[2])],
      ),
    );
    expect(lefts.size).toBe(dataset.events.length);
    const summit = dataset.events.find((e) => e.dateLabel === '15 August 2025')!;
    const share = (summit.startMs - startMs) / (endMs - startMs);
    // The button starts a little before its dot (the dot is centred on the day).
    expect(lefts.get(summit.id)! / 100).toBeCloseTo(share, 1);
    expect(html).not.toMatch(/translate\([\d.]+px/);
  });

  it('is laid out for the reference width', () => {
    expect(PRERENDER_WIDTH_PX).toBeGreaterThan(300);
    expect(html).toContain('timeline__plot--relative');
  });

  it('refuses an invalid dataset, naming the problem', () => {
    expect(() => renderFirstView('{"source": {}}')).toThrow(/data\/events\.json: .*source/);
  });
});
