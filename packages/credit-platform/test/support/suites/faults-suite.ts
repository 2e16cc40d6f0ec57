import type { FaultSpec } from '@credit-bridge/mock';
import { describe, expect, it } from 'vitest';
import { DEMO_SECRET_FOR_SCAN, personalDataOf } from '../personal-data.js';
import { type FixtureFactory, TEST_RETRY } from '../platform-fixture.js';
import { runScenario, scenarioData, stable } from '../scenario.js';

/** 503, 429 and connection resets, before the platform saw the request and after it committed. */
const FAULTS: readonly FaultSpec[] = [
  { kind: 'status', status: 503, retryAfterSeconds: 1 },
  { kind: 'status', status: 503, timing: 'afterCommit' },
  { kind: 'rate-limit', retryAfterSeconds: 1 },
  { kind: 'reset' },
  { kind: 'reset', timing: 'afterCommit' },
];

/** A full run through a platform that fails one request in five. */
export function faultsSuite(factory: FixtureFactory): void {
  describe('under 20% faults on every route', () => {
    const fixture = factory();

    it('every operation returns the fault-free result, nothing is stored twice, attempts stay bounded', async () => {
      const data = scenarioData(31, 40);
      const { platform } = fixture;
      const baseline = await runScenario(fixture.client(), data);
      const baselineState = platform.state.summary();
      const baselineFeed = platform.state.data.blacklistFeed.items().length;

      platform.reset();
      fixture.events.length = 0;
      platform.faults.setProbability({ route: '*', rate: 0.2, faults: FAULTS });
      const faulty = await runScenario(fixture.client(), data);

      expect(stable(faulty)).toEqual(stable(baseline));
      const summary = platform.state.summary();
      expect(summary.records).toEqual(baselineState.records);
      expect(summary.reportTasks).toEqual(baselineState.reportTasks);
      expect(platform.state.data.blacklistFeed.items()).toHaveLength(baselineFeed);
      const versions = platform.state.data.blacklistFeed
        .items()
        .map((item) => `${item.recordId}@${item.version}`);
      expect(new Set(versions).size).toBe(versions.length);

      const journal = platform.journal.entries();
      const injected = new Set(
        journal
          .filter((entry) => entry.fault !== undefined)
          .map((entry) => `${entry.fault}:${entry.faultTiming ?? 'before'}`),
      );
      expect([...injected].sort()).toEqual([
        'rate-limit:before',
        'reset:afterCommit',
        'reset:before',
        'status:afterCommit',
        'status:before',
      ]);
      const perKey = new Map<string, number>();
      for (const entry of journal) {
        if (entry.idempotencyKey !== undefined)
          perKey.set(entry.idempotencyKey, (perKey.get(entry.idempotencyKey) ?? 0) + 1);
      }
      expect(Math.max(...perKey.values())).toBeGreaterThan(1);
      expect(Math.max(...perKey.values())).toBeLessThanOrEqual(TEST_RETRY.maxAttempts);
      expect(journal.filter((entry) => entry.replayed).length).toBeGreaterThan(0);
      // Every attempt the client made reached the platform, and none went past the bound.
      const attempts = fixture.events.flatMap((event) => (event.type === 'request' ? [event.attempt] : []));
      expect(attempts).toHaveLength(journal.length);
      expect(Math.max(...attempts)).toBeLessThanOrEqual(TEST_RETRY.maxAttempts);
      expect(fixture.events.some((event) => event.type === 'retry')).toBe(true);
    });

    it("no event of a full run carries an identity number, a natural person's name or the secret", async () => {
      const data = scenarioData(41, 40);
      fixture.platform.faults.setProbability({ route: '*', rate: 0.2, faults: FAULTS });
      await runScenario(fixture.client(), data);
      const types = new Set(fixture.events.map((event) => event.type));
      expect([...types].sort()).toEqual([
        'batch',
        'error',
        'page',
        'poll',
        'precheck',
        'request',
        'response',
        'retry',
      ]);
      const text = JSON.stringify(fixture.events);
      const secrets = personalDataOf(data);
      expect(secrets.idNumbers.length).toBeGreaterThan(0);
      expect(secrets.personNames.length).toBeGreaterThan(0);
      expect(secrets.idNumbers.filter((id) => text.includes(id))).toEqual([]);
      expect(secrets.personNames.filter((name) => text.includes(name))).toEqual([]);
      expect(text.includes(DEMO_SECRET_FOR_SCAN)).toBe(false);
      expect(text).not.toMatch(
        /(?<![0-9A-Z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX](?![0-9A-Z])/,
      );
    });
  });
}
