import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { appUrl } from './support/browser';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/config';

/** A Lighthouse run (mobile, simulated throttling: its defaults) takes 10–20 s here; up to three runs. */
const LIGHTHOUSE_TIMEOUT_MS = 100_000;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

async function runLighthouse(
  url: string,
): Promise<{ scores: Record<Category, number>; failing: string[]; speedIndex: string }> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'lighthouse-chromium-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    userDataDir,
    chromeFlags: ['--headless', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    // The audits that cost points, so a failing score says what to fix.
    const failing = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
        .map(
          (audit) => `${c}: ${audit!.id} = ${audit!.score}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}`,
        ),
    );
    // Issue 13 asks for the Speed Index on mobile, which the first screen's layout decides.
    return { scores, failing, speedIndex: lhr.audits['speed-index']?.displayValue ?? 'not measured' };
  } finally {
    chrome.kill();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function describeRun(scores: Record<Category, number>): string {
  return (
    `performance ${scores.performance}, accessibility ${scores.accessibility}, ` +
    `best practices ${scores['best-practices']}, SEO ${scores.seo}`
  );
}

describe('Lighthouse', () => {
  it(
    'scores 100 for accessibility and best practices and at least 95 for performance',
    async () => {
      const runs = [await runLighthouse(appUrl())];
      const meetsTargets = (s: Record<Category, number>) =>
        s.accessibility === 100 && s['best-practices'] === 100 && s.performance >= 95;
      // Scores vary from run to run on a busy machine; Lighthouse's own advice is to judge the
      // median of several runs. One run that meets every target is enough; otherwise take three.
      if (!meetsTargets(runs[0]!.scores)) runs.push(await runLighthouse(appUrl()), await runLighthouse(appUrl()));
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<
        Category,
        number
      >;
      runs.forEach((run, i) =>
        console.log(
          `Lighthouse run ${i + 1}: ${describeRun(run.scores)}; Speed Index ${run.speedIndex}` +
            (run.failing.length ? `\n  audits below 1: ${run.failing.join('; ')}` : ''),
        ),
      );
      if (runs.length > 1) console.log(`Lighthouse median of ${runs.length}: ${describeRun(scores)}`);
      expect.soft(scores.accessibility, 'accessibility').toBe(100);
      expect.soft(scores['best-practices'], 'best practices').toBe(100);
      expect.soft(scores.performance, 'performance').toBeGreaterThanOrEqual(95);
    },
    LIGHTHOUSE_TIMEOUT_MS,
  );
});
