import { describe, expect, it } from 'vitest';
import {
  createMemoryStateStore,
  fromIterable,
  runSync,
  type StateChanges,
  type StateStore,
} from '../../src/index.js';
import { createFakeSink } from '../support/fake-sink.js';
import { customConfig, penaltyRows } from '../support/penalty-rows.js';

/** A memory store that keeps the number of deliveries each commit wrote. */
function countingStore(): StateStore & { deliveriesPerCommit: number[] } {
  const inner = createMemoryStateStore();
  const deliveriesPerCommit: number[] = [];
  return {
    ...inner,
    deliveriesPerCommit,
    commit(changes: StateChanges) {
      const deliveries = changes.deliveries?.length ?? 0;
      if (deliveries > 0) deliveriesPerCommit.push(deliveries);
      return inner.commit(changes);
    },
  };
}

const config = customConfig({
  platforms: { credit: { baseUrl: 'http://127.0.0.1:9', appKey: 'k', concurrency: 1 } },
});

describe('commit cadence', () => {
  it('commits the verdicts of four delivered batches together, the rest at the end', async () => {
    const { rows } = penaltyRows(40, 5);
    const store = countingStore();
    const sink = createFakeSink({ maxRecords: 5 });
    const committedBatches: number[] = [];
    const report = await runSync(config, {
      store,
      sources: { rows: () => fromIterable(rows) },
      sinks: () => sink,
      onBatch: (event) => {
        if (event.phase === 'committed') committedBatches.push(event.batch);
      },
    });
    expect(report.status).toBe('succeeded');
    expect(sink.calls).toHaveLength(8);
    // Eight batches of five: one commit at the fourth batch (or later, were more delivered meanwhile),
    // and the rest with the stream's last commit; never a commit per batch.
    expect(store.deliveriesPerCommit.length).toBeLessThanOrEqual(2);
    expect(store.deliveriesPerCommit[0]).toBeGreaterThanOrEqual(20);
    expect(store.deliveriesPerCommit.reduce((sum, count) => sum + count, 0)).toBe(40);
    expect(committedBatches.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('commits a lone batch within 200 ms, without waiting for the next', async () => {
    const { rows } = penaltyRows(10, 6);
    const store = countingStore();
    let heldWhileSecondWaited = -1;
    const sink = createFakeSink({
      maxRecords: 5,
      answer: async (_records, call) => {
        if (call !== 2) return undefined;
        await new Promise((resolve) => setTimeout(resolve, 600));
        heldWhileSecondWaited = await store.countDeliveries({ status: 'accepted' });
        return undefined;
      },
    });
    const report = await runSync(config, {
      store,
      sources: { rows: () => fromIterable(rows) },
      sinks: () => sink,
    });
    expect(report.status).toBe('succeeded');
    expect(heldWhileSecondWaited).toBe(5);
    expect(store.deliveriesPerCommit).toEqual([5, 5]);
  });
});
