import { generateRecords } from '@credit-bridge/core/testing';
import { isPlatformError } from '@credit-bridge/http';
import { describe, expect, it } from 'vitest';
import type { FixtureFactory } from '../platform-fixture.js';
import { RENAMED_PROFILE } from '../renamed-profile.js';
import { byRecordId, runScenario, scenarioData } from '../scenario.js';

const bodyOf = (body: string | Uint8Array | undefined): string =>
  typeof body === 'string' ? body : new TextDecoder().decode(body);

/** The same client code against a platform that names everything otherwise: only the profile changes. */
export function renamedProfileSuite(factory: FixtureFactory): void {
  describe('a renamed profile, mock and client configured alike', () => {
    const fixture = factory({ profile: RENAMED_PROFILE });

    it("a full run works, over the profile's paths, headers, names and limits", async () => {
      const data = scenarioData(61, 9);
      const run = await runScenario(fixture.client(), data);
      expect(run.submitted.blacklist.accepted).toBe(9);
      expect(run.submitted.penalties.accepted).toBe(8);
      expect(run.submitted.repairs.accepted).toBe(data.repairs.length);
      expect(run.blacklistChanges.map((change) => change.record)).toEqual(byRecordId(data.blacklist));
      expect(run.repair).toEqual(data.repairs[0]);
      expect(run.many.filter((result) => result.status !== 'invalid')).toHaveLength(12);
      expect(run.verification.valid).toBe(true);
      expect(run.fetched).toEqual(run.report);

      const { sent } = fixture;
      expect(sent.every((request) => new URL(request.url).pathname.startsWith('/gw/v2/'))).toBe(true);
      expect(sent.every((request) => /^[0-9a-f]{64}$/.test(request.headers['X-Gw-Sign'] ?? ''))).toBe(true);
      expect(sent.every((request) => !('X-Signature' in request.headers))).toBe(true);
      const posts = sent.filter((request) => request.method === 'POST');
      expect(
        posts.every(
          (request) =>
            request.headers['X-Gw-Request-Key'] !== undefined && !('Idempotency-Key' in request.headers),
        ),
      ).toBe(true);
      const submits = posts
        .filter((request) => request.url.endsWith('/upload'))
        .map((request) => bodyOf(request.body));
      expect(
        submits.every((body) => Buffer.byteLength(body) <= RENAMED_PROFILE.batchLimits.maxBodyBytes),
      ).toBe(true);
      const counts = submits.map((body) => (JSON.parse(body) as { records: unknown[] }).records.length);
      expect(Math.max(...counts)).toBe(RENAMED_PROFILE.batchLimits.recordsPerBatch);
      // Some batches stop short of four records because the next one would break the 5,000-byte body limit.
      expect(
        counts.filter((count) => count < RENAMED_PROFILE.batchLimits.recordsPerBatch).length,
      ).toBeGreaterThan(3);
      const all = submits.join('');
      expect(all).toContain('"CF_XDR_MC_GW"');
      expect(all).toContain('"AREA_CODE"');
      expect(all).not.toContain('"CF_XDR_MC"');
      expect(all).not.toContain('"DFBM"');
      const feeds = sent.filter((request) => request.url.endsWith('/feed'));
      expect(feeds.some((request) => request.query?.from !== undefined && request.query.size === '5')).toBe(
        true,
      );
    });

    it('failures inside 200 envelopes are typed, and transient ones are retried', async () => {
      const wrong = await fixture
        .client({ appSecret: 'not-the-secret' })
        .blacklist.check({ uscc: '91420111CB0001035J' })
        .catch((caught: unknown) => caught);
      expect(wrong).toMatchObject({ errorCode: 'E_AUTH_SIGNATURE', platformCode: '1099', httpStatus: 200 });

      fixture.platform.faults.script('blacklistCheck', [
        { kind: 'status', status: 503 },
        { kind: 'rate-limit', retryAfterSeconds: 1 },
      ]);
      const result = await fixture.client().blacklist.check({ uscc: '91420111CB0001035J' });
      expect(result.listed).toBe(false);
      const answers = fixture.platform.journal.find({ operation: 'blacklistCheck' }).slice(-3);
      expect(answers.map((entry) => [entry.status, entry.code])).toEqual([
        [200, '1099'],
        [200, '1099'],
        [200, '0000'],
      ]);

      fixture.platform.faults.script('penaltiesSubmit', [
        { kind: 'status', status: 503 },
        { kind: 'status', status: 503 },
        { kind: 'status', status: 503 },
        { kind: 'status', status: 503 },
        { kind: 'status', status: 503 },
        { kind: 'status', status: 503 },
      ]);
      const exhausted = await fixture
        .client()
        .penalties.submit(generateRecords('penalty', { seed: 3, count: 2 }))
        .catch((caught: unknown) => caught);
      expect(
        isPlatformError(exhausted) && [exhausted.errorCode, exhausted.retryable, exhausted.attempts],
      ).toEqual(['E_UNAVAILABLE', true, 6]);
    });
  });
}
