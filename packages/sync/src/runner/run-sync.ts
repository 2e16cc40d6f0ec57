import { randomUUID } from 'node:crypto';
import { setTimeout as wait } from 'node:timers/promises';
import { type CalendarDate, todayInShanghai, toShanghaiTimestamp } from '@credit-bridge/core';
import { createDeadLetterWriter } from '../dead-letter/create-dead-letter-writer.js';
import type { Sleep } from '../delivery/create-token-bucket.js';
import { buildRunReport } from '../report/build-run-report.js';
import type { RunReport, StreamReport } from '../report/run-report.js';
import type { JsonObject, StateStore } from '../state/state-store.js';
import { buildPlatforms } from './internal/build-platforms.js';
import { openSource } from './internal/open-source.js';
import { type ResolvedDelivery, syncStream } from './internal/sync-stream.js';
import { parseSyncConfig, type SyncConfig } from './sync-config.js';
import type { SyncDeps } from './sync-deps.js';

const defaultSleep: Sleep = (ms, signal) => wait(ms, undefined, signal === undefined ? {} : { signal });

/**
 * Runs a sync: every stream in turn is read, mapped, validated (rejects to the dead letters, the run goes
 * on), deduplicated against the ledger, batched and delivered to its sinks, each sink with its own
 * ledger entries and checkpoint. A checkpoint moves only past rows every one of which the platform
 * accepted or that were dead-lettered, in one atomic commit with their ledger entries, so a crash at any
 * point resumes with nothing lost, and a resend is a platform-side duplicate, never a second record. The
 * run is kept in the store's history; crashed runs found `running` are marked `aborted`.
 *
 * @example
 * const store = await createSqliteStateStore({ path: 'state.db' });
 * const report = await runSync(config, { store, secrets: { credit: { appSecret: process.env.CB_CREDIT_SECRET ?? '' } } });
 * await writeRunReport(report, 'out/run-report.json');
 */
export async function runSync(config: SyncConfig, deps: SyncDeps): Promise<RunReport> {
  const checked = parseSyncConfig(config);
  const clock = deps.clock ?? Date.now;
  const sleep = deps.sleep ?? defaultSleep;
  const signal = deps.signal ?? new AbortController().signal;
  const { store } = deps;
  const platforms = buildPlatforms(checked, {
    secrets: deps.secrets ?? {},
    clients: deps.clients ?? {},
    sinks: deps.sinks,
    clock,
    sleep,
  });
  const startedMs = clock();
  const runId =
    deps.runId ??
    `${toShanghaiTimestamp(startedMs).slice(0, 19).replace(/[-:]/g, '')}-${randomUUID().slice(0, 8)}`;
  const today: CalendarDate = checked.today ?? todayInShanghai(startedMs);
  const delivery: ResolvedDelivery = {
    readInWorker: checked.delivery?.readInWorker ?? 'auto',
    maxInFlightRecords: checked.delivery?.maxInFlightRecords ?? 5_000,
    maxBatchAttempts: checked.delivery?.maxBatchAttempts ?? 5,
    retryDelayMs: checked.delivery?.retryDelayMs ?? 1_000,
    maxRetryDelayMs: checked.delivery?.maxRetryDelayMs ?? 30_000,
    progressIntervalMs: checked.delivery?.progressIntervalMs ?? 1_000,
  };
  const deadLetters =
    checked.deadLetters === undefined
      ? undefined
      : createDeadLetterWriter({ path: checked.deadLetters.path });
  const streams: StreamReport[] = [];
  let recoveredRuns: string[] = [];
  let started = false;
  try {
    // Sources and sinks are set up before the run starts, so a configuration mistake fails at once.
    const prepared = checked.streams.map((stream) => ({
      stream,
      source: openSource(stream.source, deps.sources ?? {}),
      sinks: platforms.sinksOf(stream),
    }));
    recoveredRuns = await recoverCrashedRuns(store, toShanghaiTimestamp(startedMs));
    await store.startRun({
      runId,
      startedAt: toShanghaiTimestamp(startedMs),
      details: { streams: checked.streams.map((stream) => stream.name) },
    });
    started = true;
    for (const { stream, source, sinks } of prepared) {
      if (signal.aborted) break;
      streams.push(
        await syncStream({
          config: stream,
          source,
          sinks,
          limiters: platforms.limiters,
          store,
          runId,
          clock,
          sleep,
          signal,
          today,
          delivery,
          deadLetters,
          onProgress: deps.onProgress,
          onBatch: deps.onBatch,
        }),
      );
    }
  } catch (error) {
    if (started) {
      await store
        .finishRun({ runId, finishedAt: toShanghaiTimestamp(clock()), status: 'failed', counts: {} })
        .catch(() => undefined);
    }
    throw error;
  } finally {
    platforms.close();
    await deadLetters?.close();
  }
  const report = buildRunReport({
    runId,
    startedMs,
    finishedMs: clock(),
    streams,
    aborted: signal.aborted,
    requestRetries: (['credit', 'exchange'] as const).map((platform) => platforms.retryEvents(platform)),
    recoveredRuns,
    ...(deadLetters === undefined
      ? {}
      : { deadLetters: { path: deadLetters.path, written: deadLetters.count } }),
  });
  await store.finishRun({
    runId,
    finishedAt: report.finishedAt,
    status: report.status,
    counts: report.totals,
    details: JSON.parse(JSON.stringify(report)) as JsonObject,
  });
  return report;
}

async function recoverCrashedRuns(store: StateStore, at: string): Promise<string[]> {
  const running = await store.listRuns({ status: 'running', limit: 1000 });
  for (const run of running) {
    await store.finishRun({
      runId: run.runId,
      finishedAt: at,
      status: 'aborted',
      counts: run.counts,
      details: {
        ...run.details,
        recovered: 'found running at start-up: the process ended without finishing it',
      },
    });
  }
  return running.map((run) => run.runId);
}
