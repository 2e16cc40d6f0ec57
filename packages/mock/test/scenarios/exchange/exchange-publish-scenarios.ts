import {
  defineExchangePlatformProfile,
  type ExchangeReceipt,
  encodeExchangeMessage,
} from '@credit-bridge/core';
import { corruptRecord, createRandom } from '@credit-bridge/core/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeTransport, ExchangeUnderTest } from '../../support/exchange-harness.js';
import {
  AS_DRC,
  DRC,
  EXAMPLE_SENDERS,
  encodeRecords,
  exampleBytes,
  headerOf,
  newMessageId,
  publish,
  receiptOf,
  recordsOf,
  SAMR,
  tamper,
  withExampleSenders,
} from '../../support/exchange-messages.js';

const PLATFORM = '11420100CBG000023H';
const statuses = (receipt: ExchangeReceipt) => receipt.results?.map((result) => result.status);

/** Publishing: receipts of every status, per-record results, digests, encodings, idempotency, refusals. */
export function exchangePublishScenarios(transport: ExchangeTransport): void {
  describe(`exchange publishing (${transport.name})`, () => {
    let sut: ExchangeUnderTest;
    beforeAll(async () => {
      sut = await transport.open(withExampleSenders());
    });
    afterEach(() => sut.platform.reset());
    afterAll(() => sut.close());
    const penalties = () => sut.platform.state.data.stores.penalty.size();

    it('answers ACCEPTED with one result per record, addressed back to the sender, and keeps the records', async () => {
      const messageId = newMessageId();
      const result = await publish(
        sut.client,
        encodeRecords('XZCF', recordsOf('XZCF', 3, 11), { messageId }),
      );
      expect(result.status).toBe(200);
      expect(result.headers.get('content-type')).toBe('application/xml; charset=UTF-8');
      const { header, receipt } = receiptOf(result);
      expect(header).toMatchObject({
        messageType: 'RECEIPT',
        correlationId: messageId,
        senderCode: PLATFORM,
        receiverCode: SAMR,
        recordCount: 3,
      });
      expect(receipt).toMatchObject({
        status: 'ACCEPTED',
        acceptedCount: 3,
        duplicateCount: 0,
        rejectedCount: 0,
      });
      expect(receipt.results?.map((r) => r.index)).toEqual([0, 1, 2]);
      expect(penalties()).toBe(3);
      expect(sut.platform.journal.last()).toMatchObject({
        operation: 'publishMessage',
        messageId,
        receiptStatus: 'ACCEPTED',
        requestBody: { messageId, messageType: 'XZCF', senderCode: SAMR, receiverCode: DRC },
      });
    });

    it('answers PARTIAL with the errors of each rejected record, in document order', async () => {
      const [first, second, third] = recordsOf('XZCF', 3, 12);
      const badUscc = corruptRecord(createRandom(1), second as never, 'uscc_checksum');
      const noContent = corruptRecord(createRandom(2), third as never, 'missing_required');
      const { receipt } = receiptOf(
        await publish(sut.client, encodeRecords('XZCF', [first, badUscc, noContent])),
      );
      expect(receipt).toMatchObject({ status: 'PARTIAL', acceptedCount: 1, rejectedCount: 2 });
      expect(statuses(receipt)).toEqual(['accepted', 'rejected', 'rejected']);
      expect(receipt.results?.[1]?.errors?.[0]).toMatchObject({ code: 'E_USCC_CHECKSUM' });
      expect(receipt.results?.[2]?.errors?.[0]).toMatchObject({ code: 'E_REQUIRED' });
      expect(penalties()).toBe(1);
    });

    it('answers PARTIAL for the contract example with a bad USCC, as examples/receipt-partial.xml says', async () => {
      const result = await publish(sut.client, exampleBytes('sxmd-blacklist.xml'), EXAMPLE_SENDERS.hongshan);
      const example = receiptOf({ ...result, bytes: exampleBytes('receipt-partial.xml') });
      const { receipt } = receiptOf(result);
      const shape = (r: ExchangeReceipt) =>
        r.results?.map(({ errors, ...rest }) => ({ ...rest, codes: errors?.map((e) => [e.code, e.field]) }));
      expect(receipt.status).toBe(example.receipt.status);
      expect(shape(receipt)).toEqual(shape(example.receipt));
    });

    it('answers REJECTED when every record is rejected', async () => {
      const broken = recordsOf('SXMD', 2, 13).map((record, index) =>
        corruptRecord(createRandom(index), record as never, 'future_date'),
      );
      const { receipt } = receiptOf(await publish(sut.client, encodeRecords('SXMD', broken)));
      expect(receipt).toMatchObject({ status: 'REJECTED', acceptedCount: 0, rejectedCount: 2 });
      expect(receipt.results?.map((r) => r.errors?.[0]?.code)).toEqual(['E_DATE_FUTURE', 'E_DATE_FUTURE']);
    });

    it('rejects the whole message for a body digest that does not match, and delivers nothing', async () => {
      const bytes = encodeRecords('XZCF', recordsOf('XZCF', 1, 14));
      const result = await publish(sut.client, tamper(bytes, '<RECORD_VERSION>', '<RECORD_VERSION>1'));
      const { receipt } = receiptOf(result);
      expect(receipt).toMatchObject({
        status: 'REJECTED',
        errors: [{ code: 'E_BODY_DIGEST', field: 'bodyDigest' }],
      });
      expect(receipt.results).toBeUndefined();
      expect(penalties()).toBe(0);
      expect(sut.platform.state.inboxes.entries(DRC)).toEqual([]);
    });

    it('accepts a GB18030 message (and a SHA-256 digest), and checks a charset against the declaration', async () => {
      const gb = encodeRecords(
        'XZXK',
        recordsOf('XZXK', 2, 15),
        {},
        { encoding: 'GB18030', digestAlgorithm: 'SHA-256' },
      );
      expect(new TextDecoder().decode(gb.subarray(0, 40))).toContain('encoding="GB18030"');
      const accepted = await publish(sut.client, gb, { contentType: 'application/xml; charset=GB18030' });
      expect(receiptOf(accepted).receipt.status).toBe('ACCEPTED');
      const example = await publish(
        sut.client,
        exampleBytes('xzcf-penalty-gb18030.xml'),
        EXAMPLE_SENDERS.hongshan,
      );
      expect(receiptOf(example).receipt.status).toBe('ACCEPTED');
      const mismatch = await publish(
        sut.client,
        encodeRecords('XZXK', recordsOf('XZXK', 1, 16), {}, { encoding: 'GB18030' }),
        {
          contentType: 'application/xml; charset=UTF-8',
        },
      );
      expect([mismatch.status, mismatch.json.error.details[0].field]).toEqual([415, 'charset']);
    });

    it('replays the first receipt for the same bytes, and answers 409 for other bytes under the same messageId', async () => {
      const messageId = newMessageId();
      const bytes = encodeRecords('XZCF', recordsOf('XZCF', 2, 17), { messageId });
      const first = await publish(sut.client, bytes);
      const again = await publish(sut.client, bytes);
      expect(again.bytes).toEqual(first.bytes);
      expect(sut.platform.journal.last()).toMatchObject({ replayed: true, messageId });
      expect(sut.platform.state.inboxes.entries(DRC)).toHaveLength(1);
      const other = await publish(sut.client, encodeRecords('XZCF', recordsOf('XZCF', 2, 18), { messageId }));
      expect(other.status).toBe(409);
      expect(other.json).toMatchObject({
        code: '99',
        error: { code: 'E_IDEMPOTENCY_MISMATCH', details: [{ field: 'messageId' }] },
      });
      expect(penalties()).toBe(2);
    });

    it('versions records as the credit platform does: duplicate for the same version, E_STALE_VERSION for older', async () => {
      const [record] = recordsOf('SXMD', 1, 19);
      const v2 = { ...(record as object), version: 2 };
      await publish(sut.client, encodeRecords('SXMD', [v2]));
      const { receipt } = receiptOf(await publish(sut.client, encodeRecords('SXMD', [v2, record])));
      expect(receipt).toMatchObject({ status: 'PARTIAL', duplicateCount: 1, rejectedCount: 1 });
      expect(receipt.results?.[1]?.errors?.[0]).toMatchObject({
        code: 'E_STALE_VERSION',
        field: 'RECORD_VERSION',
      });
    });

    it('rejects a sender other than the app key department, and an unknown receiver', async () => {
      const bytes = encodeRecords('XZCF', recordsOf('XZCF', 1, 20), {
        senderCode: DRC,
        receiverCode: PLATFORM,
      });
      const { receipt, header } = receiptOf(await publish(sut.client, bytes));
      expect(header.receiverCode).toBe(SAMR);
      expect(receipt.errors?.map((error) => error.code)).toEqual(['E_SENDER_MISMATCH', 'E_RECEIVER_UNKNOWN']);
      expect(penalties()).toBe(0);
    });

    it('rejects more records than the profile allows, and refuses a body over its size', async () => {
      const profile = defineExchangePlatformProfile({ limits: { maxRecords: 2, maxBodyBytes: 20_000 } });
      const small = await transport.open({ profile });
      try {
        const three = await publish(small.client, encodeRecords('XZXK', recordsOf('XZXK', 3, 21)));
        expect(receiptOf(three).receipt).toMatchObject({
          status: 'REJECTED',
          errors: [{ code: 'E_BATCH_TOO_LARGE', field: 'recordCount' }],
        });
        const long = recordsOf('XZCF', 2, 22).map((record) => ({ ...record, facts: '违'.repeat(4000) }));
        const big = await publish(small.client, encodeRecords('XZCF', long));
        expect([big.status, big.json.code, big.json.error.code]).toEqual([413, '96', 'E_PAYLOAD_TOO_LARGE']);
        expect(small.platform.state.messages()).toHaveLength(1);
      } finally {
        await small.close();
      }
    });

    it('refuses bytes that are not a message it can answer: 400 malformed, DOCTYPE, Header; 415 media type', async () => {
      const good = encodeRecords('XZCF', recordsOf('XZCF', 1, 23));
      const text = new TextDecoder().decode(good);
      const cases: [Uint8Array, number, string][] = [
        [good.subarray(0, good.length - 30), 400, 'E_XML_MALFORMED'],
        [
          new TextEncoder().encode(
            text.replace('<Message', '<!DOCTYPE Message [<!ENTITY x "y">]>\n<Message'),
          ),
          400,
          'E_XML_DOCTYPE',
        ],
        [tamper(good, '<messageId>', '<messageId>not-a-uuid-'), 400, 'E_XML_SCHEMA'],
        [
          new TextEncoder().encode(text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')),
          415,
          'E_UNSUPPORTED_MEDIA_TYPE',
        ],
      ];
      for (const [bytes, status, code] of cases) {
        const result = await publish(sut.client, bytes);
        expect([result.status, result.json.code, result.json.error.code]).toEqual([
          status,
          status === 400 ? '96' : '98',
          code,
        ]);
      }
      const json = await publish(sut.client, good, { contentType: 'application/json' });
      expect([json.status, json.json.error.details[0].field]).toEqual([415, 'Content-Type']);
      expect(sut.platform.state.messages()).toEqual([]);
    });

    it('keeps a published XYBG report, and answers duplicate for it under a new messageId', async () => {
      const bytes = exampleBytes('xybg-report.xml');
      const first = receiptOf(await publish(sut.client, bytes, EXAMPLE_SENDERS.centre)).receipt;
      expect(first).toMatchObject({ status: 'ACCEPTED', acceptedCount: 1 });
      const text = new TextDecoder()
        .decode(bytes)
        .replace(/<messageId>[^<]+</, `<messageId>${newMessageId()}<`);
      const second = receiptOf(
        await publish(sut.client, new TextEncoder().encode(text), EXAMPLE_SENDERS.centre),
      ).receipt;
      expect(second).toMatchObject({ status: 'ACCEPTED', duplicateCount: 1 });
      expect(sut.platform.state.reports.size()).toBe(1);
    });

    it('routes a RECEIPT a department publishes to the original sender, without a receipt of the receipt', async () => {
      const answered = newMessageId();
      const bytes = encodeExchangeMessage({
        messageType: 'RECEIPT',
        header: headerOf({ correlationId: answered, senderCode: DRC, receiverCode: SAMR }),
        receipt: {
          status: 'ACCEPTED',
          receivedTime: '2026-07-15T09:59:00+08:00',
          acceptedCount: 0,
          duplicateCount: 0,
          rejectedCount: 0,
        },
      });
      const { receipt } = receiptOf(await publish(sut.client, bytes, AS_DRC));
      expect(receipt).toMatchObject({ status: 'ACCEPTED', acceptedCount: 0 });
      expect(sut.platform.state.inboxes.entries(SAMR).map((entry) => entry.correlationId)).toEqual([
        answered,
      ]);
      expect(sut.platform.state.inboxes.entries(DRC)).toEqual([]);
    });
  });
}
