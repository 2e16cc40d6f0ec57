import { CreditBridgeError } from '@credit-bridge/core';
import { describe, expect, it } from 'vitest';
import {
  createMemoryStateStore,
  fromIterable,
  parseSyncConfig,
  runSync,
  type StateStore,
  type SyncConfig,
  type SyncProgress,
} from '../../src/index.js';
import { createFakeSink, failedOutcomes } from '../support/fake-sink.js';
import { customConfig, penaltyRows } from '../support/penalty-rows.js';

const withCredit = (
  credit: Partial<NonNullable<SyncConfig['platforms']['credit']>>,
  rest: Partial<SyncConfig> = {},
) =>
  customConfig({ platforms: { credit: { baseUrl: 'http://127.0.0.1:9', appKey: 'k', ...credit } }, ...rest });

describe('runSync', () => {
  it('fans out to two sinks with their own ledger entries and checkpoints; one failing leaves the other whole', async () => {
    const { rows } = penaltyRows(20, 31);
    const store = createMemoryStateStore();
    let down = true;
    const credit = createFakeSink({ maxRecords: 5 });
    const exchange = createFakeSink({
      id: 'exchange:XZCF',
      platform: 'exchange',
      maxRecords: 5,
      answer: (records, call) => (down && call === 3 ? failedOutcomes(records, false) : undefined),
    });
    const config = customConfig({
      platforms: {
        credit: { baseUrl: 'http://127.0.0.1:9', appKey: 'k', concurrency: 1 },
        exchange: {
          baseUrl: 'http://127.0.0.1:9',
          appKey: 'k',
          senderCode: '11420113CBG11301XU',
          concurrency: 1,
        },
      },
      streams: [
        {
          name: 'penalties',
          recordType: 'penalty',
          source: { kind: 'custom', name: 'rows' },
          sinks: [{ platform: 'credit' }, { platform: 'exchange', receiverCode: '11420103CBG1030222' }],
        },
      ],
    });
    const deps = {
      store,
      sources: { rows: () => fromIterable(rows) },
      sinks: ({ id }: { id: string }) => (id === 'credit-platform' ? credit : exchange),
    };
    const first = await runSync(config, deps);
    expect(first.status).toBe('partial');
    expect(first.streams[0]?.sinks.map((sink) => [sink.sink, sink.accepted, sink.deferred])).toEqual([
      ['credit-platform', 20, 0],
      ['exchange:XZCF', 10, 10],
    ]);
    expect(await store.getCheckpoint('penalties→credit-platform')).toMatchObject({ position: 20 });
    expect(await store.getCheckpoint('penalties→exchange:XZCF')).toMatchObject({ position: 10 });
    expect(await store.countDeliveries({ sink: 'credit-platform' })).toBe(20);
    expect(await store.countDeliveries({ sink: 'exchange:XZCF' })).toBe(10);

    down = false;
    const creditCalls = credit.calls.length;
    const second = await runSync(config, deps);
    expect(second.status).toBe('succeeded');
    expect(credit.calls.length).toBe(creditCalls);
    expect(second.streams[0]?.sinks.map((sink) => [sink.sink, sink.sent, sink.accepted])).toEqual([
      ['credit-platform', 0, 0],
      ['exchange:XZCF', 10, 10],
    ]);
    expect(second.totals.resumed).toBe(10);
  });

  it('reads no further ahead than the in-flight window while a sink is slow', async () => {
    const { rows } = penaltyRows(60, 32);
    let yielded = 0;
    let settled = 0;
    let ahead = 0;
    async function* source() {
      for (const row of rows) {
        yielded += 1;
        ahead = Math.max(ahead, yielded - settled);
        yield row;
      }
    }
    const sink = createFakeSink({
      maxRecords: 3,
      answer: async (records) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        settled += records.length;
        return undefined;
      },
    });
    const report = await runSync(withCredit({ concurrency: 1 }, { delivery: { maxInFlightRecords: 6 } }), {
      store: createMemoryStateStore(),
      sources: { rows: () => fromIterable(source()) },
      sinks: () => sink,
    });
    expect(report.totals.accepted).toBe(60);
    // The window (6) plus a chunk read before its judgement; far below the 60 rows.
    expect(ahead).toBeLessThanOrEqual(6 + 3 + 1);
  });

  it('paces deliveries with the platform rate limit on the injected clock', async () => {
    const { rows } = penaltyRows(10, 33);
    let now = 0;
    const sleeps: number[] = [];
    const report = await runSync(withCredit({ concurrency: 2, ratePerSecond: 4, burst: 1 }), {
      store: createMemoryStateStore(),
      sources: { rows: () => fromIterable(rows) },
      sinks: () => createFakeSink({ maxRecords: 2 }),
      clock: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    });
    expect(report.streams[0]?.sinks[0]?.batches).toBe(5);
    expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(1000);
  });

  it('reports progress per stream and ends with a done event that agrees with the report', async () => {
    const { rows } = penaltyRows(12, 34);
    const events: SyncProgress[] = [];
    const report = await runSync(withCredit({}), {
      store: createMemoryStateStore(),
      sources: { rows: () => fromIterable([...rows, { ...rows[0], CF_SY: '' }]) },
      sinks: () => createFakeSink({ maxRecords: 5 }),
      onProgress: (event) => events.push(event),
    });
    const last = events.at(-1);
    expect(events.length).toBeGreaterThan(2);
    expect(last).toMatchObject({
      stream: 'penalties',
      phase: 'done',
      read: 13,
      valid: 12,
      sent: 12,
      accepted: 12,
    });
    expect(last?.rejected).toBe(1);
    expect(events.slice(0, -1).every((event) => event.phase === 'running')).toBe(true);
    expect(report.streams[0]).toMatchObject({
      read: 13,
      valid: 12,
      invalid: 1,
      rejectsByRule: { E_REQUIRED: 1 },
    });
  });

  it('stops when aborted, commits what was settled and records the run as aborted', async () => {
    const { rows } = penaltyRows(40, 35);
    const store = createMemoryStateStore();
    const controller = new AbortController();
    const report = await runSync(withCredit({ concurrency: 1 }), {
      store,
      sources: { rows: () => fromIterable(rows) },
      sinks: () => createFakeSink({ maxRecords: 5 }),
      signal: controller.signal,
      onBatch: (event) => {
        if (event.phase === 'delivered' && event.batch === 2) controller.abort();
      },
    });
    expect(report.status).toBe('aborted');
    expect(report.streams[0]?.status).toBe('aborted');
    expect(await store.getCheckpoint('penalties→credit-platform')).toMatchObject({ position: 10 });
    expect((await store.listRuns())[0]?.status).toBe('aborted');
  });

  it('dead-letters a record too large for any delivery and one the sink cannot measure', async () => {
    const { rows } = penaltyRows(4, 36);
    const huge = { ...rows[1], CF_SY: '违'.repeat(400) } as Record<string, string>;
    const fake = createFakeSink({ maxBytes: 1200 });
    const unwritable = rows[3]?.RECORD_ID;
    const sink = {
      ...fake,
      measure: (record: { recordId: string }) => {
        if (record.recordId === unwritable)
          throw new CreditBridgeError({ code: 'E_WIRE_VALUE', message: 'no wire form' });
        return fake.measure(record as never);
      },
    };
    const store = createMemoryStateStore();
    const report = await runSync(withCredit({}), {
      store,
      sources: { rows: () => fromIterable([rows[0], huge, rows[2], rows[3]] as Record<string, string>[]) },
      sinks: () => sink,
    });
    expect(report.streams[0]?.sinks[0]).toMatchObject({ accepted: 2, rejected: 2 });
    expect(
      (await store.listDeadLetters()).map((letter) => [letter.rowNumber, letter.issues[0]?.rule]),
    ).toEqual([
      [2, 'E_SYNC_RECORD_TOO_LARGE'],
      [4, 'E_WIRE_VALUE'],
    ]);
  });

  it('ends a stream as failed when the store refuses a commit, and says why', async () => {
    const { rows } = penaltyRows(6, 37);
    const inner = createMemoryStateStore();
    const store: StateStore = {
      ...inner,
      commit: () =>
        Promise.reject(
          new CreditBridgeError({ code: 'E_STATE_CONFLICT', message: 'moved by another runner' }),
        ),
    };
    const report = await runSync(withCredit({}), {
      store,
      sources: { rows: () => fromIterable(rows) },
      sinks: () => createFakeSink(),
    });
    expect(report.status).toBe('failed');
    expect(report.streams[0]).toMatchObject({ status: 'failed', error: { code: 'E_STATE_CONFLICT' } });
  });

  it('marks runs found running at start-up as aborted', async () => {
    const store = createMemoryStateStore();
    await store.startRun({ runId: 'crashed', startedAt: '2026-06-01T01:00:00.000+08:00' });
    const report = await runSync(withCredit({}), {
      store,
      sources: { rows: () => fromIterable(penaltyRows(2, 38).rows) },
      sinks: () => createFakeSink(),
      runId: 'next',
    });
    expect(report.recoveredRuns).toEqual(['crashed']);
    expect((await store.getRun('crashed'))?.status).toBe('aborted');
    expect((await store.getRun('next'))?.status).toBe('succeeded');
  });

  it('refuses a configuration with every problem pointed at, and a missing secret before any run starts', async () => {
    let caught: unknown;
    try {
      parseSyncConfig({
        platforms: { credit: { baseUrl: 'not a url', appKey: '' } },
        streams: [
          { name: 'a', recordType: 'fine', source: { kind: 'csv' }, sinks: [{ platform: 'exchange' }] },
          {
            name: 'a',
            recordType: 'penalty',
            source: { kind: 'jsonl', path: 'x' },
            sinks: [{ platform: 'credit' }],
          },
        ],
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'E_SYNC_CONFIG' });
    const problems = (caught as CreditBridgeError).details.problems as string[];
    expect(problems.some((line) => line.startsWith('platforms.credit.baseUrl:'))).toBe(true);
    expect(problems.some((line) => line.startsWith('platforms.credit.appKey:'))).toBe(true);
    expect(problems.some((line) => line.startsWith('streams[0].recordType:'))).toBe(true);
    expect(problems.some((line) => line.startsWith('streams[0].source.path:'))).toBe(true);

    const store = createMemoryStateStore();
    await expect(
      runSync(customConfig(), { store, sources: { rows: () => fromIterable([]) } }),
    ).rejects.toMatchObject({
      code: 'E_SYNC_CONFIG',
      message: expect.stringContaining('deps.secrets.credit.appSecret'),
    });
    expect(await store.listRuns()).toEqual([]);
  });
});
