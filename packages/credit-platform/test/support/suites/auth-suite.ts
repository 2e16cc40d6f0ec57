import { isPlatformError } from '@credit-bridge/http';
import { describe, expect, it } from 'vitest';
import { isAuthFailure } from '../../../src/index.js';
import type { FixtureFactory } from '../platform-fixture.js';

const SUBJECT = { uscc: '91420111CB0001035J' };

/** Signing failures surface as typed errors, at once (a 401 is never retried). */
export function authSuite(factory: FixtureFactory): void {
  describe('auth failures', () => {
    const fixture = factory();

    it('a wrong secret is E_AUTH_SIGNATURE', async () => {
      const error = await fixture
        .client({ appSecret: 'not-the-secret' })
        .blacklist.check(SUBJECT)
        .catch((caught: unknown) => caught);
      expect(isAuthFailure(error)).toBe(true);
      expect(error).toMatchObject({
        code: 'E_PLATFORM',
        errorCode: 'E_AUTH_SIGNATURE',
        platformCode: '99',
        httpStatus: 401,
        attempts: 1,
      });
      expect(JSON.stringify(error)).not.toContain('not-the-secret');
    });

    it('a clock ten minutes fast is E_AUTH_SKEW', async () => {
      const skewed = fixture.client({ http: { clock: () => fixture.clock.now() + 10 * 60_000 } });
      const error = await skewed.blacklist.check(SUBJECT).catch((caught: unknown) => caught);
      expect(isPlatformError(error) && error.errorCode).toBe('E_AUTH_SKEW');
    });

    it('an unknown app key is E_AUTH_APP_KEY', async () => {
      const error = await fixture
        .client({ appKey: 'no-such-app' })
        .blacklist.check(SUBJECT)
        .catch((caught: unknown) => caught);
      expect(isPlatformError(error) && error.errorCode).toBe('E_AUTH_APP_KEY');
      expect(fixture.platform.journal.count({ errorCode: 'E_AUTH_APP_KEY' })).toBe(1);
    });
  });
}
