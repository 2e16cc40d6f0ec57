import { generateRecords } from '@credit-bridge/core/testing';
import { isTimeoutError } from '@credit-bridge/http';
import { describe, expect, it } from 'vitest';
import type { FixtureFactory } from '../platform-fixture.js';

const DEADLINE_MS = 600;
// Real time the test allows beyond the deadline: timers, socket teardown, a loaded machine.
const SLACK_MS = 1_500;

async function elapsed<T>(call: () => Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await call().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return { error, ms: performance.now() - started };
}

/** Responses that never complete, against the deadlines of the transport and of `reports.get`. */
export function deadlinesSuite(factory: FixtureFactory): void {
  describe('deadlines under a never-ending response', () => {
    const fixture = factory({ neverEnding: true, reportDelayMs: 100 });
    const client = () => fixture.client({ http: { attemptTimeoutMs: 150, deadlineMs: DEADLINE_MS } });

    it('a body that starts and never ends: each attempt times out, the call ends by its total deadline', async () => {
      fixture.platform.faults.setProbability({
        route: '*',
        rate: 1,
        faults: [{ kind: 'dribble', chunkBytes: 8, intervalMs: 1 }],
      });
      const { error, ms } = await elapsed(() => client().blacklist.check({ uscc: '91420111CB0001035J' }));
      expect(isTimeoutError(error)).toBe(true);
      expect(ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
      const attempts = fixture.platform.journal.count({ operation: 'blacklistCheck' });
      expect(attempts).toBeGreaterThan(1);
    });

    it('an answer that never starts: a batch submission ends by its deadline too', async () => {
      fixture.platform.faults.setProbability({ route: '*', rate: 1, faults: [{ kind: 'latency', ms: 1 }] });
      const records = generateRecords('penalty', { seed: 2, count: 3 });
      const { error, ms } = await elapsed(() => client().penalties.submit(records));
      expect(isTimeoutError(error)).toBe(true);
      expect(ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
    });

    it('reports.get keeps its own timeout while a poll hangs', async () => {
      const entries = generateRecords('blacklist', { seed: 4, count: 1 });
      const patient = fixture.client({ http: { attemptTimeoutMs: 10_000, deadlineMs: 60_000 } });
      await patient.blacklist.submit(entries);
      const subject = entries[0]?.subject;
      if (subject === undefined || subject.category === 'natural_person')
        throw new Error('seed 4 gives a company');
      fixture.platform.faults.setProbability({
        route: 'reportTask',
        rate: 1,
        faults: [{ kind: 'latency', ms: 1 }],
      });
      const { error, ms } = await elapsed(() =>
        patient.reports.get(subject, { purpose: '测试', timeoutMs: 1_500 }),
      );
      expect(isTimeoutError(error) && error.deadline === 'total').toBe(true);
      // The client's clock jumped over the first wait; the hung poll is bounded in real time.
      expect(ms).toBeLessThan(1_500 + SLACK_MS);
    });
  });
}
