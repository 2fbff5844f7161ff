/**
 * What the benchmark times, shared by Node and the browser worker so both run the same code:
 * the time-expression stage alone, and the whole extraction pipeline. No Node or DOM APIs here.
 */
import { findDocumentDate } from '../../../src/extract/documentDate';
import { anchorOf, extractDraft } from '../../../src/extract/extract';
import { readSource } from '../../../src/extract/source';
import { findTimexes } from '../../../src/extract/timex/find';
import type { SourceDocument } from '../../../src/extract/types';

export type EngineName = 'findTimexes' | 'extractDraft';

/** The file name the texts are read under: plain text, as a pasted or uploaded .txt is. */
export const BENCH_FILE_NAME = 'bench.txt';

/** A text as the app reads a .txt file; throws with the reader's own message if it refuses it. */
export function benchDocument(text: string): SourceDocument {
  const read = readSource(new TextEncoder().encode(text), BENCH_FILE_NAME);
  if (!read.ok) throw new Error(read.message);
  return read.doc;
}

/**
 * A prepared run of one engine over one document, with `date` (`YYYY-MM-DD`) as the `--date`
 * flag when given. findTimexes gets the anchor extractDraft finds, so both time the same stage.
 */
export function prepareEngine(
  name: EngineName,
  doc: SourceDocument,
  date?: string,
): () => { outputs: number; payload: unknown } {
  if (name === 'findTimexes') {
    const anchor = anchorOf(findDocumentDate(doc, date));
    return () => {
      const timexes = findTimexes(doc.text, anchor);
      return { outputs: timexes.length, payload: timexes };
    };
  }
  return () => {
    const result = extractDraft(doc, { fileName: BENCH_FILE_NAME, ...(date ? { date } : {}) });
    // A refusal is fast and would time the wrong thing: stop rather than report it.
    if (!result.ok) throw new Error(`extractDraft refused the text: ${result.message}`);
    return { outputs: result.dataset.events.length, payload: result.dataset };
  };
}
