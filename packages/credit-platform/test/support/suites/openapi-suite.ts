import { describe, expect, it } from 'vitest';
import { contractProblems } from '../contract-requests.js';
import type { FixtureFactory } from '../platform-fixture.js';
import { runScenario, scenarioData } from '../scenario.js';

/** What the client sends, judged by the OpenAPI document rather than by the mock. */
export function openApiSuite(factory: FixtureFactory): void {
  describe('requests against the OpenAPI document', () => {
    const fixture = factory();

    it('every request of a full run conforms: path, method, parameters, signing headers, body', async () => {
      await runScenario(fixture.client({ signMethod: 'HMAC-SHA256' }), scenarioData(51));
      await runScenario(fixture.client(), scenarioData(52));
      const operations = new Set(
        fixture.sent.map(
          (request) => `${request.method} ${new URL(request.url).pathname.split('/').slice(3, 5).join('/')}`,
        ),
      );
      expect(operations.size).toBeGreaterThanOrEqual(10);
      expect(fixture.sent.flatMap(contractProblems)).toEqual([]);
    });

    it('the checker itself rejects a request that breaks the contract', () => {
      const problems = contractProblems({
        method: 'POST',
        url: 'http://127.0.0.1/api/v1/penalties:batch',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'short', 'x-signature': 'ABC' },
        body: JSON.stringify({ records: [{ RECORD_ID: 'x', CF_NR_FK: 2 }] }),
      });
      expect(problems.some((problem) => problem.includes('Idempotency-Key'))).toBe(true);
      expect(problems.some((problem) => problem.includes('x-signature'))).toBe(true);
      expect(problems.some((problem) => problem.includes('body'))).toBe(true);
    });
  });
}
