import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FaultSpec } from '../../src/index.js';
import type { PlatformUnderTest, Transport } from '../support/harness.js';
import { listing, rows, subjectOf } from '../support/records.js';

// biome-ignore lint/suspicious/noExplicitAny: tests read response JSON loosely.
const json = async (response: Response): Promise<any> => response.json();

import { freshKey } from '../support/test-client.js';

const SUBMIT = '/api/v1/blacklist/entries:batch';

/** Every fault kind, before and after commit, over the transport for real. */
export function faultScenarios(transport: Transport): void {
  describe(`faults (${transport.name})`, () => {
    let sut: PlatformUnderTest;
    beforeAll(async () => {
      sut = await transport.open();
    });
    afterEach(() => sut.platform.reset());
    afterAll(() => sut.close());
    const submit = (seed: number, idempotencyKey = freshKey()) =>
      sut.client.raw('POST', SUBMIT, {
        body: rows('blacklist', listing(seed, subjectOf(seed))),
        idempotencyKey,
      });
    const stored = () => sut.platform.state.records('blacklist').length;
    const script = (...faults: FaultSpec[]) => sut.platform.faults.script('blacklistSubmit', faults);

    it('answers 500, 502, 503 and 504 with failure envelopes and changes nothing', async () => {
      script({ kind: 'status', status: 500 }, { kind: 'status', status: 503, retryAfterSeconds: 3 });
      script({ kind: 'status', status: 502 }, { kind: 'status', status: 504 });
      const answers = [];
      for (let seed = 1; seed <= 4; seed += 1) {
        const response = await submit(seed);
        answers.push([
          response.status,
          (await json(response)).error.code,
          response.headers.get('retry-after'),
        ]);
      }
      expect(answers).toEqual([
        [500, 'E_INTERNAL', null],
        [503, 'E_UNAVAILABLE', '3'],
        [502, 'E_UNAVAILABLE', null],
        [504, 'E_UNAVAILABLE', null],
      ]);
      expect(stored()).toBe(0);
      expect(sut.platform.journal.count({ fault: 'status' })).toBe(4);
      expect((await submit(5)).status).toBe(200);
    });

    it('answers 429 E_RATE_LIMITED with Retry-After', async () => {
      script({ kind: 'rate-limit', retryAfterSeconds: 7 });
      const response = await submit(1);
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
      expect((await json(response)).error.code).toBe('E_RATE_LIMITED');
    });

    it('resets the connection before the request touches state', async () => {
      script({ kind: 'reset' });
      await expect(submit(1)).rejects.toThrow();
      expect(stored()).toBe(0);
      expect(sut.platform.journal.last()?.fault).toBe('reset');
    });

    it('resets after commit: the state changed, and a retry with the same key gets the stored answer', async () => {
      script({ kind: 'reset', timing: 'afterCommit' });
      const idempotencyKey = freshKey();
      await expect(submit(1, idempotencyKey)).rejects.toThrow();
      expect(stored()).toBe(1);
      const retry = await submit(1, idempotencyKey);
      expect(retry.status).toBe(200);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect((await json(retry)).data.results[0].status).toBe('accepted');
      expect(sut.platform.state.data.blacklistFeed.items()).toHaveLength(1);
      expect(sut.platform.journal.find({ idempotencyKey }).map((entry) => entry.faultTiming ?? null)).toEqual(
        ['afterCommit', null],
      );
    });

    it('truncates the body: the headers promise more than comes', async () => {
      script({ kind: 'truncated' }, { kind: 'truncated', timing: 'afterCommit' });
      const before = await submit(1);
      await expect(before.text()).rejects.toThrow();
      expect(stored()).toBe(0);
      const after = await submit(2);
      expect(after.status).toBe(200);
      await expect(after.text()).rejects.toThrow();
      expect(stored()).toBe(1);
    });

    it('sends malformed JSON with status 200', async () => {
      script({ kind: 'malformed-json' }, { kind: 'malformed-json', timing: 'afterCommit' });
      for (const seed of [1, 2]) {
        const response = await submit(seed);
        expect(response.status).toBe(200);
        const text = await response.text();
        expect(() => JSON.parse(text)).toThrow();
        expect(text.startsWith('{"code":')).toBe(true);
      }
      expect(stored()).toBe(1);
    });

    it('answers with the HTML error page of a gateway', async () => {
      script({ kind: 'html-gateway' });
      const response = await submit(1);
      expect(response.status).toBe(502);
      expect(response.headers.get('content-type')).toBe('text/html');
      expect(await response.text()).toContain('<h1>502 Bad Gateway</h1>');
      expect(stored()).toBe(0);
    });

    it('dribbles the real answer slowly and adds latency', async () => {
      script({ kind: 'dribble', chunkBytes: 40, intervalMs: 10 });
      const started = Date.now();
      const response = await submit(1);
      const body = await json(response);
      expect(body.data.accepted).toBe(1);
      expect(Date.now() - started).toBeGreaterThanOrEqual(40);

      script({ kind: 'latency', ms: 60 });
      const slow = Date.now();
      expect((await submit(2)).status).toBe(200);
      expect(Date.now() - slow).toBeGreaterThanOrEqual(55);
      expect(stored()).toBe(2);
    });

    it('applies * to every operation, a route only to its own, and a rate with a seeded draw', async () => {
      sut.platform.faults.script('*', { kind: 'status', status: 503 });
      sut.platform.faults.script('blacklistChanges', { kind: 'status', status: 500 });
      expect((await sut.client.call('GET', '/api/v1/blacklist/changes')).status).toBe(500);
      expect((await sut.client.call('GET', '/api/v1/credit-repairs/changes')).status).toBe(503);
      expect((await sut.client.call('GET', '/api/v1/credit-repairs/changes')).status).toBe(200);
      sut.platform.faults.setProbability({ route: '*', rate: 1, faults: [{ kind: 'status', status: 502 }] });
      expect((await sut.client.call('GET', '/api/v1/blacklist/changes')).status).toBe(502);
    });
  });
}
