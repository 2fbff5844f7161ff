// npm run -s extract -- <file.txt|.md|.html> [--date YYYY-MM-DD] [--out draft.json] [--timexes]
// Drafts a timeline dataset from an article (or, with --timexes, lists its time expressions).
// Every failure is one line on stderr and a non-zero exit, never a stack trace.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseHTML } from 'linkedom';
import { describeIssue } from '../src/data/dataset';
import { parseDatasetText } from '../src/data/datasetText';
import { findDocumentDate, parseDateFlag } from '../src/extract/documentDate';
import type { CategoryProfile } from '../src/extract/categoryProfiles';
import { anchorOf, extractDraft } from '../src/extract/extract';
import { parseProfiles } from '../src/extract/profilesFile';
import { MAX_SOURCE_BYTES, readSource } from '../src/extract/source';
import { findTimexes } from '../src/extract/timex/find';

const USAGE =
  'usage: npm run -s extract -- <file.txt|.md|.html> [--date YYYY-MM-DD] [--out draft.json] [--profiles categories.json] [--timexes]';

class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

interface Args {
  file: string;
  date?: string;
  out?: string;
  profiles?: string;
  timexes: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  let date: string | undefined;
  let out: string | undefined;
  let profiles: string | undefined;
  let timexes = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string?]) : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`extract: ${flag} needs a value. ${USAGE}`, 2);
      return v;
    };
    if (flag === '--date') date = value();
    else if (flag === '--out') out = value();
    else if (flag === '--profiles') profiles = value();
    else if (flag === '--timexes' && inline === undefined) timexes = true;
    else if (arg === '--help' || arg === '-h') throw new CliError(USAGE, 0);
    else if (arg.startsWith('-') && arg !== '-') throw new CliError(`extract: unknown option "${arg}". ${USAGE}`, 2);
    else positional.push(arg);
  }
  if (positional.length !== 1)
    throw new CliError(`extract: ${positional.length ? 'give one file, not several' : 'no file given'}. ${USAGE}`, 2);
  return {
    file: positional[0]!,
    ...(date !== undefined ? { date } : {}),
    ...(out !== undefined ? { out } : {}),
    ...(profiles !== undefined ? { profiles } : {}),
    timexes,
  };
}

function readBytes(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new CliError(`extract: ${file} is a folder, not a file`);
    size = stat.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`extract: ${file} cannot be read (${code === 'ENOENT' ? 'no such file' : (code ?? String(e))})`);
  }
  // Past the cap, say so without reading 50 MB first: readSource words the message.
  if (size > MAX_SOURCE_BYTES) {
    const result = readSource(new Uint8Array(size), basename(file));
    throw new CliError(`extract: ${result.ok ? `${file} is too large` : result.message}`);
  }
  return readFileSync(file);
}

function main(argv: readonly string[]): void {
  const args = parseArgs(argv);
  if (args.date !== undefined) {
    const flag = parseDateFlag(args.date);
    if (!flag.ok) throw new CliError(`extract: ${flag.message}`, 2);
  }
  const bytes = readBytes(args.file);
  const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
  const read = readSource(bytes, basename(args.file), parseHtml);
  if (!read.ok) throw new CliError(`extract: ${read.message}`);
  const doc = read.doc;

  let output: string;
  if (args.timexes) {
    // Offsets into the file's text as read; for HTML, into the article text Readability gives.
    const whole = doc.format === 'html' ? doc.text : new TextDecoder('utf-8').decode(bytes);
    const anchor = anchorOf(findDocumentDate(doc, args.date));
    const found = findTimexes(whole, anchor).map(({ start, end, text, type, value }) => ({
      start,
      end,
      text,
      type,
      value,
    }));
    if (found.length === 0) console.error(`extract: no time expressions found in ${args.file}`);
    output = `${JSON.stringify(found, null, 1)}\n`;
  } else {
    let profiles: CategoryProfile[] | undefined;
    if (args.profiles) {
      let json: string;
      try {
        json = readFileSync(args.profiles, 'utf8');
      } catch (e) {
        throw new CliError(
          `extract: ${args.profiles} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
        );
      }
      const parsed = parseProfiles(json);
      if (!parsed.ok) throw new CliError(`extract: ${args.profiles}: ${parsed.message}`);
      profiles = parsed.profiles;
    }
    const result = extractDraft(doc, {
      ...(args.date ? { date: args.date } : {}),
      ...(profiles ? { profiles } : {}),
      fileName: basename(args.file),
    });
    if (!result.ok)
      throw new CliError(
        `extract: ${args.file}: ${result.message}${result.message.endsWith("the article's date") ? ' with --date YYYY-MM-DD' : ''}`,
      );
    output = `${JSON.stringify(result.dataset, null, 2)}\n`;
    // What is written must load: check it with the app's own rules.
    const check = parseDatasetText(output);
    if (!check.ok) throw new CliError(`extract: the draft failed its own check: ${describeIssue(check.issues[0]!)}`);
    const when = result.documentDate
      ? `document date ${result.documentDate.value}, from the ${result.documentDate.source} (${result.documentDate.evidence})`
      : 'no document date: relative dates left open';
    console.error(`extract: ${result.dataset.events.length} draft events from ${args.file}; ${when}`);
  }
  if (args.out) writeFileSync(args.out, output);
  else process.stdout.write(output);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (e instanceof CliError) {
    (e.code === 0 ? console.log : console.error)(e.message);
    process.exit(e.code);
  }
  console.error(`extract: unexpected error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
