import { describe, expect, it } from 'vitest';
import { type DedupeKey, type DeliveryRecord, judgeAgainstEarlier, judgeDelivery } from '../../src/index.js';

const key: DedupeKey = { recordType: 'penalty', recordId: 'CF-1', version: 2, contentHash: 'aaa' };

function entry(overrides: Partial<DeliveryRecord>): DeliveryRecord {
  return {
    ...key,
    sink: 'credit-platform',
    status: 'accepted',
    attempts: 1,
    firstAt: '2026-06-30T09:00:00.000+08:00',
    updatedAt: '2026-06-30T09:00:00.000+08:00',
    ...overrides,
  };
}

describe('judgeDelivery', () => {
  it('judges a record against the ledger entries of its sink', () => {
    expect(judgeDelivery(key, 'credit-platform', [])).toEqual({ kind: 'send' });
    expect(judgeDelivery(key, 'credit-platform', [entry({})])).toEqual({
      kind: 'unchanged',
      status: 'accepted',
    });
    expect(judgeDelivery(key, 'credit-platform', [entry({ status: 'rejected' })])).toEqual({
      kind: 'unchanged',
      status: 'rejected',
    });
    // Handed over before a crash, no answer recorded: sending again is what makes it settle.
    expect(judgeDelivery(key, 'credit-platform', [entry({ status: 'sent' })])).toEqual({ kind: 'send' });
    expect(judgeDelivery(key, 'credit-platform', [entry({ contentHash: 'bbb' })])).toEqual({
      kind: 'conflict',
      acceptedHash: 'bbb',
    });
    // Other content that the platform refused does not block the corrected record.
    expect(
      judgeDelivery(key, 'credit-platform', [entry({ contentHash: 'bbb', status: 'rejected' })]),
    ).toEqual({ kind: 'send' });
    expect(
      judgeDelivery(key, 'credit-platform', [
        entry({ contentHash: 'bbb' }),
        entry({ version: 3, contentHash: 'ccc' }),
      ]),
    ).toEqual({
      kind: 'stale',
      acceptedVersion: 3,
    });
    expect(judgeDelivery(key, 'credit-platform', [entry({ version: 1, contentHash: 'ccc' })])).toEqual({
      kind: 'send',
    });
    expect(
      judgeDelivery(key, 'credit-platform', [entry({ sink: 'exchange:XZCF' }), entry({ recordId: 'CF-2' })]),
    ).toEqual({ kind: 'send' });
  });

  it('refines a send with the same record earlier in the run', () => {
    const send = { kind: 'send' } as const;
    expect(judgeAgainstEarlier(send, undefined, key)).toEqual(send);
    expect(judgeAgainstEarlier(send, { version: 2, hash: 'aaa' }, key)).toEqual({
      kind: 'unchanged',
      status: 'accepted',
    });
    expect(judgeAgainstEarlier(send, { version: 2, hash: 'bbb' }, key)).toEqual({
      kind: 'conflict',
      acceptedHash: 'bbb',
    });
    expect(judgeAgainstEarlier(send, { version: 3, hash: 'bbb' }, key)).toEqual({
      kind: 'stale',
      acceptedVersion: 3,
    });
    expect(judgeAgainstEarlier(send, { version: 1, hash: 'bbb' }, key)).toEqual(send);
    expect(
      judgeAgainstEarlier({ kind: 'stale', acceptedVersion: 5 }, { version: 1, hash: 'x' }, key),
    ).toEqual({ kind: 'stale', acceptedVersion: 5 });
  });
});
