import { availableParallelism } from 'node:os';
import { type CalendarDate, toShanghaiTimestamp } from '@credit-bridge/core';
import type { DeadLetterWriter } from '../../dead-letter/create-dead-letter-writer.js';
import type { Sleep } from '../../delivery/create-token-bucket.js';
import { createRowMapper } from '../../mapping/create-row-mapper.js';
import type { StreamReport, StreamStatus } from '../../report/run-report.js';
import type { Sink, SinkPlatform } from '../../sinks/sink.js';
import type { Checkpoint, StateStore } from '../../state/state-store.js';
import type { StreamConfig } from '../sync-config.js';
import type { SyncBatchEvent, SyncProgress } from '../sync-events.js';
import { createSerialQueue } from './create-serial-queue.js';
import { createInFlightWindow } from './create-window.js';
import { groupByRecord } from './group-by-record.js';
import type { PlatformLimiter } from './lane-context.js';
import type { OpenedSource } from './open-source.js';
import { readInWorker } from './read-in-worker.js';
import { type ReadItem, readRecords } from './read-records.js';
import { type ReadInWorkerMode, readsInWorker } from './reads-in-worker.js';
import { createSinkLane, type SinkLane } from './sink-lane.js';
import { createStreamCommitter } from './stream-committer.js';
import type { StreamItem } from './stream-item.js';
import { progressOf, type StreamTally, streamReportOf } from './stream-snapshots.js';

/** The delivery options of a run, every default filled in. */
export interface ResolvedDelivery {
  /** Read file sources in a worker thread: always, never, or by their size (`readsInWorker`). */
  readonly readInWorker: ReadInWorkerMode;
  readonly maxInFlightRecords: number;
  readonly maxBatchAttempts: number;
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
  readonly progressIntervalMs: number;
}

/** Everything one stream's run needs. */
export interface StreamRunContext {
  readonly config: StreamConfig;
  readonly source: OpenedSource;
  readonly sinks: readonly Sink[];
  readonly limiters: ReadonlyMap<SinkPlatform, PlatformLimiter>;
  readonly store: StateStore;
  readonly runId: string;
  readonly clock: () => number;
  readonly sleep: Sleep;
  readonly signal: AbortSignal;
  readonly today: CalendarDate;
  readonly delivery: ResolvedDelivery;
  readonly deadLetters: DeadLetterWriter | undefined;
  readonly onProgress: ((progress: SyncProgress) => void) | undefined;
  readonly onBatch: ((event: SyncBatchEvent) => void) | undefined;
}

// Records judged against the ledger per read of it (one query per chunk), a quarter of the in-flight
// window at most, so that reading ahead stays near the window.
const CHUNK_RECORDS = 500;
const CHUNK_ITEMS = 2000;

// How long a delivered batch's verdicts may wait for others to share their commit and its fsync.
const COMMIT_WITHIN_MS = 200;

/**
 * Runs one stream: reads it (skipping rows every sink's checkpoint has passed), dead-letters what cannot
 * be mapped or validated, judges the rest against the ledger in chunks, and fans each record out to its
 * sinks' lanes, under the in-flight window's backpressure. Commits go through one serial queue with the
 * ledger reads; the stream ends when every lane is idle and the last commit is made.
 *
 * @example
 * const report = await syncStream(context);
 */
