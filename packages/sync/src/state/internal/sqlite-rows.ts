import type { RecordType } from '@credit-bridge/core';
import type { DeadLetterIssue } from '../../dead-letter/dead-letter.js';
import type {
  Checkpoint,
  CheckpointPosition,
  DeliveryRecord,
  DeliveryStatus,
  JsonObject,
  RunRecord,
  RunStatus,
  StoredDeadLetter,
} from '../state-store.js';

/** A `checkpoints` row. */
export interface CheckpointRow {
  stream: string;
  position: string;
  fingerprint: string | null;
  run_id: string | null;
  updated_at: string;
}

/** A `deliveries` row. */
export interface DeliveryRow {
  record_type: string;
  record_id: string;
  version: number;
  content_hash: string;
  sink: string;
  status: string;
  receipt: string | null;
  run_id: string | null;
  attempts: number;
  first_at: string;
  updated_at: string;
}

/** A `dead_letters` row. */
export interface DeadLetterRow {
  id: number;
  run_id: string | null;
  source: string;
  row_number: number;
  record_type: string;
  record_id: string | null;
  issues: string;
  at: string;
  resolved_at: string | null;
}

/** A `runs` row. */
export interface RunRow {
  run_id: string;
  started_at: string;
  finished_at: string | null;
  status: string;
  counts: string;
  details: string | null;
}

/** A checkpoint from its row (positions are stored as JSON so numbers and text stay apart). */
export function checkpointFromRow(row: CheckpointRow): Checkpoint {
  return {
    stream: row.stream,
    position: JSON.parse(row.position) as CheckpointPosition,
    updatedAt: row.updated_at,
    ...(row.fingerprint === null ? {} : { fingerprint: row.fingerprint }),
    ...(row.run_id === null ? {} : { runId: row.run_id }),
  };
}

/** A ledger entry from its row. */
export function deliveryFromRow(row: DeliveryRow): DeliveryRecord {
  return {
    recordType: row.record_type as RecordType,
    recordId: row.record_id,
    version: row.version,
    contentHash: row.content_hash,
    sink: row.sink,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    firstAt: row.first_at,
    updatedAt: row.updated_at,
    ...(row.receipt === null ? {} : { receipt: JSON.parse(row.receipt) as JsonObject }),
    ...(row.run_id === null ? {} : { runId: row.run_id }),
  };
}

/** A dead letter from its row. */
export function deadLetterFromRow(row: DeadLetterRow): StoredDeadLetter {
  return {
    id: row.id,
    source: row.source,
    rowNumber: row.row_number,
    recordType: row.record_type as RecordType,
    issues: JSON.parse(row.issues) as DeadLetterIssue[],
    at: row.at,
    ...(row.record_id === null ? {} : { recordId: row.record_id }),
    ...(row.run_id === null ? {} : { runId: row.run_id }),
    ...(row.resolved_at === null ? {} : { resolvedAt: row.resolved_at }),
  };
}

/** A run from its row. */
export function runFromRow(row: RunRow): RunRecord {
  return {
    runId: row.run_id,
    startedAt: row.started_at,
    status: row.status as RunStatus,
    counts: JSON.parse(row.counts) as Record<string, number>,
    ...(row.finished_at === null ? {} : { finishedAt: row.finished_at }),
    ...(row.details === null ? {} : { details: JSON.parse(row.details) as JsonObject }),
  };
}

/** A run as row parameters. */
export function runToRow(run: RunRecord): RunRow {
  return {
    run_id: run.runId,
    started_at: run.startedAt,
    finished_at: run.finishedAt ?? null,
    status: run.status,
    counts: JSON.stringify(run.counts),
    details: run.details === undefined ? null : JSON.stringify(run.details),
  };
}
