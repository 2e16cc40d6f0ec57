import { decodeExchangeMessage } from '@credit-bridge/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeTransport, ExchangeUnderTest } from '../../support/exchange-harness.js';
import {
  AS_DRC,
  DRC,
  encodeRecords,
  headerOf,
  newMessageId,
  payloads,
  publish,
  recordsOf,
  SAMR,
  tamper,
} from '../../support/exchange-messages.js';

const INBOX = '/exchange/v1/inbox';
const ack = (messageId: string) => `/exchange/v1/inbox/${messageId}/ack`;

/** The inbox: routed copies and receipts, redelivery until acknowledged, paging, the test hook. */
export function exchangeInboxScenarios(transport: ExchangeTransport): void {
  describe(`exchange inbox (${transport.name})`, () => {
    let sut: ExchangeUnderTest;
    beforeAll(async () => {
      sut = await transport.open();
    });
    afterEach(() => sut.platform.reset());
    afterAll(() => sut.close());
    const ids = (result: { json: { data: { items: { messageId: string }[] } } }) =>
      result.json.data.items.map((item) => item.messageId);

    it('delivers the published bytes to the receiver, and the receipt to the sender', async () => {
      const messageId = newMessageId();
      const bytes = encodeRecords('XZCF', recordsOf('XZCF', 2, 31), {
        messageId,
        correlationId: 'JH-CF-0001',
      });
      const published = await publish(sut.client, bytes);
      const inbox = await sut.client.call('GET', INBOX, AS_DRC);
      expect(inbox.status).toBe(200);
      expect(inbox.json.data.items[0]).toMatchObject({
        cursor: 'i1-0000000000000001',
        messageId,
        correlationId: 'JH-CF-0001',
        messageType: 'XZCF',
        senderCode: SAMR,
        receiverCode: DRC,
        sendTime: '2026-07-15T09:59:00+08:00',
        receivedAt: '2026-07-15T10:00:00+08:00',
        deliveryCount: 1,
        contentType: 'application/xml; charset=UTF-8',
      });
      expect(payloads(inbox)).toEqual([bytes]);
      const own = await sut.client.call('GET', INBOX);
      expect(own.json.data.items).toMatchObject([{ messageType: 'RECEIPT', correlationId: messageId }]);
      expect(payloads(own)).toEqual([published.bytes]);
    });

    it('delivers a message again on every listing from the start until it is acknowledged', async () => {
      const messageId = newMessageId();
      await publish(sut.client, encodeRecords('XZCF', recordsOf('XZCF', 1, 32), { messageId }));
      for (const count of [1, 2, 3]) {
        const listed = await sut.client.call('GET', INBOX, AS_DRC);
        expect(listed.json.data.items.map((item: { deliveryCount: number }) => item.deliveryCount)).toEqual([
          count,
        ]);
      }
      const acked = await sut.client.call('POST', ack(messageId), AS_DRC);
      expect(acked.json.data).toEqual({ messageId, acknowledgedAt: '2026-07-15T10:00:00+08:00' });
      sut.clock.advance(60_000);
      const again = await sut.client.call('POST', ack(messageId), AS_DRC);
      expect(again.json.data.acknowledgedAt).toBe('2026-07-15T10:00:00+08:00');
      expect((await sut.client.call('GET', INBOX, AS_DRC)).json.data).toEqual({
        items: [],
        nextCursor: 'i1-0000000000000000',
        hasMore: false,
      });
      expect(sut.platform.journal.last({ operation: 'acknowledgeMessage' })?.messageId).toBe(messageId);
    });

    it('pages with after and limit; messages left unacknowledged come back on a listing from the start', async () => {
      const sent = [newMessageId(), newMessageId(), newMessageId()];
      for (const [index, messageId] of sent.entries()) {
        await publish(sut.client, encodeRecords('XZXK', recordsOf('XZXK', 1, 40 + index), { messageId }));
      }
      const first = await sut.client.call('GET', `${INBOX}?limit=2`, AS_DRC);
      expect([ids(first), first.json.data.hasMore]).toEqual([sent.slice(0, 2), true]);
      const after = first.json.data.nextCursor as string;
      const second = await sut.client.call('GET', `${INBOX}?after=${after}&limit=2`, AS_DRC);
      expect([ids(second), second.json.data.hasMore]).toEqual([sent.slice(2), false]);
      await sut.client.call('POST', ack(sent[0] as string), AS_DRC);
      const restart = await sut.client.call('GET', `${INBOX}?limit=100`, AS_DRC);
      expect(ids(restart)).toEqual(sent.slice(1));
      expect(restart.json.data.items.map((item: { deliveryCount: number }) => item.deliveryCount)).toEqual([
        2, 2,
      ]);
      const head = await sut.client.call('GET', `${INBOX}?after=${second.json.data.nextCursor}`, AS_DRC);
      expect(head.json.data).toMatchObject({
        items: [],
        nextCursor: second.json.data.nextCursor,
        hasMore: false,
      });
    });

    it('holds a message id once: delivered again it is listed once, and one acknowledgement settles it', async () => {
      const messageId = newMessageId();
      const bytes = encodeRecords('XZCF', recordsOf('XZCF', 1, 50), { messageId });
      await publish(sut.client, bytes);
      const again = sut.platform.deliver(encodeRecords('XZCF', recordsOf('XZCF', 1, 51), { messageId }));
      expect([again.cursor, again.bytes]).toEqual(['i1-0000000000000001', bytes]);
      const listed = await sut.client.call('GET', INBOX, AS_DRC);
      expect([ids(listed), payloads(listed)]).toEqual([[messageId], [bytes]]);
      expect((await sut.client.call('POST', ack(messageId), AS_DRC)).status).toBe(200);
      sut.platform.deliver(bytes);
      expect((await sut.client.call('GET', INBOX, AS_DRC)).json.data.items).toEqual([]);
      expect(sut.platform.state.summary().inboxes[DRC]).toEqual({ messages: 1, unacknowledged: 0 });
    });

    it('answers 400 E_PARAM_TYPE for a bad cursor or limit, and 404 for a message not in the inbox', async () => {
      for (const query of [
        'limit=0',
        'limit=101',
        'limit=x',
        'after=c1-0000000000000001',
        'after=%20',
        'limit=1&limit=2',
      ]) {
        const result = await sut.client.call('GET', `${INBOX}?${query}`, AS_DRC);
        expect([query, result.status, result.json.code, result.json.error.code]).toEqual([
          query,
          400,
          '98',
          'E_PARAM_TYPE',
        ]);
      }
      const messageId = newMessageId();
      await publish(sut.client, encodeRecords('XZCF', recordsOf('XZCF', 1, 33), { messageId }));
      const notMine = await sut.client.call('POST', ack(messageId));
      expect([notMine.status, notMine.json.error.code]).toEqual([404, 'E_NOT_FOUND']);
      expect((await sut.client.call('POST', ack('not-a-message'), AS_DRC)).status).toBe(404);
    });

    it('does not deliver a REJECTED message, and delivers a PARTIAL one whole', async () => {
      const rejected = tamper(
        encodeRecords('XZCF', recordsOf('XZCF', 1, 34)),
        '<RECORD_VERSION>',
        '<RECORD_VERSION>1',
      );
      await publish(sut.client, rejected);
      const [good] = recordsOf('XZCF', 1, 35);
      const partial = encodeRecords('XZCF', [good, { ...good, version: 0 }]);
      await publish(sut.client, partial);
      expect(payloads(await sut.client.call('GET', INBOX, AS_DRC))).toEqual([partial]);
    });

    it('lets a test drop a message into an inbox: bytes as they are, or a message it encodes', async () => {
      const message = {
        messageType: 'SXMD' as const,
        header: headerOf({ senderCode: '11420111CBG1110143', receiverCode: SAMR }),
        records: recordsOf('SXMD', 2, 36) as never,
      };
      const entry = sut.platform.deliver(message, { encoding: 'GB18030' });
      const bytes = encodeRecords('XYXF', recordsOf('XYXF', 1, 37), { receiverCode: SAMR });
      sut.platform.deliver(bytes);
      const inbox = await sut.client.call('GET', INBOX);
      expect(
        inbox.json.data.items.map((item: { messageType: string; contentType: string }) => [
          item.messageType,
          item.contentType,
        ]),
      ).toEqual([
        ['SXMD', 'application/xml; charset=GB18030'],
        ['XYXF', 'application/xml; charset=UTF-8'],
      ]);
      const [first, second] = payloads(inbox);
      expect(first && decodeExchangeMessage(first).header.messageId).toBe(entry.messageId);
      expect(second).toEqual(bytes);
      expect(() =>
        sut.platform.deliver(
          encodeRecords('XZCF', recordsOf('XZCF', 1, 38), { receiverCode: '11420100CBG000023H' }),
        ),
      ).toThrow(/not a department/);
    });
  });
}
