import { convertTimelineCsv } from './csv';
import { convertTimelineJson, isTimelineJson } from './timelinejs';
import type { ImportResult } from './types';
import { convertVisItems, isVisItems } from './vis';
import { isRecord } from './build';

/**
 * Which timeline format a file is, by its content (the name only settles a zip archive, which
 * could be any Office file): TimelineJS3 JSON has events with start_date objects; vis-timeline
 * items are objects with start and content; a TimelineJS3 CSV's header has Year and Headline;
 * an .xlsx is a zip archive named .xlsx. The app's own dataset (source, and events with quotes)
 * is not a conversion: null, as for anything unrecognised, so the caller handles it as today.
 */

export type ImportFormat = 'timelinejs-json' | 'timelinejs-csv' | 'timelinejs-xlsx' | 'vis-items';

/** The app's own dataset: a source and events that carry quotes. */
function isOwnDataset(value: unknown): boolean {
  return (
    isRecord(value) &&
    isRecord(value.source) &&
    Array.isArray(value.events) &&
    value.events.some((e) => isRecord(e) && 'quote' in e)
  );
}

/** Whether the bytes start like a zip archive (PK\x03\x04), as every .xlsx does. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The file's name without folders or extension, as a title when the file gives none. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim() || 'Imported timeline';
}

interface Detected {
  readonly format: ImportFormat;
  readonly convert: () => ImportResult | Promise<ImportResult>;
}

/** What the file is and how to convert it, or null when it is none of the import formats. */
export function detectFormat(fileName: string, bytes: Uint8Array): Detected | null {
  const title = titleFromFileName(fileName);
  if (looksLikeZip(bytes)) {
    if (!/\.xlsx$/i.test(fileName)) return null;
    return {
      format: 'timelinejs-xlsx',
      convert: async () => (await import('./xlsx')).convertTimelineXlsx(bytes, title),
    };
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    // A cheap look before parsing: a large dataset of the app's own is not parsed twice for nothing.
    if (!/"start_date"\s*:|"start"\s*:/.test(text)) return null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return null;
    }
    if (isOwnDataset(value)) return null;
    if (isTimelineJson(value)) return { format: 'timelinejs-json', convert: () => convertTimelineJson(value, title) };
    if (isVisItems(value)) return { format: 'vis-items', convert: () => convertVisItems(value, title) };
    return null;
  }
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n|$/))).toLowerCase();
  if (/(^|,)\s*"?year"?\s*(,|$)/.test(firstLine) && /(^|,)\s*"?headline"?\s*(,|$)/.test(firstLine)) {
    return { format: 'timelinejs-csv', convert: () => convertTimelineCsv(text, title) };
  }
  return null;
}

/**
 * Converts a file in one of the import formats, or resolves to null when it is none of them (the
 * caller then treats it as a dataset of the app's own, with today's messages). Asynchronous only
 * because a workbook's reader is loaded on demand; every other format converts at once.
 */
export async function detectAndConvert(fileName: string, bytes: Uint8Array): Promise<ImportResult | null> {
  const detected = detectFormat(fileName, bytes);
  return detected ? await detected.convert() : null;
}
