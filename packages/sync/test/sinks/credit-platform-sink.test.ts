import { toWireRecord } from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import { createCreditPlatformClient } from '@credit-bridge/credit-platform';
import { DEMO_APP_KEY, DEMO_APP_SECRET } from '@credit-bridge/mock';
import { setupMockPlatforms } from '@credit-bridge/mock/vitest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCreditPlatformSink } from '../../src/index.js';

const platforms = setupMockPlatforms({ hooks: { beforeAll, afterEach, afterAll }, seed: 5 });

function clientOf(maxAttempts = 4) {
  return createCreditPlatformClient({
    baseUrl: platforms.creditBaseUrl,
    appKey: DEMO_APP_KEY,
    appSecret: DEMO_APP_SECRET,
    http: { retry: { maxAttempts, baseDelayMs: 1, maxDelayMs: 2 } },
  });
}

describe('createCreditPlatformSink', () => {
  it('delivers a batch in one request and maps each result, in input order', async () => {
    const client = clientOf();
    const sink = createCreditPlatformSink({ client, recordType: 'blacklist', maxRecords: 50 });
    const [a, b, c] = generateRecords('blacklist', { seed: 3, count: 3 });
    if (a === undefined || b === undefined || c === undefined) throw new Error('three records');
    platforms.credit.state.submit('blacklist', [toWireRecord('blacklist', b)]);
    const stale = { ...c, version: 1 };
    platforms.credit.state.submit('blacklist', [toWireRecord('blacklist', { ...c, version: 2 })]);

    const delivery = await sink.deliver([a, b, stale]);
    expect(delivery.outcomes.map((outcome) => outcome.status)).toEqual(['accepted', 'duplicate', 'rejected']);
    expect(delivery.outcomes[2]).toMatchObject({
      issues: [{ code: 'E_STALE_VERSION', field: 'RECORD_VERSION' }],
    });
    expect(delivery).toMatchObject({ attempts: 1, receipt: { replayed: false } });
    expect(
      platforms.credit.journal.entries().filter((entry) => entry.operation === 'blacklistSubmit'),
    ).toHaveLength(1);
    expect(sink).toMatchObject({
      id: 'credit-platform',
      platform: 'credit',
      limits: { maxRecords: 50, maxBytes: 4 * 1024 * 1024 },
    });
    client.close();
  });

  it('measures records so that a batch adds up to the body the client sends', async () => {
    const client = clientOf();
    const sink = createCreditPlatformSink({ client, recordType: 'penalty' });
    const records = generateRecords('penalty', { seed: 4, count: 3 });
    await sink.deliver(records);
    const sizes = records.map((record) => sink.measure(record));
    expect(sizes).toEqual(
      records.map((record) => Buffer.byteLength(JSON.stringify(toWireRecord('penalty', record)))),
    );
    const body = `{"records":[${[...records]
      .sort((x, y) => (x.recordId < y.recordId ? -1 : 1))
      .map((record) => JSON.stringify(toWireRecord('penalty', record)))
      .join(',')}]}`;
    expect(
      sink.limits.overheadBytes +
        sizes.reduce((sum, size) => sum + size, 0) +
        (records.length - 1) * sink.limits.separatorBytes,
    ).toBe(Buffer.byteLength(body));
    client.close();
  });

  it('reports a delivery that failed after the transport gave up as failed, retryable or not', async () => {
    const client = clientOf(1);
    const sink = createCreditPlatformSink({ client, recordType: 'penalty' });
    const records = generateRecords('penalty', { seed: 6, count: 2 });
    platforms.credit.faults.script('penaltiesSubmit', { kind: 'status', status: 503 });
    const failed = await sink.deliver(records);
    expect(failed.outcomes).toEqual(
      records.map(() =>
        expect.objectContaining({ status: 'failed', failure: expect.objectContaining({ retryable: true }) }),
      ),
    );

    const wrong = createCreditPlatformClient({
      baseUrl: platforms.creditBaseUrl,
      appKey: DEMO_APP_KEY,
      appSecret: 'not-the-secret-0123456789',
    });
    const refused = await createCreditPlatformSink({ client: wrong, recordType: 'penalty' }).deliver(records);
    expect(refused.outcomes[0]).toMatchObject({ status: 'failed', failure: { retryable: false } });
    expect(() => createCreditPlatformSink({ client, recordType: 'penalty', maxRecords: 501 })).toThrow(
      expect.objectContaining({ code: 'E_SYNC_CONFIG' }),
    );
    client.close();
    wrong.close();
  });
});
