// npm run convert -- <file> [--out events.json]: converts a TimelineJS3 JSON timeline, a
// TimelineJS3 spreadsheet (CSV or .xlsx) or vis-timeline items into a dataset. The summary line
// and every notice go to stderr; the dataset JSON to stdout, or to --out. The dataset is checked
// with the app's own parser first. Any failure is one line on stderr and a non-zero exit.
import { readFileSync, writeFileSync } from 'node:fs';
import { describeIssue, parseDataset } from '../src/data/dataset';
import { detectAndConvert } from '../src/import/detect';
import { summaryLine } from '../src/import/types';

const USAGE = 'usage: npm run convert -- <timeline.json|.csv|.xlsx> [--out events.json]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let out: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out') {
      out = args[++i] ?? fail(`--out needs a file name. ${USAGE}`, 2);
    } else if (arg === '--help' || arg === '-h') {
      console.error(USAGE);
      return;
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}. ${USAGE}`, 2);
    else files.push(arg);
  }
  if (files.length !== 1) fail(USAGE, 2);
  const file = files[0]!;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    fail(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const result = await detectAndConvert(file, bytes);
  if (result === null)
    fail(
      `${file}: not a TimelineJS3 JSON timeline, TimelineJS3 spreadsheet (CSV or .xlsx) or vis-timeline item list` +
        ' (a dataset of this app needs no conversion: check it with npm run validate)',
    );
  if (!result.ok) {
    console.error(`${file}: ${result.message}`);
    for (const notice of result.notices ?? []) console.error(`  ${notice}`);
    process.exit(1);
  }
  const checked = parseDataset(result.dataset);
  if (!checked.ok)
    fail(`${file}: the converted dataset is not valid: ${checked.issues.slice(0, 3).map(describeIssue).join('; ')}`);
  console.error(`${file}: ${summaryLine(result)}`);
  for (const notice of result.notices) console.error(`  ${notice}`);
  const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
  if (out === null) process.stdout.write(json);
  else {
    try {
      writeFileSync(out, json);
    } catch (e) {
      fail(`${out}: cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    console.error(`wrote ${out}`);
  }
}

main().catch((e: unknown) => fail(`convert failed: ${e instanceof Error ? e.message : String(e)}`));
