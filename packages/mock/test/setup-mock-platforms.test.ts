import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupMockPlatforms } from '../src/vitest/index.js';
import { AS_DRC, encodeRecords, publish, recordsOf } from './support/exchange-messages.js';
import { createTestClient } from './support/test-client.js';

const platforms = setupMockPlatforms({ hooks: { beforeAll, afterEach, afterAll } });
const client = createTestClient(platforms.creditBaseUrl, platforms.credit.clock);
const exchange = createTestClient(platforms.exchangeBaseUrl, platforms.exchange.clock);

describe('setupMockPlatforms', () => {
  it('answers the credit platform in-process', async () => {
    const result = await client.call('GET', '/api/v1/blacklist/changes');
    expect(result.json).toMatchObject({ code: '00', data: { items: [], hasMore: false } });
    expect(platforms.credit.journal.count()).toBe(1);
  });

  it('answers the exchange platform in-process, on the same clock', async () => {
    expect(platforms.exchange.clock).toBe(platforms.credit.clock);
    expect((await publish(exchange, encodeRecords('XZCF', recordsOf('XZCF', 1, 1)))).status).toBe(200);
    const inbox = await exchange.call('GET', '/exchange/v1/inbox', AS_DRC);
    expect(inbox.json.data.items).toHaveLength(1);
    expect(platforms.exchange.journal.count({ platform: 'exchange' })).toBe(2);
  });

  it('has reset both platforms after the previous test', () => {
    expect(platforms.credit.journal.count()).toBe(0);
    expect(platforms.exchange.journal.count()).toBe(0);
    expect(platforms.exchange.state.messages()).toEqual([]);
  });

  it('fails requests to anywhere else, and says why', async () => {
    // msw reports an unhandled request on console.error; it is captured here so the suite stays quiet.
    const original = console.error;
    const seen: string[] = [];
    console.error = (...args: unknown[]) => {
      seen.push(args.map(String).join(' '));
    };
    try {
      await expect(fetch('https://elsewhere.mock.test/')).rejects.toThrow();
    } finally {
      console.error = original;
    }
    expect(seen.join('\n')).toContain('without a matching request handler');
  });
});
