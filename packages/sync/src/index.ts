/**
 * @credit-bridge/sync — the sync engine's durable core.
 *
 * Read this file as the table of contents: each group re-exports one area's public surface.
 */

// Dead letters: one masked JSONL line per rejected row
export {
  createDeadLetterWriter,
  type DeadLetterWriter,
  type DeadLetterWriterOptions,
} from './dead-letter/create-dead-letter-writer.js';
export type { DeadLetter, DeadLetterIssue } from './dead-letter/dead-letter.js';
export { readDeadLetters } from './dead-letter/read-dead-letters.js';
export { type ToDeadLetterInput, toDeadLetter } from './dead-letter/to-dead-letter.js';
// Dedupe: canonical content hashes (SM3) and in-run duplicate detection
export { canonicalJson } from './dedupe/canonical-json.js';
export {
  createDuplicateDetector,
  type DuplicateDetector,
  type DuplicateVerdict,
} from './dedupe/create-duplicate-detector.js';
export { contentHash, type DedupeKey, dedupeKey, formatDedupeKey } from './dedupe/dedupe-key.js';
// Delivery: batches within count and byte limits, per-platform concurrency and rate, checkpoints over settled prefixes, ledger verdicts
export {
  type Batcher,
  type BatchLimits,
  createBatcher,
  splitIntoBatches,
} from './delivery/create-batcher.js';
export { type CheckpointTracker, createCheckpointTracker } from './delivery/create-checkpoint-tracker.js';
export { type ConcurrencyGate, createConcurrencyGate } from './delivery/create-concurrency-gate.js';
export {
  createTokenBucket,
  type Sleep,
  type TokenBucket,
  type TokenBucketOptions,
} from './delivery/create-token-bucket.js';
export {
  type DeliveryVerdict,
  type EarlierRow,
  judgeAgainstEarlier,
  judgeDelivery,
} from './delivery/judge-delivery.js';
// Mapping: source columns → canonical fields, declaratively, with transforms; validation through core
export {
  autoMapHeaders,
  type HeaderMapping,
  type HeaderMatch,
  type UnmappedHeader,
} from './mapping/auto-map-headers.js';
export { createRowMapper, type MapResult, type RowMapper } from './mapping/create-row-mapper.js';
export { mapRow } from './mapping/map-row.js';
export type { ColumnMapping, ColumnTransform, MappingPreset, MappingSpec } from './mapping/mapping-spec.js';
export { validateMapped } from './mapping/validate-mapped.js';
// Mirror: the blacklist answered in-process from a local copy of the change feed, with a stale policy
export type {
  BlacklistMirror,
  BlacklistMirrorOptions,
  MirrorAnswer,
  MirrorClient,
  MirrorLoadResult,
  MirrorRefreshResult,
  MirrorStats,
} from './mirror/blacklist-mirror.js';
export { createBlacklistMirror } from './mirror/create-blacklist-mirror.js';
export { createMemoryMirrorStore } from './mirror/create-memory-mirror-store.js';
export {
  createSqliteMirrorStore,
  type SqliteMirrorStoreOptions,
} from './mirror/create-sqlite-mirror-store.js';
export type { MirrorErrorCode } from './mirror/mirror-error-code.js';
export {
  type MirrorPolicy,
  type ResolvedMirrorPolicy,
  resolveMirrorPolicy,
  type StalePolicy,
} from './mirror/mirror-policy.js';
export type {
  ListMirrorRecordsOptions,
  MirrorChanges,
  MirrorRecord,
  MirrorRemoval,
  MirrorStore,
  MirrorStoreState,
  MirrorSubjectKind,
} from './mirror/mirror-store.js';
// Plan: a dry run per stream — would send, skip as unchanged, reject
export { type PlanDeps, planSync, type SinkPlan, type StreamPlan, type SyncPlan } from './plan/plan-sync.js';
// Reconcile: the delivery ledger against the platform's change feeds and read-back samples
export { reconcile } from './reconcile/reconcile.js';
export type { ReconcileClient, ReconcileOptions } from './reconcile/reconcile-options.js';
export {
  RECONCILE_DIFFERENCE_KINDS,
  type ReconcileCoverage,
  type ReconcileDifference,
  type ReconcileDifferenceKind,
  type ReconciledRecordType,
  type ReconcileReadBackError,
  type ReconcileReport,
} from './reconcile/reconcile-report.js';
// Report: a run's JSON report (counts per stream and sink, rejects by rule, durations, throughput, retries)
export { buildRunReport, type RunReportInput } from './report/build-run-report.js';
export type { RunReport, SinkCounts, SinkReport, StreamReport, StreamStatus } from './report/run-report.js';
export { writeRunReport } from './report/write-run-report.js';
// Runner: read → map → validate → dedupe → batch → deliver → ledger and checkpoint, per stream and sink
export { runSync } from './runner/run-sync.js';
export {
  parseSyncConfig,
  type SinkConfig,
  type SourceConfig,
  type StreamConfig,
  type SyncConfig,
  syncConfigSchema,
} from './runner/sync-config.js';
export {
  customSourceConfigSchema,
  deadLettersConfigSchema,
  deliveryConfigSchema,
  exchangeConnectionShape,
  fileSourceConfigSchemas,
  mappingConfigSchema,
  platformConnectionShape,
  sinkConfigSchema,
  streamConfigSchema,
  transformConfigSchema,
} from './runner/sync-config-parts.js';
export type { CustomSource, SinkRequest, SyncClients, SyncDeps, SyncSecrets } from './runner/sync-deps.js';
export type { SinkProgress, SyncBatchEvent, SyncProgress } from './runner/sync-events.js';
// Sinks: where batches go (the credit platform per record type, the exchange platform per resource)
export {
  type CreditPlatformSinkOptions,
  createCreditPlatformSink,
} from './sinks/create-credit-platform-sink.js';
export { createExchangeSink, type ExchangeSinkOptions } from './sinks/create-exchange-sink.js';
export type { Sink, SinkDelivery, SinkFailure, SinkIssue, SinkOutcome, SinkPlatform } from './sinks/sink.js';
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
export type { StateErrorCode } from './state/state-error-code.js';
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
