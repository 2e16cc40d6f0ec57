import {
  decodeExchangeMessage,
  type ExchangePlatformOperation,
  encodeExchangeMessage,
} from '@credit-bridge/core';
import { corruptRecord, createRandom } from '@credit-bridge/core/testing';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createExchangePlatform,
  createExchangePlatformHandlers,
  createManualClock,
  syntheticMessage,
} from '../src/index.js';
import {
  AS_DRC,
  DRC,
  EXAMPLE_SENDERS,
  encodeRecords,
  exampleBytes,
  headerOf,
  newMessageId,
  recordsOf,
  SAMR,
  TODAY,
  tamper,
  withExampleSenders,
} from './support/exchange-messages.js';
import { START } from './support/harness.js';
import { createExchangeResponseValidator } from './support/openapi-responses.js';
import { type CallOptions, type CallResult, createTestClient } from './support/test-client.js';
import { xsdProblems } from './support/xsd.js';

const BASE = 'https://exchange-contract.mock.test';
const clock = createManualClock(START);
const platform = createExchangePlatform({ clock, seed: 9, ...withExampleSenders() });
const server = setupServer(...createExchangePlatformHandlers({ baseUrl: BASE, platform }));
const client = createTestClient(BASE, clock);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

interface Seen {
  readonly op: ExchangePlatformOperation;
  readonly result: CallResult;
}

