/**
 * npm run bench:extract: times the extraction engine (src/extract/) on a ~1,000-word article and
 * on 10 KB, 100 KB and 1 MB of news text, in Node and in a module worker in headless Chromium,
 * and prints a Markdown table. The texts are built at run time from ../shared; nothing is written
 * to the repository (the page is built under the system's temp dir).
 *
 *   npm run bench:extract                  # Node and worker, 11 runs (5 at 1 MB)
 *   npm run bench:extract -- --quick       # 5 runs (3 at 1 MB)
 *   npm run bench:extract -- --node-only   # no browser
 */
import { cpus, loadavg, type as osType, release } from 'node:os';
import { parseArgs } from 'node:util';
import { benchTexts } from './inputs';
import { timeInNode } from './inNode';
import { timeInWorker } from './inWorker';
import { planFor } from './plan';
import { markdown, type Row } from './report';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, 'node-only': { type: 'boolean', default: false } },
  strict: true,
});
const quick = values.quick;

const log = (line: string) => process.stderr.write(`${line}\n`);
// Other work on the machine shows up in the figures; the load beside them says how much there was.
const loadAtStart = loadavg()[0]!;
const texts = benchTexts();
const plans = texts.map((t) => planFor(t.bytes, quick));

const rows: Row[] = [];
for (const [i, text] of texts.entries()) {
  const plan = plans[i]!;
  log(`node: ${text.label} (${text.bytes.toLocaleString('en')} bytes, ${plan.runs} runs)`);
  rows.push({
    text,
    runs: plan.runs,
    findTimexes: await timeInNode('findTimexes', text, plan),
    extractDraft: await timeInNode('extractDraft', text, plan),
  });
}

let chromium = '';
if (!values['node-only']) {
  log('worker: building the page and starting Chromium');
  const cases = texts.map((t, i) => ({ key: t.label, text: t, plan: plans[i]! }));
  const { timings, chromiumVersion } = await timeInWorker('extractDraft', cases);
  chromium = `, Chromium ${chromiumVersion}`;
  timings.forEach((w, i) => {
    const row = rows[i]!;
    if (w.outputs !== row.extractDraft.outputs)
      log(`warning: ${row.text.label}: ${w.outputs} events in the worker, ${row.extractDraft.outputs} in Node`);
    rows[i] = { ...row, worker: { engine: w.engine, roundTrip: w.roundTrip } };
  });
}

const cpu = cpus();
const args = process.argv.slice(2);
console.log(
  markdown(rows, {
    date: new Date().toISOString().slice(0, 10),
    machine:
      `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${osType()} ${release()}; ` +
      `load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`,
    runtime: `Node ${process.version}${chromium}`,
    command: `npm run bench:extract${args.length ? ` -- ${args.join(' ')}` : ''}`,
  }),
);
