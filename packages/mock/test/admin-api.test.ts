import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock, type MockServer, startMockServer } from '../src/index.js';
import { START } from './support/harness.js';
import { createTestClient, type TestClient } from './support/test-client.js';

// biome-ignore lint/suspicious/noExplicitAny: tests read the admin API's JSON loosely.
type LooseJson = any;

describe('admin API of the standalone mock', () => {
  let server: MockServer;
  let client: TestClient;
  let exchangeClient: TestClient;
  const clock = createManualClock(START);
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
    server = await startMockServer({ clock, seed: 5 });
    client = createTestClient(server.creditUrl, clock);
    exchangeClient = createTestClient(server.exchangeUrl, clock);
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

  it('covers the exchange platform: seeding, state, faults and the journal by platform', async () => {
    const seeded = await admin('POST', '/__admin/seed', { count: 3, seed: 4, platform: 'exchange' });
    expect(seeded.json.accepted).toEqual({ penalty: 3, license: 3, blacklist: 3, repair: 3 });
    const both = await admin('POST', '/__admin/seed', { count: 2 });
    expect([both.json.accepted.penalty, both.json.exchange.accepted.penalty]).toEqual([2, 2]);
    const state = await admin('GET', '/__admin/state');
    expect(state.json.credit.records.penalty).toBe(2);
    expect(state.json.exchange).toMatchObject({
      profile: 'credit-bridge-exchange-v1',
      state: { records: { penalty: 5, blacklist: 5 }, reports: 0 },
      apps: ['demo-app', 'cb-demo-district'],
    });
    expect(state.json.exchange.catalog[0]).toMatchObject({ resourceCode: 'WH-XZCF', recordCount: 5 });
    expect(state.json.exchange.departments[0]).toMatchObject({
      code: '11420113CBG11301XU',
      appKeys: ['demo-app'],
    });

    const faults = await admin('POST', '/__admin/faults', {
      route: 'getCatalog',
      script: [{ kind: 'malformed-xml' }],
    });
    expect([faults.json.faults.scripted, faults.json.exchange.faults.scripted]).toEqual([
      {},
      { getCatalog: [{ kind: 'malformed-xml' }] },
    ]);
    expect((await admin('POST', '/__admin/faults', { platform: 'credit', route: 'getCatalog' })).status).toBe(
      400,
    );
    const catalog = await exchangeClient.call('GET', '/exchange/v1/catalog');
    expect([catalog.status, catalog.json]).toEqual([200, undefined]);
    expect((await exchangeClient.call('GET', '/exchange/v1/catalog')).json.data.items).toHaveLength(5);
    clock.advance(1);
    await client.call('GET', '/api/v1/blacklist/changes');
    const exchangeOnly = await admin('GET', '/__admin/journal?platform=exchange');
    expect(
      exchangeOnly.json.entries.map((entry: LooseJson) => [entry.operation, entry.fault ?? null]),
    ).toEqual([
      ['getCatalog', 'malformed-xml'],
      ['getCatalog', null],
    ]);
    const all = await admin('GET', '/__admin/journal?limit=3');
    expect(all.json.entries.map((entry: LooseJson) => entry.platform)).toEqual([
      'exchange',
      'exchange',
      'credit',
    ]);
    expect((await admin('POST', '/__admin/reset')).status).toBe(200);
    const reset = await admin('GET', '/__admin/state');
    expect([reset.json.exchange.state.records.penalty, reset.json.exchange.journal.entries]).toEqual([0, 0]);
  });

  it('drops messages into an inbox: synthetic records, or XML as sent, and refuses what does not decode', async () => {
    const synthetic = await admin('POST', '/__admin/exchange/deliver', {
      receiverCode: '11420113CBG113028U',
      messageType: 'SXMD',
      count: 2,
      encoding: 'GB18030',
    });
    expect(synthetic.json).toMatchObject({
      messageType: 'SXMD',
      senderCode: '11420100CBG000015N',
      receiverCode: '11420113CBG113028U',
      cursor: 'i1-0000000000000001',
    });
    const xml = await fetch(`${server.url}/__admin/exchange/deliver`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: new Uint8Array(
        readFileSync(new URL('../../../docs/contracts/examples/xzcf-penalty.xml', import.meta.url)),
      ),
    });
    expect(((await xml.json()) as LooseJson).messageId).toBe('6b1f0c52-3d7e-4a9b-8f21-0c4d5e6f7a81');
    const inbox = await exchangeClient.call('GET', '/exchange/v1/inbox', {
      appKey: 'cb-demo-district',
      secret: 'cb-demo-secret-0123456789abcdef',
    });
    expect(inbox.json.data.items.map((item: LooseJson) => [item.messageType, item.contentType])).toEqual([
      ['SXMD', 'application/xml; charset=GB18030'],
      ['XZCF', 'application/xml; charset=UTF-8'],
    ]);
    const broken = await fetch(`${server.url}/__admin/exchange/deliver`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<Message',
    });
    expect([broken.status, ((await broken.json()) as LooseJson).error.code]).toEqual([
      400,
      'E_XML_MALFORMED',
    ]);
    const unknown = await admin('POST', '/__admin/exchange/deliver', { receiverCode: '11420100CBG000023H' });
    expect([unknown.status, unknown.json.error.code]).toEqual([400, 'E_ARGUMENT']);
  });
});
