import { isCreditBridgeError, toShanghaiTimestamp } from '@credit-bridge/core';
import type { StreamReport, StreamStatus } from '../../report/run-report.js';
import type { StreamConfig } from '../sync-config.js';
import type { SyncProgress } from '../sync-events.js';
import type { SinkLane } from './sink-lane.js';

/** What a stream has counted so far, for its progress events and its report. */
export interface StreamTally {
  readonly config: StreamConfig;
  readonly source: string;
  readonly startedMs: number;
  readonly counts: { read: number; resumed: number; valid: number; invalid: number };
  readonly rules: ReadonlyMap<string, number>;
  readonly lanes: readonly SinkLane[];
  readonly restarted: boolean;
}

/**
 * A progress event of a stream at `at` (epoch ms): rows read, valid and rejected, records sent and
 * accepted summed over its sinks and per sink, and rows read per second.
 *
 * @example
 * onProgress(progressOf(tally, clock(), 'running'));
 */
export function progressOf(tally: StreamTally, at: number, phase: SyncProgress['phase']): SyncProgress {
  const { counts } = tally;
  const elapsedMs = Math.max(0, at - tally.startedMs);
  const sinks = tally.lanes.map((lane) => ({
    sink: lane.sink.id,
    sent: lane.counts.sent,
    accepted: lane.counts.accepted + lane.counts.duplicate,
    rejected: lane.counts.rejected,
    unchanged: lane.counts.unchanged,
    deferred: lane.counts.deferred,
    checkpoint: lane.checkpoint,
  }));
  const sum = (pick: (sink: (typeof sinks)[number]) => number) =>
    sinks.reduce((total, sink) => total + pick(sink), 0);
  return {
    stream: tally.config.name,
    recordType: tally.config.recordType,
    phase,
    elapsedMs,
    read: counts.read,
    valid: counts.valid,
    rejected: counts.invalid + sum((sink) => sink.rejected),
    sent: sum((sink) => sink.sent),
    accepted: sum((sink) => sink.accepted),
    ratePerSecond: elapsedMs === 0 ? 0 : Math.round((counts.read * 1000) / elapsedMs),
    sinks,
  };
}

/**
 * A stream's report at `at` (epoch ms), with its status and, when it stopped on one, the error.
 *
 * @example
 * return streamReportOf(tally, clock(), 'partial', undefined);
 */
export function streamReportOf(
  tally: StreamTally,
  at: number,
  status: StreamStatus,
  failure: unknown,
): StreamReport {
  const durationMs = Math.max(0, at - tally.startedMs);
  const error = failure === undefined ? undefined : errorSummary(failure);
  return {
    stream: tally.config.name,
    recordType: tally.config.recordType,
    source: tally.source,
    status,
    startedAt: toShanghaiTimestamp(tally.startedMs),
    finishedAt: toShanghaiTimestamp(at),
    durationMs,
    ...tally.counts,
    rejectsByRule: Object.fromEntries([...tally.rules].sort(([a], [b]) => (a < b ? -1 : 1))),
    recordsPerSecond: durationMs === 0 ? 0 : Math.round((tally.counts.read * 1000) / durationMs),
    restarted: tally.restarted,
    sinks: tally.lanes.map((lane) => ({
      sink: lane.sink.id,
      platform: lane.sink.platform,
      ...lane.counts,
      ...(lane.checkpoint === undefined ? {} : { checkpoint: lane.checkpoint }),
      ...(lane.failure === undefined ? {} : { failure: lane.failure }),
    })),
    ...(error === undefined ? {} : { error }),
  };
}

function errorSummary(error: unknown): { code: string; message: string } {
  if (isCreditBridgeError(error)) return { code: error.code, message: error.message };
  return { code: 'E_SYNC_STREAM', message: error instanceof Error ? error.message : String(error) };
}
