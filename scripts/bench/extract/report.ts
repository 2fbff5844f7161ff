/** The benchmark's Markdown: one row per text, then the targets checked. Pure. */
import type { BenchText } from './inputs';
import { msPer100Kb, type Timing } from './plan';

export interface Row {
  readonly text: BenchText;
  readonly runs: number;
  readonly findTimexes: Timing;
  readonly extractDraft: Timing & { readonly outputs: number };
  readonly worker?: { readonly engine: Timing; readonly roundTrip: Timing };
}

export interface Meta {
  readonly date: string;
  readonly machine: string;
  readonly runtime: string;
  readonly command: string;
}

/** The targets from the issue, in ms. */
export const ARTICLE_TARGET_MS = 100;
export const MEGABYTE_TARGET_MS = 3000;

const int = (n: number) => Math.round(n).toLocaleString('en');
/** Two significant figures below 10 ms, whole milliseconds above: the noise is no finer. */
const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? n.toPrecision(2) : int(n));
const pair = (t: Timing) => `${ms(t.medianMs)} / ${ms(t.p95Ms)}`;

function tableRow(r: Row): string {
  const perNode = msPer100Kb(r.extractDraft.medianMs, r.text.bytes);
  const perWorker = r.worker ? ms(msPer100Kb(r.worker.engine.medianMs, r.text.bytes)) : '–';
  return [
    r.text.label,
    int(r.text.chars),
    int(r.text.words),
    int(r.extractDraft.outputs),
    String(r.runs),
    ms(r.findTimexes.medianMs),
    pair(r.extractDraft),
    r.worker ? pair(r.worker.engine) : '–',
    r.worker ? pair(r.worker.roundTrip) : '–',
    `${ms(perNode)} / ${perWorker}`,
  ].join(' | ');
}

/** A target line: the slower of Node and the worker is the figure held to the target. */
function verdict(what: string, row: Row | undefined, targetMs: number): string {
  if (!row) return `- ${what}: not measured`;
  const slowest = Math.max(row.extractDraft.medianMs, row.worker?.engine.medianMs ?? -Infinity);
  const met = slowest <= targetMs ? 'met' : 'NOT met';
  return `- ${what} (${int(row.text.words)} words): ${ms(slowest)} ms median, target ≤ ${int(targetMs)} ms: ${met}`;
}

/** Which texts were given a document date, as `--date` would give it, and which found their own. */
function dateLine(rows: readonly Row[]): string {
  const given = rows.filter((r) => r.text.date !== undefined);
  const own = rows.filter((r) => r.text.date === undefined).map((r) => r.text.label);
  const dates = [...new Set(given.map((r) => r.text.date))].join(', ');
  const parts = [
    ...(given.length
      ? [`${given.map((r) => r.text.label).join(', ')} given ${dates} (the first corpus document's)`]
      : []),
    ...(own.length ? [`${own.join(', ')} found in the text`] : []),
  ];
  return `- Document date: ${parts.join('; ')}.`;
}

export function markdown(rows: readonly Row[], meta: Meta): string {
  const bySize = rows.filter((r) => !r.text.label.includes('article'));
  const perSize = (pick: (r: Row) => Timing | undefined) =>
    bySize
      .map((r) => {
        const t = pick(r);
        return t ? `${ms(msPer100Kb(t.medianMs, r.text.bytes))} (${r.text.label})` : undefined;
      })
      .filter((x) => x !== undefined)
      .join(', ');
  const worker = perSize((r) => r.worker?.engine);
  const growth = [
    `- Growth, ms per 100 KB (flat means linear): Node ${perSize((r) => r.extractDraft)}`,
    ...(worker ? [`; worker ${worker}`] : []),
    '.',
  ].join('');
  return [
    `Extraction benchmark, ${meta.date}`,
    '',
    `- Machine: ${meta.machine}`,
    `- Runtime: ${meta.runtime}`,
    `- Command: \`${meta.command}\``,
    dateLine(rows),
    '- Times in ms, median / p95 over the runs after warm-up. KB = 1,024 bytes of UTF-8 text.',
    '- "Worker" is extractDraft timed inside a module worker in headless Chromium; the round trip',
    '  adds posting the text, reading it as a .txt source and cloning the draft back.',
    '',
    '| Text | Characters | Words | Events | Runs | findTimexes, Node (median) | extractDraft, Node | extractDraft, worker | Round trip, worker | ms per 100 KB, Node / worker |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${tableRow(r)} |`),
    '',
    verdict(
      'Article',
      rows.find((r) => r.text.label.includes('article')),
      ARTICLE_TARGET_MS,
    ),
    verdict(
      '1 MB',
      rows.find((r) => r.text.label === '1 MB'),
      MEGABYTE_TARGET_MS,
    ),
    ...(bySize.length > 1 ? [growth] : []),
    '',
  ].join('\n');
}