export async function syncStream(context: StreamRunContext): Promise<StreamReport> {
  const { config, store, clock } = context;
  const startedMs = clock();
  const now = () => toShanghaiTimestamp(clock());
  const stop = new AbortController();
  const signal = AbortSignal.any([context.signal, stop.signal]);
  const tally = { read: 0, resumed: 0, valid: 0, invalid: 0 };
  const rules = new Map<string, number>();
  const countRule = (rule: string) => rules.set(rule, (rules.get(rule) ?? 0) + 1);
  let failure: unknown;
  const fail = (error: unknown) => {
    failure ??= error;
    stop.abort();
    window.open();
  };
  const window = createInFlightWindow(context.delivery.maxInFlightRecords);
  const queue = createSerialQueue();
  let lanes: SinkLane[] = [];
  let restarted = false;

  const snapshot = (): StreamTally => ({
    config,
    source: context.source.label,
    startedMs,
    counts: tally,
    rules,
    lanes,
    restarted,
  });
  const report = (status: StreamStatus): StreamReport => streamReportOf(snapshot(), clock(), status, failure);
  let lastProgress = Number.NEGATIVE_INFINITY;
  const progress = (phase: SyncProgress['phase']) => {
    if (context.onProgress === undefined) return;
    const at = clock();
    if (phase === 'running' && at - lastProgress < context.delivery.progressIntervalMs) return;
    lastProgress = at;
    quietly(() => context.onProgress?.(progressOf(snapshot(), at, phase)));
  };

  let fingerprint: string | undefined;
  let stored: (Checkpoint | undefined)[];
  try {
    fingerprint = await context.source.fingerprint();
    stored = await Promise.all(
      [...context.sinks.map((sink) => sink.id), 'dead-letters'].map((suffix) =>
        store.getCheckpoint(`${config.name}→${suffix}`),
      ),
    );
  } catch (error) {
    failure = error;
    return report('failed');
  }
  const startOf = (checkpoint: Checkpoint | undefined) =>
    checkpoint !== undefined &&
    typeof checkpoint.position === 'number' &&
    checkpoint.fingerprint === fingerprint
      ? checkpoint.position
      : undefined;
  restarted = stored.some((checkpoint) => checkpoint !== undefined && startOf(checkpoint) === undefined);

  const committer = createStreamCommitter({
    stream: config.name,
    store,
    runId: context.runId,
    now,
    fingerprint,
    letters: stored.at(-1),
    lanes: () => lanes,
    deadLetters: context.deadLetters,
  });
  let commitScheduled = false;
  let commitTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleCommit = () => {
    clearTimeout(commitTimer);
    commitTimer = undefined;
    if (commitScheduled || failure !== undefined) return;
    commitScheduled = true;
    queue
      .run(() => {
        commitScheduled = false;
        return failure === undefined ? committer.commit() : Promise.resolve();
      })
      .catch(fail);
  };

  const limiterOf = (platform: SinkPlatform) => context.limiters.get(platform) as PlatformLimiter;
  lanes = context.sinks.map((sink, index) =>
    createSinkLane({
      sink,
      recordType: config.recordType,
      checkpointId: `${config.name}→${sink.id}`,
      start: startOf(stored[index]),
      stored: stored[index]?.position,
      fingerprint,
      runId: context.runId,
      now,
      signal,
      sleep: context.sleep,
      limiter: limiterOf(sink.platform),
      maxBatchAttempts: context.delivery.maxBatchAttempts,
      retryDelay: (attempt) =>
        Math.min(context.delivery.maxRetryDelayMs, context.delivery.retryDelayMs * 2 ** (attempt - 1)),
      onItemDone: (item: StreamItem) => {
        item.remaining -= 1;
        if (item.remaining === 0) window.release(1);
      },
      onRejectRule: countRule,
      onChange: () => {
        // A delivered batch's verdicts wait for a few more to share their commit, COMMIT_WITHIN_MS at most.
        if (committer.wantsCommit()) scheduleCommit();
        else commitTimer ??= setTimeout(scheduleCommit, COMMIT_WITHIN_MS);
        progress('running');
      },
      onBatch: (event) => quietly(() => context.onBatch?.({ stream: config.name, ...event })),
    }),
  );

  const judge = async (chunk: readonly ReadItem[]) => {
    if (chunk.length === 0) return;
    const keys = chunk.flatMap((item) =>
      item.kind === 'record' ? [{ recordType: config.recordType, recordId: item.key.recordId }] : [],
    );
    await queue.run(async () => {
      const entries = keys.length === 0 ? [] : await store.findDeliveries(keys);
      const byId = groupByRecord(entries);
      for (const item of chunk) {
        const covering = lanes.filter((lane) => lane.covers(item.position));
        if (item.kind === 'reject') {
          tally.invalid += 1;
          for (const issue of new Set(item.letter.issues.map((entry) => entry.rule))) countRule(issue);
          committer.reject(item.position, item.letter);
          for (const lane of covering) lane.pass(item.position);
          continue;
        }
        tally.valid += 1;
        committer.judged(item.position);
        const streamItem: StreamItem = {
          position: item.position,
          source: item.source,
          record: item.record,
          key: item.key,
          remaining: covering.length,
        };
        window.add(1);
        for (const lane of covering) lane.offer(streamItem, byId.get(item.key.recordId) ?? []);
      }
    });
    if (committer.wantsCommit()) scheduleCommit();
    progress('running');
  };

  const starts = context.sinks.map((_sink, index) => startOf(stored[index]));
  const skipThrough = starts.every((start) => start !== undefined) ? Math.min(...(starts as number[])) : 0;
  try {
    let chunk: ReadItem[] = [];
    let records = 0;
    const reading = { recordType: config.recordType, today: context.today, skipThrough, now, tally };
    const items =
      config.source.kind !== 'custom' &&
      readsInWorker(context.delivery.readInWorker, config.source, availableParallelism())
        ? readInWorker({ ...reading, source: config.source, mapping: config.mapping })
        : readRecords({
            ...reading,
            rows: context.source.rows,
            mapper: createRowMapper({ recordType: config.recordType, ...config.mapping } as Parameters<
              typeof createRowMapper
            >[0]),
          });
    const chunkRecords = Math.max(
      1,
      Math.min(CHUNK_RECORDS, Math.floor(context.delivery.maxInFlightRecords / 4)),
    );
    for await (const item of items) {
      chunk.push(item);
      if (item.kind === 'record') records += 1;
      if (records < chunkRecords && chunk.length < CHUNK_ITEMS) continue;
      await judge(chunk);
      chunk = [];
      records = 0;
      if (window.full) {
        // Open batches count in the window: send them, or the reader could wait for itself.
        for (const lane of lanes) lane.flush();
        await window.wait();
      }
      if (signal.aborted) break;
    }
    if (!signal.aborted) await judge(chunk);
  } catch (error) {
    fail(error);
  }
  for (const lane of lanes) lane.flush();
  await Promise.all(lanes.map((lane) => lane.idle()));
  scheduleCommit();
  await queue.drained();
  clearTimeout(commitTimer);
  progress('done');
  if (context.signal.aborted) return report('aborted');
  if (failure !== undefined) return report('failed');
  const partial = lanes.some((lane) => lane.failure !== undefined || lane.counts.deferred > 0);
  return report(partial ? 'partial' : 'succeeded');
}

function quietly(listener: () => void): void {
  try {
    listener();
  } catch {
    // A progress listener must not stop the run it reports on.
  }
}
