import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformUnderTest, Transport } from '../support/harness.js';
import { freshKey, freshNonce } from '../support/test-client.js';

const WORKED = {
  appKey: 'cb-demo-district',
  secret: 'cb-demo-secret-0123456789abcdef',
  timestamp: '1767232800000',
  nonce: '5f2b8c1e-9a47-4d36-b0c2-7e1f3a9d6c84',
  target: '/api/v1/blacklist/check:batch?tag=b&region=%E6%B1%9F%E6%B1%89%E5%8C%BA&tag=a&region=420103',
  body: '{"subjects":[{"uscc":"91420103CB0001019A"},{"idNumber":"420111199302170464"}]}',
  sm3: 'fb80bfc9c05262ac02eb273777600cf5e992db71ec99ccd21853228a900ef37e',
  sha256: 'c79ed3f485a115a63bda833c9756639cebe1bb11ac77a931a9840206da47d7c7',
};

/** Every E_AUTH_* rule of the signing guide, in its order. */
export function authScenarios(transport: Transport): void {
  describe(`signatures (${transport.name})`, () => {
    let sut: PlatformUnderTest;
    beforeAll(async () => {
      sut = await transport.open();
    });
    afterEach(() => sut.platform.reset());
    afterAll(() => sut.close());
    const changes = '/api/v1/blacklist/changes';

    it('accepts HMAC-SM3 and HMAC-SHA256', async () => {
      expect((await sut.client.call('GET', changes)).status).toBe(200);
      expect((await sut.client.call('GET', changes, { signMethod: 'HMAC-SHA256' })).status).toBe(200);
      expect(sut.platform.journal.count({ status: 200, appKey: 'demo-app' })).toBe(2);
    });

    it('accepts the worked example of the signing guide byte for byte, with both methods', async () => {
      sut.clock.set(Number(WORKED.timestamp));
      for (const [signMethod, signature] of [
        ['HMAC-SM3', WORKED.sm3],
        ['HMAC-SHA256', WORKED.sha256],
      ] as const) {
        sut.platform.auth.reset();
        const result = await sut.client.call('POST', WORKED.target, {
          body: WORKED.body,
          appKey: WORKED.appKey,
          secret: WORKED.secret,
          timestamp: WORKED.timestamp,
          nonce: WORKED.nonce,
          signMethod,
          signature,
          idempotencyKey: freshKey(),
        });
        expect(result.status, result.text).toBe(200);
        expect(result.json.data.results.map((r: { status: string }) => r.status)).toEqual([
          'not_listed',
          'not_listed',
        ]);
      }
    });

    it('answers 401 E_AUTH_MISSING (97) for an absent signing header', async () => {
      const result = await sut.client.call('GET', changes, { omit: ['X-Signature'] });
      expect(result.status).toBe(401);
      expect(result.json).toMatchObject({
        code: '97',
        error: { code: 'E_AUTH_MISSING', details: [{ code: 'E_AUTH_MISSING', field: 'X-Signature' }] },
      });
    });

    it('answers 401 E_AUTH_HEADER (98) for a malformed header', async () => {
      const short = await sut.client.call('GET', changes, { nonce: 'short' });
      expect(short.json).toMatchObject({
        code: '98',
        error: { code: 'E_AUTH_HEADER', details: [{ field: 'X-Nonce' }] },
      });
      const seconds = await sut.client.call('GET', changes, { timestamp: '1767232800.5' });
      expect(seconds.json.error.details[0].field).toBe('X-Timestamp');
      const upper = await sut.client.call('GET', changes, { signature: 'A'.repeat(64) });
      expect(upper.json.error.code).toBe('E_AUTH_HEADER');
      expect(upper.status).toBe(401);
    });

    it('answers 401 E_AUTH_APP_KEY for an unknown or removed app', async () => {
      expect((await sut.client.call('GET', changes, { appKey: 'nobody' })).json.error.code).toBe(
        'E_AUTH_APP_KEY',
      );
      sut.platform.auth.removeApp('demo-app');
      const removed = await sut.client.call('GET', changes);
      expect(removed.json).toMatchObject({ code: '99', error: { code: 'E_AUTH_APP_KEY' } });
    });

    it('answers 401 E_AUTH_SKEW outside ±300 s and accepts inside', async () => {
      const now = sut.clock.now();
      expect(
        (await sut.client.call('GET', changes, { timestamp: String(now - 301_000) })).json.error.code,
      ).toBe('E_AUTH_SKEW');
      expect(
        (await sut.client.call('GET', changes, { timestamp: String(now + 301_000) })).json.error.code,
      ).toBe('E_AUTH_SKEW');
      expect((await sut.client.call('GET', changes, { timestamp: String(now - 299_000) })).status).toBe(200);
    });

    it('answers 401 E_AUTH_SIGNATURE for a wrong secret, a changed body or a changed query', async () => {
      expect((await sut.client.call('GET', changes, { secret: 'wrong' })).json.error.code).toBe(
        'E_AUTH_SIGNATURE',
      );
      const signature = '0'.repeat(64);
      const forged = await sut.client.call('GET', `${changes}?limit=5`, { signature });
      expect(forged.json).toMatchObject({
        code: '99',
        error: { code: 'E_AUTH_SIGNATURE', details: [{ field: 'X-Signature' }] },
      });
    });

    it('answers 401 E_AUTH_REPLAY for a nonce seen in the last 600 s, and forgets it after', async () => {
      const nonce = freshNonce();
      expect((await sut.client.call('GET', changes, { nonce })).status).toBe(200);
      const replay = await sut.client.call('GET', changes, { nonce });
      expect(replay.json).toMatchObject({
        code: '99',
        error: { code: 'E_AUTH_REPLAY', details: [{ field: 'X-Nonce' }] },
      });
      sut.clock.advance(601_000);
      expect((await sut.client.call('GET', changes, { nonce })).status).toBe(200);
    });

    it('does not burn a nonce on a forged request', async () => {
      const nonce = freshNonce();
      expect((await sut.client.call('GET', changes, { nonce, secret: 'wrong' })).status).toBe(401);
      expect((await sut.client.call('GET', changes, { nonce })).status).toBe(200);
    });
  });
}
