import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYNTHETIC_TODAY } from '@credit-bridge/core/testing';
import {
  DEMO_APP_KEY,
  DEMO_APP_SECRET,
  type FaultSpec,
  type MockServer,
  startMockServer,
} from '@credit-bridge/mock';
import {
  createSqliteStateStore,
  readDeadLetters,
  runSync,
  type StateStore,
  type SyncConfig,
} from '@credit-bridge/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PenaltyCsv, writePenaltyCsv } from '../../packages/sync/test/support/penalty-csv.js';

let server: MockServer;
let dir: string;
let store: StateStore;

beforeEach(async () => {
  server = await startMockServer({ seed: 61 });
  dir = mkdtempSync(join(tmpdir(), 'credit-bridge-e2e-sync-'));
  store = await createSqliteStateStore({ path: join(dir, 'state.db') });
});

afterEach(async () => {
  await store.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function configFor(
  csv: PenaltyCsv,
  overrides: Partial<NonNullable<SyncConfig['platforms']['credit']>> = {},
): SyncConfig {
  return {
    platforms: { credit: { baseUrl: server.creditUrl, appKey: DEMO_APP_KEY, concurrency: 4, ...overrides } },
    today: SYNTHETIC_TODAY,
    deadLetters: { path: join(dir, 'rejects.jsonl') },
    delivery: { retryDelayMs: 5, maxRetryDelayMs: 50, maxBatchAttempts: 30 },
    streams: [
      {
        name: 'penalties',
        recordType: 'penalty',
        source: { kind: 'csv', path: csv.path },
        sinks: [{ platform: 'credit' }],
      },
    ],
  };
}

const secrets = { credit: { appSecret: DEMO_APP_SECRET } };
const SENDER = '11420113CBG11301XU';
const RECEIVER = '11420103CBG1030222';

/** The platform holds exactly the expected records, each in one version, with their content. */
function expectPlatformHolds(csv: PenaltyCsv): void {
  const held = server.credit.state.records('penalty');
  expect(held.map((record) => record.recordId).sort()).toEqual(
    csv.expected.map((record) => record.recordId).sort(),
  );
  const byId = new Map(held.map((record) => [record.recordId, record]));
  for (const record of csv.expected) {
    expect(byId.get(record.recordId)).toEqual(record);
    expect(server.credit.state.data.stores.penalty.versions(record.recordId)).toHaveLength(1);
  }
}

async function expectDeadLetters(csv: PenaltyCsv): Promise<void> {
  const expected = csv.bad.map((row) => ({ rowNumber: row.rowNumber, rules: [...row.rules] }));
  const written = [];
  for await (const letter of readDeadLetters(join(dir, 'rejects.jsonl'))) {
    written.push({ rowNumber: letter.rowNumber, rules: letter.issues.map((issue) => issue.rule) });
    expect(letter.source).toBe(csv.path.split('/').at(-1));
  }
  expect(written).toEqual(expected);
  const stored = await store.listDeadLetters();
  expect(
    stored.map((letter) => ({
      rowNumber: letter.rowNumber,
      rules: letter.issues.map((issue) => issue.rule),
    })),
  ).toEqual(expected);
}

describe('runSync over real sockets against the standalone mock', () => {
  it('delivers a GBK CSV with Chinese headers exactly, dead-letters the bad rows, and sends nothing the second time', async () => {
    const csv = writePenaltyCsv({ dir, count: 240, seed: 5 });
    const report = await runSync(configFor(csv, { maxRecords: 50 }), { store, secrets });

    expect(report.status).toBe('succeeded');
    expectPlatformHolds(csv);
    await expectDeadLetters(csv);
    const [stream] = report.streams;
    expect(stream?.read).toBe(csv.rows);
    expect(stream?.invalid).toBe(csv.bad.length);
    expect(stream?.sinks[0]).toMatchObject({
      accepted: 240,
      duplicate: 0,
      unchanged: csv.repeats.length,
      deferred: 0,
    });
    expect(stream?.sinks[0]?.checkpoint).toBe(csv.rows);
    expect(await store.countDeliveries({ status: 'accepted' })).toBe(240);
    const leaked = JSON.stringify(await store.listDeadLetters());
    for (const record of csv.expected.slice(0, 20)) {
      if (record.subject.category === 'natural_person') expect(leaked).not.toContain(record.subject.idNumber);
    }

    const submissions = () =>
      server.credit.journal.entries().filter((entry) => entry.operation === 'penaltiesSubmit').length;
    const before = submissions();
    const again = await runSync(configFor(csv), { store, secrets });
    expect(again.status).toBe('succeeded');
    expect(again.totals).toMatchObject({ read: 0, resumed: csv.rows, sent: 0 });
    expect(submissions()).toBe(before);
    expect((await store.listDeadLetters()).length).toBe(csv.bad.length);
    expect((await store.listRuns()).map((run) => run.status)).toEqual(['succeeded', 'succeeded']);
  });

  it('ends in the same state with 20% faults on every route of both platforms, answers lost after commit included', async () => {
    const csv = writePenaltyCsv({ dir, count: 240, seed: 6 });
    const faults: FaultSpec[] = [
      { kind: 'status', status: 503, retryAfterSeconds: 0 },
      { kind: 'rate-limit', retryAfterSeconds: 0 },
      { kind: 'reset' },
      { kind: 'reset', timing: 'afterCommit' },
      { kind: 'status', status: 503, timing: 'afterCommit' },
    ];
    // Answers lost after the platform stored the batch: the resend must be a duplicate, not a second record.
    const lost: FaultSpec[] = [
      { kind: 'reset', timing: 'afterCommit' },
      { kind: 'status', status: 503, timing: 'afterCommit' },
    ];
    for (const platform of [server.credit, server.exchange]) {
      platform.faults.setProbability({ route: '*', rate: 0.2, faults });
      platform.faults.script('*', lost);
    }
    const retry = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 10 };
    const config = configFor(csv, { maxRecords: 10, retry });
    const report = await runSync(
      {
        ...config,
        platforms: {
          ...config.platforms,
          exchange: {
            baseUrl: server.exchangeUrl,
            appKey: DEMO_APP_KEY,
            senderCode: SENDER,
            maxRecords: 10,
            retry,
          },
        },
        streams: config.streams.map((stream) => ({
          ...stream,
          sinks: [...stream.sinks, { platform: 'exchange' as const, receiverCode: RECEIVER }],
        })),
      },
      { store, secrets: { ...secrets, exchange: { appSecret: DEMO_APP_SECRET } } },
    );

    expect(report.status).toBe('succeeded');
    expectPlatformHolds(csv);
    const onExchange = server.exchange.state.data.stores.penalty;
    expect(
      onExchange
        .all()
        .map(({ record }) => record.recordId)
        .sort(),
    ).toEqual(csv.expected.map((record) => record.recordId).sort());
    for (const record of csv.expected) expect(onExchange.versions(record.recordId)).toHaveLength(1);
    await expectDeadLetters(csv);
    for (const platform of [server.credit, server.exchange]) {
      const faulted = platform.journal.entries().filter((entry) => entry.fault !== undefined);
      expect(faulted.filter((entry) => entry.faultTiming === 'afterCommit').length).toBeGreaterThanOrEqual(2);
      expect(faulted.length).toBeGreaterThanOrEqual(4);
    }
    expect(report.retries.requests).toBeGreaterThan(0);
    expect(await store.countDeliveries({ sink: 'credit-platform', status: 'accepted' })).toBe(240);
    expect(await store.countDeliveries({ sink: 'exchange:XZCF', status: 'accepted' })).toBe(240);
  });
});