describe('every answer of the exchange simulator matches the contract', () => {
  it('JSON answers validate against exchange-platform.openapi.yaml, XML it writes against the XSD', async () => {
    const seen: Seen[] = [];
    const call = async (
      op: ExchangePlatformOperation,
      method: string,
      target: string,
      options?: CallOptions,
    ) => {
      const result = await client.call(method, target, options);
      seen.push({ op, result });
      return result;
    };
    const publish = (bytes: Uint8Array, options: CallOptions = {}) =>
      call('publishMessage', 'POST', '/exchange/v1/messages', {
        body: bytes,
        contentType: 'application/xml',
        ...options,
      });
    const query = (body: unknown, options: CallOptions = {}) =>
      call('sharedQuery', 'POST', '/exchange/v1/query', { body, ...options });

    platform.seed({ count: 6 });
    const [good, second] = recordsOf('XZCF', 2, 61);
    const accepted = encodeRecords('XZCF', [good, second]);
    await publish(accepted);
    await publish(accepted);
    await publish(encodeRecords('XZCF', [good], { messageId: headerOf().messageId }));
    await publish(
      encodeRecords('SXMD', [
        recordsOf('SXMD', 1, 62)[0],
        corruptRecord(createRandom(3), recordsOf('SXMD', 1, 63)[0] as never, 'id_checksum'),
      ]),
    );
    await publish(
      encodeRecords(
        'XZXK',
        recordsOf('XZXK', 2, 64),
        {},
        { encoding: 'GB18030', digestAlgorithm: 'SHA-256' },
      ),
    );
    await publish(
      tamper(encodeRecords('XZCF', recordsOf('XZCF', 1, 65)), '<RECORD_VERSION>', '<RECORD_VERSION>1'),
    );
    await publish(
      encodeRecords('XZCF', recordsOf('XZCF', 1, 66), {
        senderCode: DRC,
        receiverCode: '11420100CBG000023H',
      }),
    );
    await publish(exampleBytes('sxmd-blacklist.xml'), EXAMPLE_SENDERS.hongshan);
    await publish(exampleBytes('xybg-report.xml'), EXAMPLE_SENDERS.centre);
    await publish(exampleBytes('xyxf-repair.xml'), EXAMPLE_SENDERS.hongshan);
    const answer = encodeExchangeMessage({
      messageType: 'RECEIPT',
      header: headerOf({ correlationId: newMessageId(), senderCode: DRC, receiverCode: SAMR }),
      receipt: {
        status: 'ACCEPTED',
        receivedTime: '2026-07-15T09:59:00+08:00',
        acceptedCount: 0,
        duplicateCount: 0,
        rejectedCount: 0,
      },
    });
    await publish(answer, AS_DRC);
    const reused = encodeRecords('XZCF', recordsOf('XZCF', 1, 67));
    await publish(reused);
    await publish(tamper(reused, '<RECORD_VERSION>1<', '<RECORD_VERSION>2<'));
    await publish(accepted.subarray(0, 200));
    await publish(new TextEncoder().encode('<?xml version="1.0"?>\n<!DOCTYPE Message>\n<Message/>'));
    await publish(tamper(accepted, '<messageId>', '<messageId>x'));
    await publish(accepted, { contentType: 'text/xml' });
    await publish(accepted, { secret: 'wrong' });

    const synthetic = (messageType: 'XYXF' | 'SXMD') =>
      syntheticMessage({
        messageType,
        messageId: newMessageId(),
        senderCode: '11420100CBG000015N',
        receiverCode: DRC,
        sendTime: '2026-07-15T10:00:00+08:00',
        today: TODAY,
        count: 2,
      });
    const deliveries = [
      platform.deliver(synthetic('XYXF')),
      platform.deliver(synthetic('SXMD'), { encoding: 'GB18030' }),
    ];
    const first = await call('listInbox', 'GET', '/exchange/v1/inbox?limit=2', AS_DRC);
    await call(
      'listInbox',
      'GET',
      `/exchange/v1/inbox?after=${first.json.data.nextCursor}&limit=100`,
      AS_DRC,
    );
    await call('listInbox', 'GET', '/exchange/v1/inbox');
    await call('listInbox', 'GET', '/exchange/v1/inbox?limit=101', AS_DRC);
    await call(
      'acknowledgeMessage',
      'POST',
      `/exchange/v1/inbox/${first.json.data.items[0].messageId}/ack`,
      AS_DRC,
    );
    await call('acknowledgeMessage', 'POST', `/exchange/v1/inbox/${newMessageId()}/ack`, AS_DRC);
    await call('getCatalog', 'GET', '/exchange/v1/catalog');
    const uscc = '91420113CB0001027L';
    const base = { purpose: '政府采购供应商资格审查', authorizationRef: 'SQ-420113-2026-000031' };
    const listed = platform.state.data.stores.blacklist.all()[0]?.record.subject;
    await query({
      queryType: 'blacklist_status',
      subject: listed?.category === 'natural_person' ? { idNumber: listed.idNumber } : { uscc: listed?.uscc },
      ...base,
    });
    await query({ queryType: 'blacklist_status', subject: { idNumber: '420103198805120317' }, ...base });
    const report = await query({ queryType: 'credit_report', subject: { uscc }, ...base });
    await query({
      queryType: 'credit_report',
      subject: { uscc },
      reportNo: report.json.data.report.XYBG_BGBH,
      ...base,
    });
    await query({
      queryType: 'credit_report',
      subject: { uscc },
      reportNo: 'XYBG42010020260106000017',
      ...base,
    });
    await query({ queryType: 'credit_report', subject: { uscc: '91420103CB0001019A' }, ...base });
    await query({ queryType: 'credit_report', subject: { uscc }, purpose: '', authorizationRef: 'x' });
    await query({ queryType: 'credit_report', subject: { uscc } });
    await query({ queryType: 'credit_report', subject: { uscc }, ...base }, { contentType: 'text/plain' });
    platform.faults.script('*', [
      { kind: 'status', status: 500 },
      { kind: 'status', status: 503, retryAfterSeconds: 2 },
      { kind: 'rate-limit' },
    ]);
    await call('getCatalog', 'GET', '/exchange/v1/catalog');
    await call('listInbox', 'GET', '/exchange/v1/inbox');
    await publish(accepted);

    const validate = createExchangeResponseValidator();
    expect(
      validate('getCatalog', 200, { code: '00', message: '成功', requestId: 'r', data: { items: [{}] } }),
    ).not.toEqual([]);
    const json = seen.filter(({ result }) =>
      result.headers.get('content-type')?.startsWith('application/json'),
    );
    expect(json.flatMap(({ op, result }) => validate(op, result.status, result.json))).toEqual([]);
    const receipts = seen.filter(
      ({ result }) => result.headers.get('content-type') === 'application/xml; charset=UTF-8',
    );
    expect(json.length + receipts.length).toBe(seen.length);
    // What the simulator writes: receipts (answered, and delivered to senders' inboxes) and test deliveries.
    const platformReceipts = [DRC, SAMR, '11420111CBG1110143', '11420100CBG000015N'].flatMap((code) =>
      platform.state.inboxes.entries(code).filter((entry) => entry.senderCode === '11420100CBG000023H'),
    );
    const written = [
      ...receipts.map(({ result }, index) => ({ name: `answer-${index}`, bytes: result.bytes })),
      ...[...platformReceipts, ...deliveries].map((entry) => ({ name: entry.messageId, bytes: entry.bytes })),
    ];
    expect([receipts.length, platformReceipts.length]).toEqual([12, 10]);
    expect(await xsdProblems(written)).toEqual([]);
    for (const { bytes } of written) expect(() => decodeExchangeMessage(bytes)).not.toThrow();
    const receiptStatuses = receipts.map(({ result }) => {
      const decoded = decodeExchangeMessage(result.bytes);
      return decoded.messageType === 'RECEIPT' ? decoded.receipt.status : 'not a receipt';
    });
    expect(new Set(receiptStatuses)).toEqual(new Set(['ACCEPTED', 'PARTIAL', 'REJECTED']));
    expect([...new Set(seen.map(({ result }) => result.status))].sort()).toEqual([
      200, 400, 401, 404, 409, 415, 429, 500, 503,
    ]);
  });
});
