import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMemoryStateStore,
  fromIterable,
  runSync,
  type StateChanges,
  type StateStore,
} from '../../src/index.js';
import { createFakeSink, failedOutcomes } from '../support/fake-sink.js';
import { customConfig, penaltyRows } from '../support/penalty-rows.js';

/** A store that checks, at every commit, that a checkpoint passes only rows whose verdicts are committed. */
function checkingStore(
  rowIds: ReadonlyMap<number, string | undefined>,
): StateStore & { violations: string[]; moves: number } {
  const inner = createMemoryStateStore();
  const settled = new Set<string>();
  const lettered = new Set<number>();
  const violations: string[] = [];
  const wrapper = {
    ...inner,
    violations,
    moves: 0,
    async commit(changes: StateChanges) {
      for (const delivery of changes.deliveries ?? [])
        if (delivery.status !== 'sent') settled.add(delivery.recordId);
      for (const letter of changes.deadLetters ?? []) lettered.add(letter.rowNumber);
      for (const checkpoint of changes.checkpoints ?? []) {
        if (!checkpoint.stream.endsWith('→credit-platform')) continue;
        wrapper.moves += 1;
        for (const [row, id] of rowIds) {
          if (row > Number(checkpoint.position)) continue;
          const ok = id === undefined ? lettered.has(row) : settled.has(id);
          if (!ok)
            violations.push(
              `checkpoint ${checkpoint.position} passed row ${row} before its verdict was committed`,
            );
        }
      }
      return inner.commit(changes);
    },
  };
  return wrapper;
}

describe('checkpoints (properties over out-of-order completion)', () => {
  it('move only over a contiguous prefix of accepted or dead-lettered rows, in the same commit as their ledger entries', async () => {
    const { rows } = penaltyRows(48, 17);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 20, maxLength: 20 }),
        fc.integer({ min: 1, max: 6 }),
        fc.subarray([3, 9, 20, 31, 47]),
        async (delays, maxRecords, broken) => {
          const input = rows.map((row, index) => (broken.includes(index) ? { ...row, CF_SY: '' } : row));
          const rowIds = new Map(
            input.map((row, index) => [index + 1, broken.includes(index) ? undefined : row.RECORD_ID]),
          );
          const store = checkingStore(rowIds);
          const sink = createFakeSink({
            maxRecords,
            answer: async (_records, call) => {
              await new Promise((resolve) => setTimeout(resolve, delays[call % delays.length]));
              return undefined;
            },
          });
          const report = await runSync(
            customConfig({
              platforms: { credit: { baseUrl: 'http://127.0.0.1:9', appKey: 'k', concurrency: 4 } },
            }),
            {
              store,
              sources: { rows: () => fromIterable(input) },
              sinks: () => sink,
            },
          );
          expect(store.violations).toEqual([]);
          expect(report.status).toBe('succeeded');
          expect(await store.getCheckpoint('penalties→credit-platform')).toMatchObject({
            position: input.length,
          });
          expect(sink.held.size).toBe(input.length - broken.length);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('stops a sink at a failure that will not pass, stays before it, and the next run sends only what is missing', async () => {
    const { rows } = penaltyRows(30, 18);
    const store = createMemoryStateStore();
    let failing = true;
    const sink = createFakeSink({
      maxRecords: 5,
      answer: (records, call) => (failing && call === 2 ? failedOutcomes(records, false) : undefined),
    });
    const deps = { store, sources: { rows: () => fromIterable(rows) }, sinks: () => sink };
    const config = customConfig({
      platforms: { credit: { baseUrl: 'http://127.0.0.1:9', appKey: 'k', concurrency: 1 } },
    });
    const first = await runSync(config, deps);
    expect(first.status).toBe('partial');
    expect(first.streams[0]?.sinks[0]).toMatchObject({
      accepted: 5,
      deferred: 25,
      failure: { code: 'E_AUTH_SIGNATURE' },
    });
    expect(await store.getCheckpoint('penalties→credit-platform')).toMatchObject({ position: 5 });
    expect((await store.listRuns())[0]?.status).toBe('partial');

    failing = false;
    const sent = sink.calls.flat().length;
    const second = await runSync(config, deps);
    expect(second.status).toBe('succeeded');
    expect(second.totals).toMatchObject({ resumed: 5, sent: 25, accepted: 25 });
    expect(sink.calls.flat().length - sent).toBe(25);
    expect([...sink.held.values()].every((entry) => entry.stored === 1)).toBe(true);
    expect(await store.getCheckpoint('penalties→credit-platform')).toMatchObject({ position: 30 });
  });

  it('sends a batch that failed with a retryable error again, and counts the resend', async () => {
    const { rows } = penaltyRows(12, 19);
    const store = createMemoryStateStore();
    const sink = createFakeSink({
      maxRecords: 4,
      answer: (records, call) => (call <= 2 ? failedOutcomes(records, true) : undefined),
    });
    const report = await runSync(customConfig(), {
      store,
      sources: { rows: () => fromIterable(rows) },
      sinks: () => sink,
    });
    expect(report.status).toBe('succeeded');
    expect(report.retries.batches).toBe(2);
    expect(report.streams[0]?.sinks[0]).toMatchObject({ accepted: 12, sent: 20, batches: 5, deferred: 0 });
  });
});
