/**
 * Importing other timeline formats into the app's dataset: TimelineJS3 JSON, its spreadsheet
 * template (CSV or Excel workbook) and vis-timeline items. Pure converters, one file per format;
 * detect.ts tells them apart. The workbook reader loads only when a workbook arrives.
 */
export { detectAndConvert, detectFormat, looksLikeZip, titleFromFileName, type ImportFormat } from './detect';
export { convertTimelineJson, TIMELINEJS_JSON } from './timelinejs';
export { convertTimelineCsv, TIMELINEJS_CSV } from './csv';
export { convertVisItems, VIS_ITEMS } from './vis';
export { htmlToText } from './html';
export { summaryLine, type ImportedDataset, type ImportedEvent, type ImportedLink, type ImportResult } from './types';
