import { encodeExchangeMessage, toWireRecord } from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import { createExchangeClient } from '@credit-bridge/exchange-platform';
import { DEMO_APP_KEY, DEMO_APP_SECRET } from '@credit-bridge/mock';
import { setupMockPlatforms } from '@credit-bridge/mock/vitest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createExchangeSink } from '../../src/index.js';

const platforms = setupMockPlatforms({ hooks: { beforeAll, afterEach, afterAll }, seed: 8 });
const SENDER = '11420113CBG11301XU';
const RECEIVER = '11420103CBG1030222';

function clientOf(maxAttempts = 4) {
  return createExchangeClient({
    baseUrl: platforms.exchangeBaseUrl,
    appKey: DEMO_APP_KEY,
    appSecret: DEMO_APP_SECRET,
    senderCode: SENDER,
    http: { retry: { maxAttempts, baseDelayMs: 1, maxDelayMs: 2 } },
  });
}

describe('createExchangeSink', () => {
  it('publishes a batch as one message and maps each record of the receipt, in input order', async () => {
    const client = clientOf();
    const sink = createExchangeSink({
      client,
      recordType: 'penalty',
      receiverCode: RECEIVER,
      resourceCode: 'WH-XZCF',
    });
    const [a, b, c] = generateRecords('penalty', { seed: 3, count: 3 });
    if (a === undefined || b === undefined || c === undefined) throw new Error('three records');
    platforms.exchange.state.submit('penalty', [
      toWireRecord('penalty', b),
      toWireRecord('penalty', { ...c, version: 2 }),
    ]);

    const delivery = await sink.deliver([a, b, { ...c, version: 1 }]);
    expect(delivery.outcomes.map((outcome) => outcome.status)).toEqual(['accepted', 'duplicate', 'rejected']);
    expect(delivery.outcomes[2]).toMatchObject({ issues: [{ code: 'E_STALE_VERSION' }] });
    expect(delivery.receipt).toMatchObject({ messageIds: [expect.any(String)] });
    expect(platforms.exchange.state.data.stores.penalty.latest(a.recordId)?.version).toBe(a.version);
    expect(sink).toMatchObject({ id: 'exchange:XZCF:WH-XZCF', platform: 'exchange', recordType: 'penalty' });
    client.close();
  });

  it('measures records so that a full batch fits in one message', () => {
    const client = clientOf();
    const sink = createExchangeSink({ client, recordType: 'license', receiverCode: RECEIVER });
    const records = generateRecords('license', { seed: 4, count: 5 });
    const message = encodeExchangeMessage({
      messageType: 'XZXK',
      header: {
        messageId: '00000000-0000-8000-8000-000000000000',
        senderCode: SENDER,
        receiverCode: RECEIVER,
        regionCode: SENDER.slice(2, 8),
        sendTime: '2026-01-01T00:00:00+08:00',
      },
      records,
    });
    const total = records.reduce((sum, record) => sum + sink.measure(record), 0);
    expect(total).toBeLessThanOrEqual(message.length);
    expect(message.length - total).toBeLessThan(2048);
    expect(sink.limits.maxBytes + 2048).toBe(4_194_304);
    expect(() =>
      createExchangeSink({ client, recordType: 'license', receiverCode: RECEIVER, messageType: 'XZCF' }),
    ).toThrow(expect.objectContaining({ code: 'E_SYNC_CONFIG' }));
    client.close();
  });

  it('reports a publication that failed after the transport gave up as failed', async () => {
    const client = clientOf(1);
    const sink = createExchangeSink({ client, recordType: 'penalty', receiverCode: RECEIVER });
    platforms.exchange.faults.script('*', { kind: 'status', status: 503 });
    const records = generateRecords('penalty', { seed: 6, count: 2 });
    const delivery = await sink.deliver(records);
    expect(delivery.outcomes).toEqual(
      records.map(() =>
        expect.objectContaining({ status: 'failed', failure: expect.objectContaining({ retryable: true }) }),
      ),
    );
    client.close();
  });
});
