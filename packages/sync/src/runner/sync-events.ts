import type { RecordType } from '@credit-bridge/core';

/** One sink's progress within a stream. */
export interface SinkProgress {
  readonly sink: string;
  readonly sent: number;
  /** Delivered: accepted, or already held by the platform. */
  readonly accepted: number;
  readonly rejected: number;
  readonly unchanged: number;
  readonly deferred: number;
  /** The checkpoint committed so far. */
  readonly checkpoint: number | string | undefined;
}

/**
 * A stream's progress, for whoever drives the run (a CLI's progress line, a log): rows read, valid and
 * rejected, records sent to and accepted by the sinks (summed over them, and per sink), and rows read per
 * second. Emitted at most every `delivery.progressIntervalMs`, and once with `phase: 'done'`.
 */
export interface SyncProgress {
  readonly stream: string;
  readonly recordType: RecordType;
  readonly phase: 'running' | 'done';
  readonly elapsedMs: number;
  readonly read: number;
  readonly valid: number;
  /** Dead-lettered: rows before delivery and records the sinks refused. */
  readonly rejected: number;
  readonly sent: number;
  readonly accepted: number;
  /** Rows read per second since the stream started. */
  readonly ratePerSecond: number;
  readonly sinks: readonly SinkProgress[];
}

/**
 * A batch at a sink: `delivered` when the platform answered (before anything is committed: a crash here
 * is the case idempotency keys exist for), `committed` when its ledger entries were committed.
 */
export interface SyncBatchEvent {
  readonly stream: string;
  readonly sink: string;
  /** The batch's number at this sink in this stream, from 1. */
  readonly batch: number;
  readonly phase: 'delivered' | 'committed';
  /** On `delivered`: the attempt (1 for the first), records sent and records that failed. */
  readonly attempt?: number;
  readonly records?: number;
  readonly failed?: number;
}
