import type { RecordType } from '@credit-bridge/core';
import type { ConcurrencyGate } from '../../delivery/create-concurrency-gate.js';
import type { Sleep, TokenBucket } from '../../delivery/create-token-bucket.js';
import type { Sink } from '../../sinks/sink.js';
import type { CheckpointPosition } from '../../state/state-store.js';
import type { StreamItem } from './stream-item.js';

/** One platform's limits, shared by every sink that talks to it. */
export interface PlatformLimiter {
  readonly gate: ConcurrencyGate;
  readonly bucket: TokenBucket | undefined;
}

/** A batch event as a lane reports it (the stream adds its name). */
export interface LaneBatchEvent {
  readonly sink: string;
  readonly batch: number;
  readonly attempt: number;
  readonly records: number;
  readonly failed: number;
  readonly phase: 'delivered' | 'committed';
}

/** Everything a sink lane needs from its stream and run. */
export interface LaneContext {
  readonly sink: Sink;
  readonly recordType: RecordType;
  readonly checkpointId: string;
  /** Rows up to here are settled at this sink (from the checkpoint, when its fingerprint matches). */
  readonly start: number | undefined;
  /** The checkpoint as stored, whatever its fingerprint: what a compare-and-set expects. */
  readonly stored: CheckpointPosition | undefined;
  readonly fingerprint: string | undefined;
  readonly runId: string;
  /** ISO timestamp. */
  now(): string;
  readonly signal: AbortSignal;
  readonly sleep: Sleep;
  readonly limiter: PlatformLimiter;
  readonly maxBatchAttempts: number;
  /** The wait before a failed batch's next attempt. */
  retryDelay(attempt: number): number;
  onItemDone(item: StreamItem): void;
  onRejectRule(rule: string): void;
  /** Something was settled: a commit should follow. */
  onChange(): void;
  onBatch(event: LaneBatchEvent): void;
}
