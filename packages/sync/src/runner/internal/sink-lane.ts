import { type Batcher, createBatcher } from '../../delivery/create-batcher.js';
import { type CheckpointTracker, createCheckpointTracker } from '../../delivery/create-checkpoint-tracker.js';
import { judgeAgainstEarlier, judgeDelivery } from '../../delivery/judge-delivery.js';
import { emptySinkCounts, type SinkCounts } from '../../report/run-report.js';
import type { Sink, SinkDelivery, SinkFailure, SinkIssue } from '../../sinks/sink.js';
import type { CheckpointPosition, DeliveryRecord, JsonObject } from '../../state/state-store.js';
import type { LaneContext } from './lane-context.js';
import { createLaneLedger, type LaneChanges } from './lane-ledger.js';
import { sinkDeadLetter } from './sink-dead-letter.js';
import type { StreamItem } from './stream-item.js';

/** One stream's records at one sink: judging, batching, delivering, retrying, tracking its checkpoint. */
export interface SinkLane {
  readonly sink: Sink;
  readonly checkpointId: string;
  readonly counts: SinkCounts;
  readonly tracker: CheckpointTracker;
  /** Whether this sink still needs the row (it lies past the sink's checkpoint). */
  covers(position: number): boolean;
  /** A row with nothing to deliver here (dead-lettered before delivery). */
  pass(position: number): void;
  /** Judges a record against its ledger entries and queues it for delivery, or settles it at once. */
  offer(item: StreamItem, entries: readonly DeliveryRecord[]): void;
  /** Sends the open batch, however small. */
  flush(): void;
  /** Resolves when no delivery (or retry) is running. */
  idle(): Promise<void>;
  takeChanges(): LaneChanges;
  /** Delivered batches whose verdicts wait for the next commit. */
  readonly batchesPending: number;
  committed(changes: LaneChanges): void;
  readonly failure: SinkFailure | undefined;
  readonly checkpoint: CheckpointPosition | undefined;
}

/**
 * Creates a lane: judges each record against the ledger and the records still unsettled in this run,
 * batches what is to be sent within the sink's limits, delivers under the platform's concurrency and
 * rate limit, and sends failed records again with a doubling wait until `maxBatchAttempts`, after which
 * the sink stops for this run and its records are deferred. The checkpoint moves only over a contiguous
 * prefix of settled rows, and every ledger entry and dead letter of a settled row is taken into the same
 * commit as the checkpoint that passes it.
 *
 * @example
 * const lane = createSinkLane(context);
 * lane.offer(item, entries);
 */
