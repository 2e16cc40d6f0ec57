import type { CreditPlatformOperation } from '@credit-bridge/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCreditPlatform, createCreditPlatformHandlers, createManualClock } from '../src/index.js';
import { START } from './support/harness.js';
import { createResponseValidator } from './support/openapi-responses.js';
import {
  approvedRepair,
  checkQuery,
  keyOf,
  listing,
  publishedPenalty,
  rows,
  subjectOf,
} from './support/records.js';
import { type CallOptions, createTestClient, freshKey } from './support/test-client.js';

const BASE = 'https://contract.mock.test';
const clock = createManualClock(START);
const platform = createCreditPlatform({ clock, seed: 21 });
const server = setupServer(...createCreditPlatformHandlers({ baseUrl: BASE, platform }));
const client = createTestClient(BASE, clock);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

interface Seen {
  readonly op: CreditPlatformOperation;
  readonly status: number;
  readonly body: unknown;
}

describe('every answer the router sends matches the OpenAPI document', () => {
  it('for each operation, its successes, its failures and the faults with envelopes', async () => {
    const seen: Seen[] = [];
    const call = async (
      op: CreditPlatformOperation,
      method: string,
      target: string,
      options?: CallOptions,
    ) => {
      const result = await client.call(method, target, options);
      seen.push({ op, status: result.status, body: result.json });
      return result;
    };
    const batch = (op: CreditPlatformOperation, path: string, body: unknown, extra: CallOptions = {}) =>
      call(op, 'POST', path, { body, idempotencyKey: freshKey(), ...extra });

    const seeded = platform.seed({ count: 12 });
    expect(seeded.accepted).toEqual({ penalty: 12, license: 12, blacklist: 12, repair: 12 });
    const company = subjectOf(80);
    const person = subjectOf(81, 'natural_person');
    const penalty = publishedPenalty(80, company);
    const entry = listing(82, company);
    await batch('penaltiesSubmit', '/api/v1/penalties:batch', {
      records: [...rows('penalty', penalty, publishedPenalty(83, person)).records, { RECORD_ID: 'CF-x' }],
    });
    await batch(
      'licensesSubmit',
      '/api/v1/licenses:batch',
      rows('license', ...platform.state.records('license').slice(0, 2)),
    );
    await batch(
      'blacklistSubmit',
      '/api/v1/blacklist/entries:batch',
      rows('blacklist', entry, listing(84, person)),
    );
    await batch(
      'blacklistSubmit',
      '/api/v1/blacklist/entries:batch',
      rows('blacklist', { ...entry, version: 2 }, entry),
    );
    await batch(
      'repairsSubmit',
      '/api/v1/credit-repairs:batch',
      rows('repair', approvedRepair(85, { recordType: 'blacklist', recordId: entry.recordId }, company)),
    );
    await batch(
      'penaltiesSubmit',
      '/api/v1/penalties:batch',
      { records: [{}] },
      { omit: ['Idempotency-Key'] },
    );
    await batch('penaltiesSubmit', '/api/v1/penalties:batch', { records: [] });
    await batch('penaltiesSubmit', '/api/v1/penalties:batch', '{"records":');
    await batch('penaltiesSubmit', '/api/v1/penalties:batch', {
      records: Array.from({ length: 501 }, () => ({})),
    });
    await batch(
      'penaltiesSubmit',
      '/api/v1/penalties:batch',
      { records: [{}] },
      { contentType: 'text/plain' },
    );
    const key = freshKey();
    await batch('licensesSubmit', '/api/v1/licenses:batch', { records: [{}] }, { idempotencyKey: key });
    await batch('licensesSubmit', '/api/v1/licenses:batch', { records: [{}, {}] }, { idempotencyKey: key });
    await call('blacklistChanges', 'GET', '/api/v1/blacklist/changes', { secret: 'wrong' });

    await call('blacklistCheck', 'GET', `/api/v1/blacklist/check?${checkQuery(company)}`);
    await call('blacklistCheck', 'GET', `/api/v1/blacklist/check?${checkQuery(person)}`);
    await call('blacklistCheck', 'GET', '/api/v1/blacklist/check');
    await batch('blacklistCheckBatch', '/api/v1/blacklist/check:batch', {
      subjects: [keyOf(company), keyOf(person), ...seeded.sampleSubjects, { uscc: '91420103CB0001019B' }],
    });
    await batch('blacklistCheckBatch', '/api/v1/blacklist/check:batch', {
      subjects: Array.from({ length: 1001 }, () => keyOf(company)),
    });
    await call('blacklistChanges', 'GET', '/api/v1/blacklist/changes?limit=500');
    await call('blacklistChanges', 'GET', '/api/v1/blacklist/changes?limit=3');
    await call('blacklistChanges', 'GET', '/api/v1/blacklist/changes?limit=0');
    const repairs = await call('repairChanges', 'GET', '/api/v1/credit-repairs/changes?limit=500');
    await call(
      'repairGet',
      'GET',
      `/api/v1/credit-repairs/${encodeURIComponent(repairs.json.data.items[0].repairId)}`,
    );
    await call('repairGet', 'GET', '/api/v1/credit-repairs/none');

    const ask = (subject: unknown, subjectName?: string) =>
      call('reportsCreate', 'POST', '/api/v1/credit-reports', {
        body: {
          subject,
          purpose: '政府采购供应商资格审查',
          authorizationRef: 'SQ-9',
          ...(subjectName ? { subjectName } : {}),
        },
      });
    const tasks = [
      await ask(keyOf(company), company.name),
      await ask(keyOf(person)),
      await ask(seeded.sampleSubjects[1]),
      await ask(keyOf(subjectOf(86))),
      await ask({ uscc: '91420103CB0001019B' }),
    ].map((result) => result.json.data.taskId as string);
    await call('reportsCreate', 'POST', '/api/v1/credit-reports', { body: { subject: keyOf(company) } });
    await call('reportTask', 'GET', `/api/v1/credit-reports/tasks/${tasks[0]}`);
    clock.advance(2_000);
    const reportNos: string[] = [];
    for (const taskId of tasks) {
      const task = await call('reportTask', 'GET', `/api/v1/credit-reports/tasks/${taskId}`);
      if (task.json.data.reportNo) reportNos.push(task.json.data.reportNo);
    }
    expect(reportNos).toHaveLength(3);
    await call('reportTask', 'GET', '/api/v1/credit-reports/tasks/none');
    for (const reportNo of reportNos) {
      const report = await call('reportGet', 'GET', `/api/v1/credit-reports/${reportNo}`);
      await call(
        'reportVerify',
        'GET',
        `/api/v1/credit-reports/${reportNo}/verification?code=${report.json.data.XYBG_YZM}`,
      );
    }
    await call('reportGet', 'GET', '/api/v1/credit-reports/XYBG42010020260715999999');
    await call(
      'reportVerify',
      'GET',
      '/api/v1/credit-reports/XYBG42010020260715999999/verification?code=AAAAAAAA',
    );
    await call('reportVerify', 'GET', '/api/v1/credit-reports/XYBG42010020260715999999/verification?code=a');

    platform.faults.script('reportGet', [
      { kind: 'status', status: 500 },
      { kind: 'status', status: 503, retryAfterSeconds: 1 },
      { kind: 'rate-limit' },
    ]);
    for (let index = 0; index < 3; index += 1)
      await call('reportGet', 'GET', `/api/v1/credit-reports/${reportNos[0]}`);

    const validate = createResponseValidator();
    const problems = seen.flatMap(({ op, status, body }) => validate(op, status, body));
    expect(problems).toEqual([]);
    const statuses = new Set(seen.map(({ status }) => status));
    expect([...statuses].sort()).toEqual([200, 202, 400, 401, 404, 409, 413, 415, 429, 500, 503]);
  });
});
