import type { RecordType } from '@credit-bridge/core';
import type { SinkFailure, SinkPlatform } from '../sinks/sink.js';
import type { CheckpointPosition, RunStatus } from '../state/state-store.js';

/** What became of a stream's records at one sink. */
export interface SinkCounts {
  /** Records handed to the platform, resends after a failure included. */
  sent: number;
  /** Stored by the platform. */
  accepted: number;
  /** Already held by the platform (a resend after a crash): delivered all the same. */
  duplicate: number;
  /** Dead-lettered at this sink: refused by the platform, or locally (version conflicts, too large). */
  rejected: number;
  /** Of `rejected`: the same id and version accepted before with other content. */
  conflicts: number;
  /** Skipped: the ledger already holds a verdict on this id, version and content. */
  unchanged: number;
  /** Skipped: a higher version was accepted before. */
  stale: number;
  /** Left for the next run: the sink failed (or the run stopped) before they were settled. */
  deferred: number;
  /** Deliveries made (requests of whole batches), resends included. */
  batches: number;
  /** Batches sent again by the runner after a failed delivery. */
  batchRetries: number;
  /** Requests repeated inside the transport (from the clients' retry events or reported attempts). */
  requestRetries: number;
}

/** One sink of a stream in a report. */
export interface SinkReport extends SinkCounts {
  readonly sink: string;
  readonly platform: SinkPlatform;
  /** The stream's checkpoint at this sink after the run. */
  readonly checkpoint?: CheckpointPosition;
  /** Why the sink stopped before the end of the stream. */
  readonly failure?: SinkFailure;
}

/** How a stream ended: every record settled, some left for the next run, none read, or stopped. */
export type StreamStatus = 'succeeded' | 'partial' | 'failed' | 'aborted';

/** One stream in a report. */
export interface StreamReport {
  readonly stream: string;
  readonly recordType: RecordType;
  /** The source's label (file name). */
  readonly source: string;
  readonly status: StreamStatus;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  /** Rows read and judged in this run. */
  readonly read: number;
  /** Rows skipped because every sink's checkpoint was past them. */
  readonly resumed: number;
  readonly valid: number;
  /** Rows dead-lettered before delivery (unreadable, unmappable, invalid). */
  readonly invalid: number;
  /** Dead-lettered records per rule (`E_USCC_CHECKSUM`, `E_STALE_VERSION`, …), before and at the sinks. */
  readonly rejectsByRule: Readonly<Record<string, number>>;
  /** Rows read per second. */
  readonly recordsPerSecond: number;
  /** The file changed since the checkpoints were written, so it was read from its start. */
  readonly restarted: boolean;
  readonly sinks: readonly SinkReport[];
  readonly error?: { readonly code: string; readonly message: string };
}

/** The JSON report of a run: per stream and in total, with durations, throughput and retries. */
export interface RunReport {
  readonly runId: string;
  readonly status: Exclude<RunStatus, 'running'>;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  readonly totals: {
    readonly read: number;
    readonly resumed: number;
    readonly valid: number;
    readonly invalid: number;
    readonly sent: number;
    readonly accepted: number;
    readonly duplicate: number;
    readonly rejected: number;
    readonly unchanged: number;
    readonly deferred: number;
  };
  readonly rejectsByRule: Readonly<Record<string, number>>;
  readonly retries: { readonly requests: number; readonly batches: number };
  /** Rows read per second over the whole run. */
  readonly recordsPerSecond: number;
  readonly streams: readonly StreamReport[];
  /** The dead-letter JSONL file and how many lines this run wrote to it. */
  readonly deadLetters?: { readonly path: string; readonly written: number };
  /** Runs found `running` at start-up (a crashed process), now marked `aborted`. */
  readonly recoveredRuns: readonly string[];
}

/** Zeroed {@link SinkCounts}. */
export function emptySinkCounts(): SinkCounts {
  return {
    sent: 0,
    accepted: 0,
    duplicate: 0,
    rejected: 0,
    conflicts: 0,
    unchanged: 0,
    stale: 0,
    deferred: 0,
    batches: 0,
    batchRetries: 0,
    requestRetries: 0,
  };
}
