import { generateRecords } from '@credit-bridge/core/testing';
import { isContractError } from '@credit-bridge/http';
import { describe, expect, it } from 'vitest';
import { ok, stubClient } from '../support/stub-sender.js';

const records = generateRecords('penalty', { seed: 7, count: 3 });
const sorted = [...records].sort((a, b) => (a.recordId < b.recordId ? -1 : 1));
const result = (index: number, recordId: string | undefined, status = 'accepted') => ({
  index,
  recordId,
  status,
});
const batch = (results: unknown[]) =>
  ok({ received: results.length, accepted: results.length, duplicate: 0, rejected: 0, results });

describe('merging batch results', () => {
  it('puts each result at its input position, whatever order the platform lists them in', async () => {
    const { client } = stubClient(() =>
      batch([
        result(2, sorted[2]?.recordId, 'duplicate'),
        result(0, sorted[0]?.recordId),
        result(1, sorted[1]?.recordId),
      ]),
    );
    const outcome = await client.penalties.submit(records);
    expect(outcome.results.map((entry) => entry.recordId)).toEqual(records.map((record) => record.recordId));
    const duplicate = outcome.results.find((entry) => entry.status === 'duplicate');
    expect(duplicate?.recordId).toBe(sorted[2]?.recordId);
    expect([outcome.accepted, outcome.duplicate]).toEqual([2, 1]);
  });

  it('a missing, repeated, out-of-range or mismatched result is a contract error', async () => {
    const broken = [
      [result(0, sorted[0]?.recordId), result(1, sorted[1]?.recordId)],
      [result(0, sorted[0]?.recordId), result(0, sorted[0]?.recordId), result(2, sorted[2]?.recordId)],
      [result(0, sorted[0]?.recordId), result(1, sorted[1]?.recordId), result(3, sorted[2]?.recordId)],
      [result(0, sorted[0]?.recordId), result(1, sorted[2]?.recordId), result(2, sorted[1]?.recordId)],
    ];
    for (const results of broken) {
      const { client } = stubClient(() => batch(results));
      const error = await client.penalties.submit(records).catch((caught: unknown) => caught);
      expect(isContractError(error)).toBe(true);
    }
  });

  it('checkMany merges the same way and keeps locally invalid keys in place', async () => {
    const { client, requests } = stubClient(() =>
      ok({
        checkedAt: '2026-01-06T09:31:00+08:00',
        results: [
          { index: 1, status: 'not_listed' },
          {
            index: 0,
            status: 'invalid',
            errors: [{ code: 'E_USCC_CHECKSUM', field: 'uscc', message: 'check character' }],
          },
        ],
      }),
    );
    const results = await client.blacklist.checkMany([
      { uscc: '91420111CB0001035X' },
      { uscc: 'bad' },
      { idNumber: '420111199302170464' },
    ]);
    expect(results.map((entry) => [entry.index, entry.status])).toEqual([
      [0, 'invalid'],
      [1, 'invalid'],
      [2, 'not_listed'],
    ]);
    expect(results[1]?.errors?.[0]?.code).toBe('E_PARAM_TYPE');
    expect(requests).toHaveLength(1);
    expect(JSON.parse(String(requests[0]?.body))).toEqual({
      subjects: [{ uscc: '91420111CB0001035X' }, { idNumber: '420111199302170464' }],
    });
  });
});
