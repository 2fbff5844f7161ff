// npm run validate -- <file> [<file>...]: checks datasets with the app's own rules, printing every
// problem (what and where) and exiting non-zero if any file has one.
import { readFileSync } from 'node:fs';
import { describeIssue } from '../src/data/dataset';
import { parseDatasetText } from '../src/data/datasetText';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- <dataset.json> [...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    failed = true;
    continue;
  }
  const result = parseDatasetText(text);
  if (result.ok) {
    const { events, categories } = result.dataset;
    console.log(`${file}: OK, ${events.length} events in ${categories.length} categories`);
  } else {
    failed = true;
    console.error(`${file}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
    for (const issue of result.issues) console.error(`  ${describeIssue(issue)}`);
  }
}
process.exit(failed ? 1 : 0);