export function createSinkLane(context: LaneContext): SinkLane {
  const { sink } = context;
  const counts = emptySinkCounts();
  const tracker = createCheckpointTracker(context.start);
  const batcher: Batcher<StreamItem> = createBatcher(sink.limits);
  const ledger = createLaneLedger(context);
  const { unsettled } = ledger;
  let failure: SinkFailure | undefined;
  let halted = false;
  let running = 0;
  let batchCount = 0;
  let idleWaiters: (() => void)[] = [];

  const done = (item: StreamItem) => context.onItemDone(item);
  const defer = (item: StreamItem) => {
    counts.deferred += 1;
    const held = unsettled.get(item.key.recordId);
    if (held?.hash === item.key.contentHash) unsettled.delete(item.key.recordId);
    done(item);
  };
  const record = (
    item: StreamItem,
    status: 'accepted' | 'rejected',
    receipt: JsonObject,
    at = context.now(),
  ) => {
    // Spelled out rather than spread: one literal shape, built for every record of every run.
    const { key } = item;
    ledger.record({
      recordType: key.recordType,
      recordId: key.recordId,
      version: key.version,
      contentHash: key.contentHash,
      sink: sink.id,
      status,
      receipt,
      runId: context.runId,
      at,
    });
  };
  const refuse = (
    item: StreamItem,
    issues: readonly SinkIssue[],
    receipt: JsonObject,
    at = context.now(),
  ) => {
    record(item, 'rejected', receipt, at);
    ledger.letter(sinkDeadLetter(context, item, issues));
    counts.rejected += 1;
    for (const issue of issues) context.onRejectRule(issue.code);
  };

  // A record settled here, without a delivery: skipped, or dead-lettered by a rule of the runner's.
  const settleHere = (item: StreamItem) => {
    tracker.pass(item.position);
    done(item);
  };
  const refuseHere = (item: StreamItem, rule: string, message: string, field?: string) => {
    refuse(item, [{ code: rule, message, ...(field === undefined ? {} : { field }) }], { rules: [rule] });
    settleHere(item);
  };

  const halt = (why: SinkFailure) => {
    if (halted) return;
    halted = true;
    failure = why;
    for (const item of batcher.flush() ?? []) defer(item);
  };

  const finishRun = () => {
    running -= 1;
    if (running > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const launch = (batch: StreamItem[], attempt: number) => {
    running += 1;
    deliverBatch(batch, attempt)
      .catch((error: unknown) => {
        // Only a bug gets here (a sink that threw): stop this sink, keep its records for the next run.
        halt({
          code: 'E_SYNC_DELIVERY',
          message: String((error as Error)?.message ?? error),
          retryable: false,
        });
        for (const item of batch) defer(item);
      })
      .finally(finishRun);
  };

  async function deliverBatch(batch: StreamItem[], attempt: number): Promise<void> {
    if (halted || context.signal.aborted) {
      for (const item of batch) defer(item);
      return;
    }
    const number = ++batchCount;
    let delivery: SinkDelivery;
    const release = await context.limiter.gate.acquire();
    try {
      await context.limiter.bucket?.take(1, context.signal);
      // The sink may have stopped while this batch waited for its turn.
      if (halted || context.signal.aborted) throw context.signal.reason ?? failure;
      counts.sent += batch.length;
      counts.batches += 1;
      delivery = await sink.deliver(
        batch.map((item) => item.record),
        { signal: context.signal },
      );
    } catch {
      // The run is stopping, or the sink stopped, while the batch waited for its turn.
      for (const item of batch) defer(item);
      return;
    } finally {
      release();
    }
    counts.requestRetries += Math.max(0, delivery.attempts - 1);
    const failed: StreamItem[] = [];
    let why: SinkFailure | undefined;
    // One timestamp and one receipt object per batch: the ledger rows of a batch share them.
    const at = context.now();
    const duplicateReceipt = { ...delivery.receipt, duplicate: true };
    batch.forEach((item, index) => {
      const outcome = delivery.outcomes[index] ?? {
        status: 'failed' as const,
        failure: {
          code: 'E_SYNC_DELIVERY',
          message: `${sink.id} answered ${delivery.outcomes.length} outcomes for ${batch.length} records`,
          retryable: false,
        },
      };
      switch (outcome.status) {
        case 'accepted':
        case 'duplicate':
          counts[outcome.status] += 1;
          record(item, 'accepted', outcome.status === 'duplicate' ? duplicateReceipt : delivery.receipt, at);
          tracker.settle(item.position);
          done(item);
          break;
        case 'rejected':
          refuse(
            item,
            outcome.issues,
            { ...delivery.receipt, rules: outcome.issues.map((issue) => issue.code) },
            at,
          );
          tracker.settle(item.position);
          done(item);
          break;
        case 'failed':
          why ??= outcome.failure;
          failed.push(item);
          break;
      }
    });
    if (failed.length < batch.length) ledger.batch(number);
    context.onBatch({
      sink: sink.id,
      batch: number,
      attempt,
      records: batch.length,
      failed: failed.length,
      phase: 'delivered',
    });
    context.onChange();
    if (failed.length === 0 || why === undefined) return;
    if (!why.retryable || attempt >= context.maxBatchAttempts || context.signal.aborted || halted) {
      halt(why);
      for (const item of failed) defer(item);
      return;
    }
    counts.batchRetries += 1;
    try {
      await context.sleep(context.retryDelay(attempt), context.signal);
    } catch {
      for (const item of failed) defer(item);
      return;
    }
    launch(failed, attempt + 1);
  }

  return {
    sink,
    checkpointId: context.checkpointId,
    counts,
    tracker,
    covers: (position) => context.start === undefined || position > context.start,
    pass: (position) => tracker.pass(position),
    offer(item, entries) {
      if (halted) {
        defer(item);
        return;
      }
      const verdict = judgeAgainstEarlier(
        judgeDelivery(item.key, sink.id, entries),
        unsettled.get(item.key.recordId),
        item.key,
      );
      if (verdict.kind === 'unchanged' || verdict.kind === 'stale') {
        counts[verdict.kind] += 1;
        settleHere(item);
        return;
      }
      if (verdict.kind === 'conflict') {
        counts.conflicts += 1;
        const hash = verdict.acceptedHash.slice(0, 12);
        const message = `version ${item.key.version} was delivered with other content (SM3 ${hash}…); a changed record must raise its version`;
        refuseHere(item, 'E_SYNC_VERSION_CONFLICT', message, 'RECORD_VERSION');
        return;
      }
      let bytes: number;
      try {
        bytes = sink.measure(item.record);
      } catch (error) {
        const code = (error as { code?: unknown })?.code;
        refuseHere(
          item,
          typeof code === 'string' ? code : 'E_SYNC_ENCODE',
          String((error as Error)?.message ?? error),
        );
        return;
      }
      if (!batcher.fits(bytes)) {
        const message = `${bytes} bytes; no delivery to ${sink.id} may exceed ${sink.limits.maxBytes}`;
        refuseHere(item, 'E_SYNC_RECORD_TOO_LARGE', message);
        return;
      }
      unsettled.set(item.key.recordId, { version: item.key.version, hash: item.key.contentHash });
      tracker.open(item.position);
      const full = batcher.add(item, bytes);
      if (full !== undefined) launch(full, 1);
    },
    flush() {
      const open = batcher.flush();
      if (open !== undefined) launch(open, 1);
    },
    idle() {
      if (running === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    takeChanges: () => ledger.take(tracker.settledThrough, context.now()),
    committed(changes) {
      ledger.committed(changes);
      for (const batch of changes.batches) {
        context.onBatch({ sink: sink.id, batch, attempt: 0, records: 0, failed: 0, phase: 'committed' });
      }
    },
    get failure() {
      return failure;
    },
    get checkpoint() {
      return ledger.position;
    },
    get batchesPending() {
      return ledger.batchesPending;
    },
  };
}
