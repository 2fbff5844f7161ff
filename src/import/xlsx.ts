import type { Cell } from './sheet';
import { convertTimelineRows } from './sheet';
import type { ImportResult } from './types';

/**
 * TimelineJS3's spreadsheet template as an Excel workbook: its first sheet, read by
 * read-excel-file's universal build (fflate and a SAX parser; runs the same in Node and the
 * browser). That reader is about 18 kB gzip, so it is imported here, at the moment a workbook
 * arrives, and never loads otherwise. (The `xlsx` package on the npm registry is an old release
 * with published prototype-pollution and ReDoS advisories; it is not used.)
 */

export const TIMELINEJS_XLSX = 'TimelineJS3 spreadsheet (Excel workbook)';

/** Converts a TimelineJS3 workbook; resolves to a failure (never rejects) when it cannot be read. */
export async function convertTimelineXlsx(
  bytes: Uint8Array,
  fallbackTitle = 'Imported timeline',
): Promise<ImportResult> {
  let rows: Cell[][];
  try {
    const { readSheet } = await import('read-excel-file/universal');
    // A copy of just these bytes: a Node Buffer may be a view into a larger shared pool.
    const copy = new Uint8Array(bytes).buffer;
    rows = (await readSheet(copy, 1)) as unknown as Cell[][];
  } catch (e) {
    const why = e instanceof Error && e.message ? e.message : 'unreadable';
    return { ok: false, message: `This Excel workbook cannot be read (${why.slice(0, 200)}).` };
  }
  return convertTimelineRows(rows, TIMELINEJS_XLSX, fallbackTitle);
}
