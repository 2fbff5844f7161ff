import { parseDataset, parseDatasetUnchecked, readJson, type DatasetResult, type UncheckedResult } from './dataset';
import { jsonSyntaxProblem } from './jsonSyntax';

/**
 * A dataset file's text parsed and validated in one call, a JSON syntax error located. For the
 * worker, the command line and the tests; the page's own first load reads JSON with readJson and
 * loads jsonSyntax.ts only for a text that is not JSON (parseInBackground.ts), keeping the
 * scanner out of the JavaScript every visit loads.
 */

/** Parses and validates the text of a dataset file. */
export function parseDatasetText(text: string): DatasetResult {
  const read = readJson(text);
  return read.ok ? parseDataset(read.json) : jsonSyntaxProblem(read.body);
}

/** parseDatasetUnchecked for the text of a dataset file. */
export function parseDatasetTextUnchecked(text: string): UncheckedResult {
  const read = readJson(text);
  return read.ok ? parseDatasetUnchecked(read.json) : jsonSyntaxProblem(read.body);
}
