import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BundleSizes } from './build';
import { SEARCH_WORD } from './gestures';
import type { RunResult } from './measure';
import type { FrameStats } from './stats';
import type { GestureSummary, Summary } from './summary';
import { eventsLabel, failure, group, kB, ms, ratio } from './format';
import { targetChecks } from './targets';

/** The benchmark's tables, as markdown for docs/performance.md and the terminal alike. */

export interface CaseResult {
  /** "article" or the number of generated events. */
  readonly label: string;
  readonly events: number;
  readonly dataBytes: number;
  readonly ours: Summary;
  readonly vis: Summary;
  readonly oursRuns: readonly RunResult[];
  readonly visRuns: readonly RunResult[];
}

export interface BenchMeta {
  readonly command: string;
  /** As `date -u` prints it. */
  readonly date: string;
  readonly runs: number;
  readonly seed: number;
  readonly readyLimitS: number;
  readonly gestureLimitS: number;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryGB: number;
    /** 1, 5 and 15 minute load averages when the run started and ended: the machine may be shared. */
    readonly loadAverage: readonly number[];
    readonly loadAverageEnd?: readonly number[];
    readonly node: string;
    readonly chromium: string;
    readonly os: string;
  };
  /** Frame intervals of an idle page: what "smooth" looks like on this machine. */
  readonly idle: FrameStats;
  readonly sizes: { readonly ours: BundleSizes; readonly vis: BundleSizes };
  readonly durationS: number;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

type Ok = Extract<Summary, { status: 'ok' }>;

/** Our figure, vis-timeline's and their ratio; a failure is said in the first table's cell only. */
function compare(c: CaseResult, f: (s: Ok) => number, show: (x: number) => string, sayFailure: boolean): string[] {
  const cell = (s: Summary) => (s.status === 'ok' ? show(f(s)) : sayFailure ? (failure(s) ?? '') : '–');
  return [
    cell(c.ours),
    cell(c.vis),
    c.ours.status === 'ok' && c.vis.status === 'ok' ? ratio(f(c.ours), f(c.vis)) : '–',
  ];
}

function loadTable(cases: readonly CaseResult[]): string {
  const loaded = (s: Summary) => (s.status === 'ok' && s.dataLoadedMs !== null ? `${ms(s.dataLoadedMs)} ms` : '–');
  const longest = (s: Summary) => (s.status === 'ok' ? `${ms(s.loadLongestTaskMs)} ms` : '–');
  return table(
    [
      'Events',
      'Data',
      'Ready: ours',
      'vis',
      'ours ÷ vis',
      'Interactive: ours',
      'vis',
      'ours ÷ vis',
      'Data received: ours / vis',
      'Longest task: ours / vis',
    ],
    cases.map((c) => [
      eventsLabel(c),
      `${(c.dataBytes / 1e6).toFixed(c.dataBytes < 1e6 ? 2 : 1)} MB`,
      ...compare(
        c,
        (s) => s.readyMs,
        (x) => `${ms(x)} ms`,
        true,
      ),
      ...compare(
        c,
        (s) => s.interactiveMs ?? NaN,
        (x) => (Number.isNaN(x) ? '–' : `${ms(x)} ms`),
        false,
      ),
      `${loaded(c.ours)} / ${loaded(c.vis)}`,
      `${longest(c.ours)} / ${longest(c.vis)}`,
    ]),
  );
}

function memoryTable(cases: readonly CaseResult[]): string {
  return table(
    ['Events', 'JS heap MB: ours', 'vis', 'ours ÷ vis', 'DOM elements: ours', 'vis', 'ours ÷ vis'],
    cases.map((c) => [
      eventsLabel(c),
      ...compare(
        c,
        (s) => s.heapMB,
        (x) => x.toFixed(1),
        false,
      ),
      ...compare(c, (s) => s.domNodes, group, false),
    ]),
  );
}

/** The frame figures and the long tasks of one gesture, as two cells; dashes where it was not measured. */
function gestureCells(s: Summary, pick: (s: Ok) => GestureSummary | null | undefined): [string, string] {
  if (s.status !== 'ok') return [failure(s) ?? '', ''];
  const g = pick(s);
  if (!g) return ['–', '–'];
  const steps = g.steps < g.plannedSteps ? ` (${g.steps}/${g.plannedSteps} steps)` : '';
  return [
    `${ms(g.p50Ms)} / ${ms(g.p95Ms)} / ${ms(g.maxMs)}${steps}`,
    g.longTasks === 0 ? '0' : `${g.longTasks} (${ms(g.longestTaskMs)} ms)`,
  ];
}

function gestureTable(
  cases: readonly CaseResult[],
  pick: (s: Extract<Summary, { status: 'ok' }>) => GestureSummary,
): string {
  return table(
    [
      'Events',
      'ours p50 / p95 / max ms',
      'ours long tasks',
      'vis p50 / p95 / max ms',
      'vis long tasks',
      'p95 ours ÷ vis',
    ],
    cases.map((c) => {
      const [o1, o2] = gestureCells(c.ours, pick);
      const [v1, v2] = gestureCells(c.vis, pick);
      const r = c.ours.status === 'ok' && c.vis.status === 'ok' ? ratio(pick(c.ours).p95Ms, pick(c.vis).p95Ms) : '–';
      return [eventsLabel(c), o1, o2, v1, v2, r];
    }),
  );
}

/** Typing and filtering, for the app only: the vis-timeline page has no search box or filters. */
function interactionTable(cases: readonly CaseResult[]): string {
  return table(
    ['Events', 'search p50 / p95 / max ms', 'search long tasks', 'filter p50 / p95 / max ms', 'filter long tasks'],
    cases.map((c) => [
      eventsLabel(c),
      ...gestureCells(c.ours, (s) => s.search),
      ...gestureCells(c.ours, (s) => s.filter),
    ]),
  );
}

