/**
 * @credit-bridge/sync — the sync engine's durable core.
 *
 * Read this file as the table of contents: each group re-exports one area's public surface.
 */

// Sources: every input as a stream of text rows (CSV in any Chinese encoding, XLSX, JSONL, database rows)
export {
  DETECTION_WINDOW_BYTES,
  type DetectedEncoding,
  detectEncoding,
  type TextEncodingOption,
} from './sources/detect-encoding.js';
export { type FromIterableOptions, fromIterable, type RowObjects } from './sources/from-iterable.js';
export { fromRows } from './sources/from-rows.js';
export { type ReadCsvOptions, readCsv } from './sources/read-csv.js';
export { type ReadJsonlOptions, readJsonl } from './sources/read-jsonl.js';
export { type ReadXlsxOptions, readXlsx } from './sources/read-xlsx.js';
export type { Source, SourceRow, SourceRowError, SourceRowErrorCode } from './sources/source-row.js';
