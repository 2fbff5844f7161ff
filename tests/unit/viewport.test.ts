import { describe, expect, it } from 'vitest';
import { utcMs } from '../../src/data/edtf';
import {
  DAY_MS,
  IDENTITY,
  constrain,
  fitDomain,
  panBy,
  transformForRange,
  viewScale,
  zoomAbout,
  zoomLimits,
} from '../../src/timeline/viewport';

const extent = { startMs: utcMs(2025, 0, 1), endMs: utcMs(2026, 0, 1) };
const domain = fitDomain(extent);
const width = 1000;
const limits = zoomLimits(domain);
const visible = (t: { k: number; x: number }) =>
  viewScale(domain, width, t)
    .domain()
    .map((d) => d.getTime());

describe('the fit view and zoom limits', () => {
  it('fits the data with a small margin on each side', () => {
    expect(domain[0]).toBeLessThan(extent.startMs);
    expect(domain[1]).toBeGreaterThan(extent.endMs);
    expect(extent.startMs - domain[0]).toBeLessThan(0.05 * (extent.endMs - extent.startMs));
    expect(visible(IDENTITY)).toEqual(domain);
  });

  it('does not zoom out past the fit view', () => {
    expect(constrain({ k: 0.25, x: 300 }, width, limits)).toEqual(IDENTITY);
    expect(zoomAbout(IDENTITY, 0.5, 500, width, limits)).toEqual(IDENTITY);
  });

  it('does not zoom in closer than about a day across the view', () => {
    const deepest = zoomAbout(IDENTITY, 1e6, 500, width, limits);
    const [a, b] = visible(deepest);
    expect(b! - a!).toBeCloseTo(DAY_MS, -3);
  });

  it("does not pan beyond the fit view's edges", () => {
    const t = zoomAbout(IDENTITY, 4, 500, width, limits);
    const farLeft = panBy(t, 1e9, width, limits);
    expect(visible(farLeft)[0]).toBe(domain[0]);
    const farRight = panBy(t, -1e9, width, limits);
    expect(visible(farRight)[1]).toBe(domain[1]);
  });
});

describe('zoomAbout', () => {
  it('keeps the date under the cursor where it was', () => {
    const before = viewScale(domain, width, IDENTITY);
    const atPx = 700;
    const date = before.invert(atPx).getTime();
    const t = zoomAbout(IDENTITY, 3, atPx, width, limits);
    expect(viewScale(domain, width, t)(date)).toBeCloseTo(atPx, 6);
  });

  it('zooming in then out by the same factor returns to the same view', () => {
    const t = zoomAbout(zoomAbout(IDENTITY, 8, 300, width, limits), 1 / 8, 300, width, limits);
    expect(t.k).toBeCloseTo(1, 9);
    expect(t.x).toBeCloseTo(0, 6);
  });
});

describe('transformForRange', () => {
  it('shows exactly the requested dates', () => {
    const from = utcMs(2025, 4, 1);
    const to = utcMs(2025, 9, 1);
    const [a, b] = visible(transformForRange(domain, width, from, to, limits));
    expect(a).toBeCloseTo(from, -3);
    expect(b).toBeCloseTo(to, -3);
  });
});
