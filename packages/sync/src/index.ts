/**
 * @credit-bridge/sync — the sync engine's durable core.
 *
 * Read this file as the table of contents: each group re-exports one area's public surface.
 */

// Dedupe: canonical content hashes (SM3) and in-run duplicate detection
export { canonicalJson } from './dedupe/canonical-json.js';
export {
  createDuplicateDetector,
  type DuplicateDetector,
  type DuplicateVerdict,
} from './dedupe/create-duplicate-detector.js';
export { contentHash, type DedupeKey, dedupeKey, formatDedupeKey } from './dedupe/dedupe-key.js';
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

// State: checkpoints, the delivery ledger, dead letters and run history behind one interface
export { createMemoryStateStore } from './state/create-memory-state-store.js';
export { createSqliteStateStore, type SqliteStateStoreOptions } from './state/create-sqlite-state-store.js';
export type { StateErrorCode } from './state/internal/state-error.js';
export type {
  Checkpoint,
  CheckpointPosition,
  CheckpointUpdate,
  CommitResult,
  DeadLetterInput,
  DeliveryKey,
  DeliveryRecord,
  DeliveryStatus,
  DeliveryUpdate,
  JsonObject,
  JsonValue,
  ListDeadLettersOptions,
  ListDeliveriesOptions,
  RecordKey,
  RunFinish,
  RunRecord,
  RunStart,
  RunStatus,
  StateChanges,
  StateStore,
  StoredDeadLetter,
} from './state/state-store.js';
