// npm run eval:extract [-- --write]: scores the extraction engine the way the field does, beside
// HeidelTime's output and chrono-node used as it is, on the TempEval-3 training corpus in
// ../shared (read only); and scores the drafts of the seed article against data/events.json.
// With --write, the tables replace the measured section of docs/extraction.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { findTimexes } from '../../src/extract/timex/find';
import { chronoExpressions } from './chronoBaseline';
import { readCorpus, readHeidelTime, type CorpusDocument } from './corpus';
import { emptyTally, measures, scoreDocument, type Expression, type Tally } from './score';
import { evaluateSeed } from './seed';

type System = (doc: CorpusDocument) => Expression[];

const SYSTEMS: Record<string, System> = {
  'article-timeline': (d) => {
    const [year, month, day] = d.dct.split('-').map(Number) as [number, number, number];
    return findTimexes(d.text, { year, month, day });
  },
  'HeidelTime 1.7 (its output, read)': (d) => readHeidelTime(d.doc),
  'chrono-node 2.10.3 as it is': (d) => chronoExpressions(d.text, d.dct),
};

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const f3 = (x: number) => x.toFixed(3);

function corpusTable(): string {
  const docs = readCorpus();
  const rows: string[] = [];
  for (const [name, system] of Object.entries(SYSTEMS)) {
    const tallies: Record<string, Tally> = { all: emptyTally() };
    const started = performance.now();
    for (const d of docs) {
      const predicted = system(d);
      scoreDocument(tallies.all!, d.timexes, predicted);
      const sub = (d as CorpusDocument & { subcorpus?: string }).subcorpus ?? 'other';
      scoreDocument((tallies[sub] ??= emptyTally()), d.timexes, predicted);
    }
    const ms = performance.now() - started;
    const m = measures(tallies.all!);
    const by = Object.entries(tallies)
      .filter(([k]) => k !== 'all')
      .map(([k, t]) => `${k} ${f3(measures(t).f1)} / ${pct(measures(t).exact)}`)
      .join('; ');
    rows.push(
      `| ${name} | ${f3(m.precision)} | ${f3(m.recall)} | **${f3(m.f1)}** | **${pct(m.exact)}** (${tallies.all!.exactRight}/${tallies.all!.exactGold}) | ${by} | ${name === 'article-timeline' ? `${Math.round(ms)} ms` : '–'} |`,
    );
  }
  return [
    `${docs.length} documents; ${emptyTallyCount(docs)} gold DATE and TIME expressions.`,
    '',
    '| system | span P | span R | span F1 | exact value | F1 / exact by subcorpus | time (all 256) |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function emptyTallyCount(docs: readonly CorpusDocument[]): number {
  return docs.reduce((n, d) => n + d.timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME').length, 0);
}

function seedTable(): string {
  const rows = [undefined, '2025-12-31'].map((date) => {
    const r = evaluateSeed(date);
    const docDate = r.documentDate ? `${r.documentDate.value} (${r.documentDate.source})` : 'none';
    return {
      line: `| ${date ? `\`--date ${date}\`` : 'no `--date`'} | ${docDate} | **${r.matched} of ${r.gold}** | ${r.drafts} | ${r.extra.length} | ${r.tooPrecise.length} |`,
      detail: [
        ...r.missed.map((g) => `  - missed: ${g.id} (${g.date})`),
        ...r.extra.map((e) => `  - extra: "${e.title}" (${e.date}, ${e.dateSource})`),
        ...r.tooPrecise.map((e) => `  - too precise: "${e.title}" (${e.date} from "${e.dateText ?? ''}")`),
      ],
      date,
    };
  });
  return [
    '| run | document date | events matched | drafts | extra drafts | too precise |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => r.line),
    '',
    ...rows.flatMap((r) => [
      `- ${r.date ? `With \`--date ${r.date}\`` : 'Without `--date`'}:`,
      ...(r.detail.length ? r.detail : ['  - nothing missed, extra or too precise']),
    ]),
  ].join('\n');
}

const report = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run eval:extract\`.`,
  '',
  '### Annotated news (TempEval-3 training data, ../shared/corpora/tbaq)',
  '',
  corpusTable(),
  '',
  '### The seed article against data/events.json',
  '',
  seedTable(),
].join('\n');

console.log(report);
if (process.argv.includes('--write')) {
  const path = new URL('../../docs/extraction.md', import.meta.url);
  const doc = readFileSync(path, 'utf8');
  const start = '<!-- measured:start -->';
  const end = '<!-- measured:end -->';
  const [before, rest] = doc.split(start);
  const after = rest?.split(end)[1];
  if (before === undefined || after === undefined)
    throw new Error(`docs/extraction.md has no ${start} … ${end} section`);
  writeFileSync(
    path,
    await format(`${before}${start}\n${report}\n${end}${after}`, { parser: 'markdown', proseWrap: 'preserve' }),
  );
  console.error('wrote docs/extraction.md');
}
