import type { FaultSpec } from '@credit-bridge/mock';
import { describe, expect, it } from 'vitest';
import { PUBLISHER, RECEIVER } from '../departments.js';
import { type FixtureFactory, START, TEST_RETRY } from '../exchange-fixture.js';
import { personalDataOf, RAW_ID_NUMBER } from '../personal-data.js';
import { runScenario, scenarioData, stable } from '../scenario.js';
import { xsdErrors } from '../xsd.js';

/** 503, 429 and connection resets, before the platform saw the request and after it committed. */
const FAULTS: readonly FaultSpec[] = [
  { kind: 'status', status: 503, retryAfterSeconds: 1 },
  { kind: 'status', status: 503, timing: 'afterCommit' },
  { kind: 'rate-limit', retryAfterSeconds: 1 },
  { kind: 'reset' },
  { kind: 'reset', timing: 'afterCommit' },
];

/** A full run through a platform that fails one request in five, on every route. */
export function faultsSuite(factory: FixtureFactory): void {
  describe('under 20% faults on every route', () => {
    const fixture = factory();

    it('every operation returns the fault-free result, no message is stored twice, attempts stay bounded', async () => {
      const data = scenarioData(61, 30);
      const { platform } = fixture;
      const baseline = await runScenario(fixture, data);
      const baselineState = platform.state.summary();
      const baselineMessages = platform.state.messages().map((message) => message.messageId);

      platform.reset();
      fixture.clock.set(START);
      fixture.events.length = 0;
      platform.faults.setProbability({ route: '*', rate: 0.2, faults: FAULTS });
      // At least one publish is lost after the platform stored it, whatever the seed draws.
      platform.faults.script('publishMessage', { kind: 'reset', timing: 'afterCommit' });
      const faulty = await runScenario(fixture, data);

      expect(stable(faulty)).toEqual(stable(baseline));
      // The fault-free run itself is right: every message handled once, the re-run an earlier message.
      const sent = Object.values(baseline.published).flatMap((outcomes) =>
        outcomes.flatMap((o) => o.messages),
      );
      expect(baseline.handled.map((item) => item.messageId)).toEqual(
        sent.map((message) => message.messageId),
      );
      expect(baseline.inbox).toMatchObject({
        processed: sent.length,
        duplicates: 0,
        failed: [],
        rejected: [],
      });
      expect(baseline.receipts).toHaveLength(sent.length);
      expect(baseline.rerun.flatMap((o) => o.results).every((r) => r.judgedBy === 'earlier-message')).toBe(
        true,
      );
      expect(baseline.blacklist.listed).toBe(true);
      expect(baseline.report.found).toBe(true);
      const summary = platform.state.summary();
      expect(summary.records).toEqual(baselineState.records);
      expect(summary.messages).toEqual(baselineState.messages);
      expect(summary.inboxes).toEqual(baselineState.inboxes);
      const messages = platform.state.messages().map((message) => message.messageId);
      expect(messages).toEqual(baselineMessages);
      expect(new Set(messages).size).toBe(messages.length);
      const delivered = platform.state.inboxes.entries(RECEIVER.code).map((entry) => entry.messageId);
      expect(new Set(delivered).size).toBe(delivered.length);

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
      // Each publish and acknowledgement of one message took at most the configured attempts.
      const perMessage = new Map<string, number>();
      for (const entry of journal) {
        if (entry.messageId === undefined) continue;
        const key = `${entry.operation}:${entry.appKey}:${entry.messageId}`;
        perMessage.set(key, (perMessage.get(key) ?? 0) + 1);
      }
      const counts = [...perMessage.values()];
      expect(Math.max(...counts)).toBeGreaterThan(1);
      expect(Math.max(...counts)).toBeLessThanOrEqual(TEST_RETRY.maxAttempts);
      // Every publish lost after commit was answered by its first receipt, replayed, on a later attempt.
      // (The penalties' re-run a day later is refused 409 by design: there is no receipt to replay.)
      const publishes = journal.filter(
        (entry) => entry.operation === 'publishMessage' && entry.errorCode !== 'E_IDEMPOTENCY_MISMATCH',
      );
      const lost = new Set(
        publishes.filter((entry) => entry.faultTiming === 'afterCommit').map((entry) => entry.messageId),
      );
      const replayed = new Set(
        publishes
          .filter((entry) => entry.replayed && entry.fault === undefined)
          .map((entry) => entry.messageId),
      );
      expect(lost.size).toBeGreaterThan(0);
      expect(replayed).toEqual(lost);
      // Every attempt the clients made reached the platform, and none went past the bound.
      const attempts = fixture.events.flatMap((event) => (event.type === 'request' ? [event.attempt] : []));
      expect(attempts).toHaveLength(journal.length);
      expect(Math.max(...attempts)).toBeLessThanOrEqual(TEST_RETRY.maxAttempts);
      expect(fixture.events.some((event) => event.type === 'retry')).toBe(true);
      // Every message the clients sent, each attempt's bytes, validates against the schema.
      const bodies = new Map(
        fixture.sent
          .filter((request) => request.method === 'POST' && request.url.endsWith('/exchange/v1/messages'))
          .map((request) => [
            Buffer.from(request.body as Uint8Array).toString('base64'),
            request.body as Uint8Array,
          ]),
      );
      expect(bodies.size).toBeGreaterThan(20);
      expect(await xsdErrors([...bodies.values()])).toEqual([]);
    });

    it("no event of a full run carries an identity number, a natural person's name or a secret", async () => {
      const data = scenarioData(71, 30);
      fixture.platform.faults.setProbability({ route: '*', rate: 0.2, faults: FAULTS });
      await runScenario(fixture, data);
      const types = new Set(fixture.events.map((event) => event.type));
      expect([...types].sort()).toEqual([
        'error',
        'inbox',
        'message',
        'page',
        'receipt',
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
      expect(text.includes(PUBLISHER.appSecret) || text.includes(RECEIVER.appSecret)).toBe(false);
      expect(text).not.toMatch(RAW_ID_NUMBER);
    });
  });
}
