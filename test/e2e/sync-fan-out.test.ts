import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYNTHETIC_TODAY } from '@credit-bridge/core/testing';
import { DEMO_APP_KEY, DEMO_APP_SECRET, type MockServer, startMockServer } from '@credit-bridge/mock';
import { createSqliteStateStore, runSync, type StateStore, type SyncConfig } from '@credit-bridge/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PenaltyCsv, writePenaltyCsv } from '../../packages/sync/test/support/penalty-csv.js';

let server: MockServer;
let dir: string;
let store: StateStore;

beforeEach(async () => {
  server = await startMockServer({ seed: 67 });
  dir = mkdtempSync(join(tmpdir(), 'credit-bridge-e2e-fan-out-'));
  store = await createSqliteStateStore({ path: join(dir, 'state.db') });
});

afterEach(async () => {
  await store.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const secrets = { credit: { appSecret: DEMO_APP_SECRET }, exchange: { appSecret: DEMO_APP_SECRET } };

function configFor(csv: PenaltyCsv): SyncConfig {
  return {
    platforms: {
      credit: { baseUrl: server.creditUrl, appKey: DEMO_APP_KEY, maxRecords: 40 },
      exchange: {
        baseUrl: server.exchangeUrl,
        appKey: DEMO_APP_KEY,
        senderCode: '11420113CBG11301XU',
        maxRecords: 40,
        retry: { maxAttempts: 1 },
      },
    },
    today: SYNTHETIC_TODAY,
    delivery: { maxBatchAttempts: 2, retryDelayMs: 1 },
    streams: [
      {
        name: 'penalties',
        recordType: 'penalty',
        source: { kind: 'csv', path: csv.path },
        sinks: [
          { platform: 'credit' },
          { platform: 'exchange', receiverCode: '11420103CBG1030222', resourceCode: 'WH-XZCF' },
        ],
      },
    ],
  };
}

function holds(stores: MockServer['credit']['state']['data']['stores'], csv: PenaltyCsv): void {
  const ids = stores.penalty.all().map(({ record }) => record.recordId);
  expect(ids.sort()).toEqual(csv.expected.map((record) => record.recordId).sort());
  for (const record of csv.expected) {
    expect(stores.penalty.versions(record.recordId)).toHaveLength(1);
    expect(stores.penalty.latest(record.recordId)?.record).toEqual(record);
  }
}

describe('runSync fanning out to both platforms over real sockets', () => {
  it('delivers every record to each, with progress of its own when one platform fails', async () => {
    const csv = writePenaltyCsv({ dir, count: 200, seed: 12 });
    // After its second message the exchange platform answers 503 to everything: its sink stops for this run.
    const first = await runSync(configFor(csv), {
      store,
      secrets,
      onBatch: (event) => {
        if (event.sink.startsWith('exchange:') && event.phase === 'delivered' && event.batch === 2) {
          server.exchange.faults.setProbability({
            route: '*',
            rate: 1,
            faults: [{ kind: 'status', status: 503 }],
          });
        }
      },
    });
    expect(first.status).toBe('partial');
    const [credit, exchange] = first.streams[0]?.sinks ?? [];
    expect(credit).toMatchObject({
      sink: 'credit-platform',
      accepted: 200,
      deferred: 0,
      checkpoint: csv.rows,
    });
    holds(server.credit.state.data.stores, csv);
    expect(exchange).toMatchObject({ sink: 'exchange:XZCF:WH-XZCF', failure: { retryable: true } });
    expect(exchange?.accepted).toBeGreaterThanOrEqual(80);
    expect(exchange?.deferred).toBe(200 - (exchange?.accepted ?? 0));
    expect(Number(exchange?.checkpoint)).toBeLessThan(csv.rows);
    expect(await store.countDeliveries({ sink: 'credit-platform', status: 'accepted' })).toBe(200);

    server.exchange.faults.clear();
    const second = await runSync(configFor(csv), { store, secrets });
    expect(second.status).toBe('succeeded');
    expect(second.streams[0]?.sinks[0]).toMatchObject({ sent: 0 });
    expect(second.streams[0]?.sinks[1]?.accepted).toBe(200 - (exchange?.accepted ?? 0));
    holds(server.credit.state.data.stores, csv);
    holds(server.exchange.state.data.stores, csv);
    expect(await store.countDeliveries({ sink: 'exchange:XZCF:WH-XZCF', status: 'accepted' })).toBe(200);
    expect(await store.getCheckpoint('penalties→exchange:XZCF:WH-XZCF')).toMatchObject({
      position: csv.rows,
    });
  });
});
