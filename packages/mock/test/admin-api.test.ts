import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock, type MockServer, startMockServer } from '../src/index.js';
import { START } from './support/harness.js';
import { createTestClient, type TestClient } from './support/test-client.js';

// biome-ignore lint/suspicious/noExplicitAny: tests read the admin API's JSON loosely.
type LooseJson = any;

describe('admin API of the standalone mock', () => {
  let server: MockServer;
  let client: TestClient;
  const admin = async (
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: LooseJson }> => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    return { status: response.status, json: await response.json() };
  };

  beforeAll(async () => {
    const clock = createManualClock(START);
    server = await startMockServer({ clock, seed: 5 });
    client = createTestClient(server.creditUrl, clock);
  });
  afterAll(() => server.close());

  it('seeds synthetic records per type through the submission path, and they are checkable', async () => {
    const seeded = await admin('POST', '/__admin/seed', { count: 6, seed: 11 });
    expect(seeded.status).toBe(200);
    expect(seeded.json.accepted).toEqual({ penalty: 6, license: 6, blacklist: 6, repair: 6 });
    const state = await admin('GET', '/__admin/state');
    expect(state.json.credit.records).toEqual({ penalty: 6, license: 6, blacklist: 6, repair: 6 });
    expect(state.json).toMatchObject({
      profile: 'credit-bridge-contract-v1',
      today: '2026-07-15',
      apps: ['demo-app', 'cb-demo-district'],
    });
    expect(state.json).not.toHaveProperty('records');
    const withRecords = await admin('GET', '/__admin/state?include=records');
    expect(withRecords.json.records.blacklist).toHaveLength(6);
    const sample = seeded.json.sampleSubjects[0];
    const query = 'uscc' in sample ? `uscc=${sample.uscc}` : `idNumber=${sample.idNumber}`;
    const check = await client.call('GET', `/api/v1/blacklist/check?${query}`);
    expect(check.status).toBe(200);
    expect(typeof check.json.data.listed).toBe('boolean');
  });

  it('scripts faults and sets latency', async () => {
    const set = await admin('POST', '/__admin/faults', {
      route: 'blacklistChanges',
      script: [{ kind: 'status', status: 503, retryAfterSeconds: 2 }],
      latencyMs: 0,
    });
    expect(set.json.faults.scripted).toEqual({
      blacklistChanges: [{ kind: 'status', status: 503, retryAfterSeconds: 2 }],
    });
    expect((await client.call('GET', '/api/v1/blacklist/changes')).status).toBe(503);
    expect((await client.call('GET', '/api/v1/blacklist/changes')).status).toBe(200);
    const rate = await admin('POST', '/__admin/faults', {
      rate: 1,
      faults: [{ kind: 'status', status: 500 }],
    });
    expect(rate.json.faults.rules).toEqual([
      { route: '*', rate: 1, faults: [{ kind: 'status', status: 500 }] },
    ]);
    expect((await client.call('GET', '/api/v1/credit-repairs/changes')).status).toBe(500);
    const cleared = await admin('POST', '/__admin/faults', { clear: true });
    expect(cleared.json.faults).toEqual({ scripted: {}, rules: [] });
    expect((await admin('POST', '/__admin/faults', { route: 'nope' })).status).toBe(400);
    expect(
      (await admin('POST', '/__admin/faults', { script: [{ kind: 'status', status: 418 }] })).status,
    ).toBe(400);
  });

  it('reads the journal with filters', async () => {
    const journal = await admin('GET', '/__admin/journal?operation=blacklistChanges&status=503');
    expect(journal.json.count).toBe(1);
    expect(journal.json.entries[0]).toMatchObject({
      operation: 'blacklistChanges',
      status: 503,
      fault: 'status',
    });
    const last = await admin('GET', '/__admin/journal?limit=1');
    expect(last.json.entries).toHaveLength(1);
    expect(last.json.entries[0].operation).toBe('repairChanges');
  });

  it('resets everything, and answers 404 for an unknown admin route', async () => {
    expect((await admin('POST', '/__admin/reset')).json).toEqual({ reset: true });
    const state = await admin('GET', '/__admin/state');
    expect(state.json.credit.records).toEqual({ penalty: 0, license: 0, blacklist: 0, repair: 0 });
    expect(state.json.journal.entries).toBe(0);
    expect((await admin('GET', '/__admin/nothing')).status).toBe(404);
    expect((await admin('POST', '/__admin/seed', { count: 'many' })).status).toBe(400);
  });

  it('reserves the exchange platform paths', async () => {
    const response = await fetch(`${server.exchangeUrl}/exchange/v1/catalog`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('E_NOT_FOUND');
  });
});
