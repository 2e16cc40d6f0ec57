import { computeSignature, defineExchangePlatformProfile } from '@credit-bridge/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeTransport, ExchangeUnderTest } from '../../support/exchange-harness.js';
import { encodeRecords, publish, recordsOf } from '../../support/exchange-messages.js';
import { freshNonce } from '../../support/test-client.js';

/** Signing on the exchange platform: the credit platform's rules over XML bodies, and departments. */
export function exchangeAuthScenarios(transport: ExchangeTransport): void {
  describe(`exchange signatures (${transport.name})`, () => {
    let sut: ExchangeUnderTest;
    beforeAll(async () => {
      sut = await transport.open();
    });
    afterEach(() => sut.platform.reset());
    afterAll(() => sut.close());

    it('accepts a published message signed with HMAC-SM3 or HMAC-SHA256 over the exact XML bytes', async () => {
      const sm3 = await publish(sut.client, encodeRecords('XZCF', recordsOf('XZCF', 1, 1)));
      const sha = await publish(sut.client, encodeRecords('XZCF', recordsOf('XZCF', 1, 2)), {
        signMethod: 'HMAC-SHA256',
      });
      expect([sm3.status, sha.status]).toEqual([200, 200]);
      expect(sut.platform.journal.count({ platform: 'exchange', receiptStatus: 'ACCEPTED' })).toBe(2);
    });

    it('answers 401 E_AUTH_SIGNATURE when one byte of the XML differs from what was signed', async () => {
      const signed = encodeRecords('XZCF', recordsOf('XZCF', 1, 3));
      const sent = signed.slice();
      sent[sent.length - 2] = 0x20;
      const nonce = freshNonce();
      const timestamp = String(sut.clock.now());
      const signature = computeSignature({
        signMethod: 'HMAC-SM3',
        method: 'POST',
        path: '/exchange/v1/messages',
        query: [],
        body: signed,
        timestamp,
        nonce,
        appSecret: 'demo-secret-change-me',
      });
      const result = await publish(sut.client, sent, { signature, nonce, timestamp });
      expect(result.status).toBe(401);
      expect(result.json).toMatchObject({ code: '99', error: { code: 'E_AUTH_SIGNATURE' } });
      expect(sut.platform.state.messages()).toHaveLength(0);
    });

    it('answers every other E_AUTH_* rule as the credit platform does', async () => {
      const inbox = '/exchange/v1/inbox';
      expect((await sut.client.call('GET', inbox, { omit: ['X-Nonce'] })).json.error.code).toBe(
        'E_AUTH_MISSING',
      );
      expect((await sut.client.call('GET', inbox, { nonce: 'short' })).json.error.code).toBe('E_AUTH_HEADER');
      expect((await sut.client.call('GET', inbox, { appKey: 'nobody' })).json.error.code).toBe(
        'E_AUTH_APP_KEY',
      );
      const skewed = String(sut.clock.now() - 301_000);
      expect((await sut.client.call('GET', inbox, { timestamp: skewed })).json.error.code).toBe(
        'E_AUTH_SKEW',
      );
      const nonce = freshNonce();
      expect((await sut.client.call('GET', inbox, { nonce })).status).toBe(200);
      const replay = await sut.client.call('GET', inbox, { nonce });
      expect([replay.status, replay.json.error.code]).toEqual([401, 'E_AUTH_REPLAY']);
    });

    it('answers 401 E_AUTH_APP_KEY for a valid app that acts for no department', async () => {
      sut.platform.auth.setApp({ appKey: 'no-department', appSecret: 'no-department-secret' });
      const result = await sut.client.call('GET', '/exchange/v1/inbox', {
        appKey: 'no-department',
        secret: 'no-department-secret',
      });
      expect(result.status).toBe(401);
      expect(result.json).toMatchObject({
        code: '99',
        error: { code: 'E_AUTH_APP_KEY', details: [{ field: 'X-App-Key', message: 'no department' }] },
      });
    });

    it('answers 404 E_NOT_FOUND for a path or method the exchange does not have', async () => {
      const result = await sut.client.call('GET', '/exchange/v1/messages');
      expect([result.status, result.json.error.code]).toEqual([404, 'E_NOT_FOUND']);
      expect(sut.platform.journal.last()).toMatchObject({ platform: 'exchange', status: 404 });
    });

    it('puts the outcome only in code when the status mode is always-200', async () => {
      const legacy = await transport.open({
        profile: defineExchangePlatformProfile({ statusMode: 'always-200' }),
      });
      try {
        const result = await legacy.client.call('GET', '/exchange/v1/inbox', { secret: 'wrong' });
        expect([result.status, result.json.code, result.json.error.code]).toEqual([
          200,
          '99',
          'E_AUTH_SIGNATURE',
        ]);
      } finally {
        await legacy.close();
      }
    });
  });
}
