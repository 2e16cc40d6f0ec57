import {
  type ExchangeMessage,
  encodeExchangeMessage,
  measureExchangeRecord,
  type PenaltyRecord,
} from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import { describe, expect, it } from 'vitest';
import { planMessages } from '../../src/internal/plan-messages.js';

const header = {
  messageId: '00000000-0000-8000-8000-000000000000',
  senderCode: '11420103CBG1030147',
  receiverCode: '11420100CBG000023H',
  regionCode: '420103',
  sendTime: '2026-01-05T10:15:30+08:00',
  resourceCode: 'WH-XZCF',
};

function encoder(encoding: 'UTF-8' | 'GB18030' = 'UTF-8') {
  return (records: readonly PenaltyRecord[]) =>
    encodeExchangeMessage({ messageType: 'XZCF', header, records } as ExchangeMessage, {
      encoding,
      maxBytes: Number.POSITIVE_INFINITY,
    });
}

function sizer(encoding: 'UTF-8' | 'GB18030' = 'UTF-8') {
  const encode = encoder(encoding);
  return {
    measure: (record: PenaltyRecord) => measureExchangeRecord('XZCF', record, { encoding }),
    alone: (record: PenaltyRecord) => encode([record]).length,
  };
}

const facts = (size: number) => '当事人违法事实（测试）'.repeat(Math.ceil(size / 33));

describe('planMessages', () => {
  it('splits by the record limit, sorted by (record id, version) whatever the input order', () => {
    const records = generateRecords('penalty', { seed: 3, count: 1_100 });
    const limits = { maxRecords: 500, maxBytes: 4_194_304 };
    const plan = planMessages([...records].reverse(), sizer(), limits);
    expect(plan.batches.map((batch) => batch.length)).toEqual([500, 500, 100]);
    const ids = plan.batches.flat().map((item) => item.recordId);
    expect(ids).toEqual([...ids].sort());
    const again = planMessages(records, sizer(), limits);
    expect(again.batches.map((batch) => batch.map((item) => item.recordId))).toEqual(
      plan.batches.map((batch) => batch.map((item) => item.recordId)),
    );
    expect(plan.unsendable).toEqual([]);
  });

  it.each(['UTF-8', 'GB18030'] as const)(
    'packs by bytes exactly in %s: every message fits, and the next record would not have',
    (encoding) => {
      const records = generateRecords('penalty', { seed: 4, count: 12 }).map((record) => ({
        ...record,
        facts: facts(300_000 + (record.recordId.length % 5) * 40_000),
      }));
      const maxBytes = 1_000_000;
      const encode = encoder(encoding);
      const plan = planMessages(records, sizer(encoding), { maxRecords: 500, maxBytes });
      expect(plan.batches.length).toBeGreaterThanOrEqual(3);
      const flat = plan.batches.flat();
      plan.batches.forEach((batch, position) => {
        const size = encode(batch.map((item) => item.record)).length;
        expect(size).toBeLessThanOrEqual(maxBytes);
        const next = flat[plan.batches.slice(0, position + 1).flat().length];
        if (next !== undefined) {
          const grown = encode([...batch.map((item) => item.record), next.record]).length;
          expect(grown).toBeGreaterThan(maxBytes - 16);
        }
      });
    },
  );

  it('keeps back a record the codec refuses or that cannot fit alone, with the reason', () => {
    const records = generateRecords('penalty', { seed: 5, count: 4 });
    const withControl = { ...records[1], facts: `违法事实\u0001（测试）` } as PenaltyRecord;
    const huge = { ...records[2], facts: facts(5_000_000) } as PenaltyRecord;
    const input = [records[0], withControl, huge, records[3]] as PenaltyRecord[];
    const plan = planMessages(input, sizer(), { maxRecords: 500, maxBytes: 4_194_304 });
    expect(plan.unsendable.map((item) => [item.index, item.errors[0]?.code])).toEqual([
      [1, 'E_XML_CHAR'],
      [2, 'E_XML_TOO_LARGE'],
    ]);
    expect(plan.unsendable[0]?.errors[0]?.field).toBe('CF_SY');
    expect(
      plan.batches
        .flat()
        .map((item) => item.index)
        .sort(),
    ).toEqual([0, 3]);
  });

  it('plans nothing for no records', () => {
    expect(planMessages([], sizer(), { maxRecords: 500, maxBytes: 4_194_304 })).toEqual({
      batches: [],
      unsendable: [],
    });
  });
});
