import { describe, expect, it } from 'vitest';
import { createMemoryStateStore, fromIterable, planSync, runSync } from '../../src/index.js';
import { createFakeSink } from '../support/fake-sink.js';
import { customConfig, penaltyRows } from '../support/penalty-rows.js';

describe('planSync', () => {
  it('says per stream and sink what a run would send, skip and reject, and sends and writes nothing', async () => {
    const { rows } = penaltyRows(24, 41);
    const first = rows.slice(0, 20);
    const store = createMemoryStateStore();
    const sink = createFakeSink({ maxRecords: 8 });
    await runSync(customConfig({}, 'export-1'), {
      store,
      sources: { rows: () => fromIterable(first) },
      sinks: () => sink,
    });

    const changed = { ...first[4], CF_SY: `${first[4]?.CF_SY}（更正）` } as Record<string, string>;
    const bumped = { ...first[5], RECORD_VERSION: '2', CF_SY: `${first[5]?.CF_SY}（第二版）` } as Record<
      string,
      string
    >;
    const broken = { ...rows[23], CF_XDR_SHXYM: '' } as Record<string, string>;
    const next = [...first.slice(0, 4), changed, bumped, ...first.slice(6), ...rows.slice(20, 23), broken];
    const calls = sink.calls.length;
    const deliveries = await store.countDeliveries();
    const plan = await planSync(customConfig({}, 'export-2'), {
      store,
      sources: { rows: () => fromIterable(next) },
    });

    expect(plan.today).toBe(customConfig().today);
    expect(plan.streams).toHaveLength(1);
    expect(plan.streams[0]).toMatchObject({
      stream: 'penalties',
      read: next.length,
      valid: next.length - 1,
      invalid: 1,
      restarted: true,
      rejectsByRule: { E_SYNC_VERSION_CONFLICT: 1 },
      sinks: [
        { sink: 'credit-platform', wouldSend: 4, unchanged: 18, stale: 0, conflicts: 1, checkpoint: 20 },
      ],
    });
    expect(Object.keys(plan.streams[0]?.rejectsByRule ?? {})).toHaveLength(2);
    expect(sink.calls.length).toBe(calls);
    expect(await store.countDeliveries()).toBe(deliveries);
    expect(await store.listRuns()).toHaveLength(1);
  });

  it('skips the rows a checkpoint has passed when the source is the same', async () => {
    const { rows } = penaltyRows(10, 42);
    const store = createMemoryStateStore();
    await runSync(customConfig({}, 'same'), {
      store,
      sources: { rows: () => fromIterable(rows.slice(0, 6)) },
      sinks: () => createFakeSink(),
    });
    const plan = await planSync(customConfig({}, 'same'), {
      store,
      sources: { rows: () => fromIterable(rows) },
    });
    expect(plan.streams[0]).toMatchObject({
      read: 4,
      resumed: 6,
      restarted: false,
      sinks: [{ wouldSend: 4, unchanged: 0 }],
    });
  });
});