function sizeTable(sizes: BenchMeta['sizes']): string {
  const row = (name: string, s: BundleSizes) => [
    name,
    kB(s.firstLoadJs.gzip),
    kB(s.js.raw),
    kB(s.js.gzip),
    kB(s.css.raw),
    kB(s.css.gzip),
  ];
  return table(
    ['Build', 'JS first load gzip', 'JS total raw', 'JS total gzip', 'CSS raw', 'CSS gzip'],
    [
      row('article-timeline (dist/assets)', sizes.ours),
      row('vis-timeline page (vis-timeline + vis-data + CSS)', sizes.vis),
      [
        'ours ÷ vis',
        ratio(sizes.ours.firstLoadJs.gzip, sizes.vis.firstLoadJs.gzip),
        ratio(sizes.ours.js.raw, sizes.vis.js.raw),
        ratio(sizes.ours.js.gzip, sizes.vis.js.gzip),
        ratio(sizes.ours.css.raw, sizes.vis.css.raw),
        ratio(sizes.ours.css.gzip, sizes.vis.css.gzip),
      ],
    ],
  );
}

function notes(cases: readonly CaseResult[]): string[] {
  const out: string[] = [];
  for (const c of cases)
    for (const [who, s] of [
      ['article-timeline', c.ours],
      ['vis-timeline', c.vis],
    ] as const) {
      if (s.status !== 'error' && s.status !== 'dnf') continue;
      const what = s.status === 'error' ? s.message : s.note;
      const when = s.okRuns === 0 ? 'in the first run' : `after ${s.okRuns} good run${s.okRuns === 1 ? '' : 's'}`;
      out.push(`${who}, ${eventsLabel(c)} events: ${what} (${when}; no further runs).`);
    }
  return out;
}

/** The generated part of docs/performance.md. */
export function markdownReport(cases: readonly CaseResult[], meta: BenchMeta): string {
  const m = meta.machine;
  const idle = meta.idle;
  const noteLines = notes(cases);
  return [
    `Measured ${meta.date} with \`${meta.command}\` in ${Math.round(meta.durationS)} s.`,
    '',
    `- Machine: ${m.cpus} CPU cores (\`nproc\`), ${m.cpuModel}, ${m.memoryGB.toFixed(1)} GB RAM, ${m.os}; ` +
      `load average (1, 5, 15 min) ${m.loadAverage.map((x) => x.toFixed(2)).join(', ')} at the start` +
      (m.loadAverageEnd ? ` and ${m.loadAverageEnd.map((x) => x.toFixed(2)).join(', ')} at the end.` : '.'),
    `- Node ${m.node}; Chromium ${m.chromium}, headless, \`--disable-gpu\`, viewport 1280×800.`,
    `- Median of ${meta.runs} run${meta.runs === 1 ? '' : 's'}, each in a fresh browser; generated data with seed ${meta.seed}. ` +
      `Limits: ${meta.readyLimitS} s to ready, ${meta.gestureLimitS} s per gesture.`,
    `- An idle page's frame interval here: p50 ${ms(idle.p50Ms)} ms, p95 ${ms(idle.p95Ms)} ms, max ${ms(idle.maxMs)} ms.`,
    '',
    '### Load',
    '',
    'From navigation start: when the dataset was first drawn (`timeline-ready`), when the page answered input (`timeline-interactive`; the same for vis-timeline, and for us except on the article, whose first view is rendered at build time), when the dataset had arrived, and the longest task before interactive.',
    '',
    loadTable(cases),
    '',
    '### Memory and DOM after ready',
    '',
    'JS heap in use after a forced garbage collection (MB = 2^20 bytes); elements in the document.',
    '',
    memoryTable(cases),
    '',
    '### Zoom: 40 wheel steps over the plot (20 in, 20 out), about 16 ms apart',
    '',
    'Intervals between `requestAnimationFrame` callbacks; long tasks as `PerformanceObserver` reports them (count, longest).',
    '',
    gestureTable(cases, (s) => s.zoom),
    '',
    '### Pan: a 300 px drag in 20 moves about 16 ms apart (after zooming in 10 wheel steps)',
    '',
    gestureTable(cases, (s) => s.pan),
    '',
    `### Search and filter: typing "${SEARCH_WORD}" one key every 100 ms; a category off and on again a second later`,
    '',
    'The app only (the vis-timeline page has neither). Frame intervals and long tasks from the first key or click until 0.6 s after the last.',
    '',
    interactionTable(cases),
    '',
    '### Build size',
    '',
    sizeTable(meta.sizes),
    '',
    '### Against the targets',
    '',
    ...targetChecks(cases, meta).map((l) => `- ${l}`),
    ...(noteLines.length > 0 ? ['', '### Notes', '', ...noteLines.map((l) => `- ${l}`)] : []),
  ].join('\n');
}

const BEGIN = '<!-- bench:begin: generated by `npm run bench`; everything up to bench:end is replaced on each run -->';
const END = '<!-- bench:end -->';

const DEFAULT_DOC = `# Performance

How article-timeline holds up with many events, measured against vis-timeline on the same data.

${BEGIN}
${END}
`;

/** Replaces the generated block of the document at `path`, creating the document if needed. */
export function writeDocs(path: string, block: string): void {
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : DEFAULT_DOC;
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  const body = `${BEGIN}\n\n${block}\n\n${END}`;
  const next = a >= 0 && b > a ? doc.slice(0, a) + body + doc.slice(b + END.length) : `${doc.trimEnd()}\n\n${body}\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, next);
}
