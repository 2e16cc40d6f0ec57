import { toShanghaiTimestamp } from '@credit-bridge/core';
import type { SinkPlatform } from '../sinks/sink.js';
import type { RunReport, StreamReport } from './run-report.js';

/** What a run's report is built from. */
export interface RunReportInput {
  readonly runId: string;
  readonly startedMs: number;
  readonly finishedMs: number;
  readonly streams: readonly StreamReport[];
  /** The run was stopped by its signal. */
  readonly aborted: boolean;
  /** Transport retries counted from the clients' `retry` events, per platform (credit, exchange); `undefined` where not hooked. */
  readonly requestRetries: readonly (number | undefined)[];
  readonly recoveredRuns: readonly string[];
  readonly deadLetters?: { readonly path: string; readonly written: number };
}

const PLATFORMS: readonly SinkPlatform[] = ['credit', 'exchange'];

/**
 * Builds a run's JSON report from its streams: totals over every stream and sink, rejects by rule,
 * duration and rows read per second, and retries (transport retries from the clients' events where the
 * run built the clients, else from the attempts the sinks reported; batch resends by the runner). The
 * status: `aborted` when stopped, `succeeded` when every stream was, `failed` when none got anywhere,
 * else `partial`.
 *
 * @example
 * const report = buildRunReport({ runId, startedMs, finishedMs, streams, aborted: false, requestRetries: [3, undefined], recoveredRuns: [] });
 */
export function buildRunReport(input: RunReportInput): RunReport {
  const { streams } = input;
  const sinks = streams.flatMap((stream) => stream.sinks);
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const sinkSum = (pick: (sink: (typeof sinks)[number]) => number) => sum(sinks.map(pick));
  const rules = new Map<string, number>();
  for (const stream of streams) {
    for (const [rule, count] of Object.entries(stream.rejectsByRule))
      rules.set(rule, (rules.get(rule) ?? 0) + count);
  }
  const durationMs = Math.max(0, input.finishedMs - input.startedMs);
  const read = sum(streams.map((stream) => stream.read));
  const invalid = sum(streams.map((stream) => stream.invalid));
  const requestRetries = sum(
    PLATFORMS.map(
      (platform, index) =>
        input.requestRetries[index] ??
        sum(sinks.filter((sink) => sink.platform === platform).map((sink) => sink.requestRetries)),
    ),
  );
  return {
    runId: input.runId,
    status: statusOf(input),
    startedAt: toShanghaiTimestamp(input.startedMs),
    finishedAt: toShanghaiTimestamp(input.finishedMs),
    durationMs,
    totals: {
      read,
      resumed: sum(streams.map((stream) => stream.resumed)),
      valid: sum(streams.map((stream) => stream.valid)),
      invalid,
      sent: sinkSum((sink) => sink.sent),
      accepted: sinkSum((sink) => sink.accepted),
      duplicate: sinkSum((sink) => sink.duplicate),
      rejected: invalid + sinkSum((sink) => sink.rejected),
      unchanged: sinkSum((sink) => sink.unchanged),
      deferred: sinkSum((sink) => sink.deferred),
    },
    rejectsByRule: Object.fromEntries([...rules].sort(([a], [b]) => (a < b ? -1 : 1))),
    retries: { requests: requestRetries, batches: sinkSum((sink) => sink.batchRetries) },
    recordsPerSecond: durationMs === 0 ? 0 : Math.round((read * 1000) / durationMs),
    streams,
    ...(input.deadLetters === undefined ? {} : { deadLetters: input.deadLetters }),
    recoveredRuns: input.recoveredRuns,
  };
}

function statusOf(input: RunReportInput): RunReport['status'] {
  if (input.aborted) return 'aborted';
  const statuses = input.streams.map((stream) => stream.status);
  if (statuses.length > 0 && statuses.every((status) => status === 'succeeded')) return 'succeeded';
  if (statuses.every((status) => status === 'failed')) return 'failed';
  return 'partial';
}
