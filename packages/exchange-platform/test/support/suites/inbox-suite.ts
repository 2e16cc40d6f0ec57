import { type DecodedExchangeMessage, encodeExchangeMessage } from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import { isTransportError } from '@credit-bridge/http';
import { syntheticMessage } from '@credit-bridge/mock';
import { describe, expect, it } from 'vitest';
import { createMemoryProcessedStore, type ExchangeClient, exchangeErrorCodeOf } from '../../../src/index.js';
import { PLATFORM_CODE, PUBLISHER, RECEIVER } from '../departments.js';
import type { ExchangeFixture, FixtureFactory } from '../exchange-fixture.js';
import { TEST_RETRY } from '../exchange-fixture.js';

/** Publishes `count` messages of one penalty each from the publisher to the receiver; their ids in order. */
async function publishMessages(client: ExchangeClient, count: number, seed: number): Promise<string[]> {
  const ids: string[] = [];
  for (const record of generateRecords('penalty', { seed, count })) {
    const outcome = await client.publish([record], { messageType: 'XZCF', receiverCode: RECEIVER.code });
    ids.push(outcome.messages[0]?.messageId ?? '');
  }
  return ids;
}

/**
 * Puts a message into the receiver's inbox whose Body was changed after its digest was computed, or, with
 * `listedAs`, an intact message listed under another id.
 */
function deliverTampered(fixture: ExchangeFixture, messageId: string, listedAs?: string): void {
  const message = syntheticMessage({
    messageType: 'XZCF',
    messageId,
    senderCode: PUBLISHER.code,
    receiverCode: RECEIVER.code,
    sendTime: '2026-01-05T10:15:30+08:00',
    today: fixture.platform.state.today(),
  });
  const text = Buffer.from(encodeExchangeMessage(message)).toString('utf8');
  const bytes = new TextEncoder().encode(
    listedAs === undefined ? text.replace('<RECORD_VERSION>1<', '<RECORD_VERSION>2<') : text,
  );
  fixture.platform.state.inboxes.deliver({
    messageId: listedAs ?? messageId,
    messageType: 'XZCF',
    senderCode: PUBLISHER.code,
    receiverCode: RECEIVER.code,
    sendTime: '2026-01-05T10:15:30+08:00',
    receivedAt: fixture.clock.now(),
    contentType: 'application/xml; charset=UTF-8',
    bytes,
  });
}

function idOf(message: DecodedExchangeMessage): string {
  return message.header.messageId;
}

/** The inbox against the simulated platform: at-least-once, duplicates dropped, digests verified, cursors. */
export function inboxSuite(factory: FixtureFactory): void {
  describe('inbox', () => {
    const fixture = factory();

    it('hands every message to the handler once and acknowledges it only after the handler succeeded', async () => {
      const gb = fixture.publisher({ encoding: 'GB18030' });
      const records = generateRecords('license', { seed: 31, count: 4 });
      await gb.publish(records, { messageType: 'XZXK', receiverCode: RECEIVER.code });
      const ids = await publishMessages(fixture.publisher(), 2, 32);
      const { inboxes } = fixture.platform.state;
      const seen: { id: string; acknowledged: boolean; encoding: string }[] = [];
      const run = await fixture.receiver().inbox({
        store: createMemoryProcessedStore(),
        handler: (message) => {
          const entry = inboxes.entries(RECEIVER.code).find((item) => item.messageId === idOf(message));
          seen.push({
            id: idOf(message),
            acknowledged: entry?.acknowledgedAt !== undefined,
            encoding: message.encoding,
          });
        },
      });
      expect(run).toMatchObject({ processed: 3, duplicates: 0, failed: [], rejected: [] });
      expect(seen.every((item) => !item.acknowledged)).toBe(true);
      expect(seen.map((item) => item.id).slice(1)).toEqual(ids);
      expect(seen[0]?.encoding).toBe('GB18030');
      expect(fixture.platform.state.summary().inboxes[RECEIVER.code]).toEqual({
        messages: 3,
        unacknowledged: 0,
      });
      expect(run.cursor).toBe(inboxes.entries(RECEIVER.code).at(-1)?.cursor);

      // The publisher's own inbox holds the platform's receipts for what it published.
      const receipts: string[] = [];
      for await (const delivery of fixture.publisher().inbox.messages()) {
        expect(delivery.message.header.senderCode).toBe(PLATFORM_CODE);
        if (delivery.message.messageType === 'RECEIPT') receipts.push(delivery.message.receipt.status);
        await delivery.ack();
      }
      expect(receipts).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
    });

    it('at least once: a handler that throws leaves the message to come again, and it is processed exactly once', async () => {
      const ids = await publishMessages(fixture.publisher(), 3, 33);
      const store = createMemoryProcessedStore();
      const done: string[] = [];
      let failOnce = ids[1];
      const handler = (message: DecodedExchangeMessage) => {
        if (idOf(message) === failOnce) {
          failOnce = undefined;
          throw new Error('the database is briefly unavailable');
        }
        done.push(idOf(message));
      };
      const receiver = fixture.receiver();
      const first = await receiver.inbox({ handler, store, onHandlerError: 'continue' });
      expect(first).toMatchObject({ processed: 2, duplicates: 0, rejected: [] });
      expect(first.failed.map((failure) => [failure.messageId, failure.deliveryCount])).toEqual([
        [ids[1], 1],
      ]);
      // The cursor stops before the unacknowledged message, so resuming from it loses nothing.
      expect(first.cursor).toBe(fixture.platform.state.inboxes.entries(RECEIVER.code)[0]?.cursor);
      const second = await receiver.inbox({ handler, store, after: first.cursor });
      expect(second).toMatchObject({ processed: 1, failed: [] });
      const third = await receiver.inbox({ handler, store });
      expect(third).toMatchObject({ processed: 0, duplicates: 0 });
      expect(done.sort()).toEqual([...ids].sort());
      expect(
        fixture.events.filter((event) => event.type === 'inbox' && event.outcome === 'handler-failed'),
      ).toHaveLength(1);
    });

    it("by default a handler's error stops the run with E_INBOX_HANDLER and nothing after it is touched", async () => {
      const ids = await publishMessages(fixture.publisher(), 3, 34);
      const store = createMemoryProcessedStore();
      const cause = new Error('disk full');
      const calls: string[] = [];
      const receiver = fixture.receiver();
      const error = await receiver
        .inbox({
          store,
          handler: (message) => {
            calls.push(idOf(message));
            throw cause;
          },
        })
        .catch((caught: unknown) => caught);
      expect(exchangeErrorCodeOf(error)).toBe('E_INBOX_HANDLER');
      expect((error as Error).cause).toBe(cause);
      expect((error as { details: Record<string, unknown> }).details).toMatchObject({ messageId: ids[0] });
      expect(calls).toEqual([ids[0]]);
      expect(store.size).toBe(0);
      expect(fixture.platform.state.summary().inboxes[RECEIVER.code]?.unacknowledged).toBe(3);
      const retried = await receiver.inbox({ store, handler: () => {} });
      expect(retried.processed).toBe(3);
    });

    it('a lost acknowledgement: the store turns the redelivery into a no-op', async () => {
      const ids = await publishMessages(fixture.publisher(), 2, 35);
      const store = createMemoryProcessedStore();
      const calls: string[] = [];
      const handler = (message: DecodedExchangeMessage) => {
        calls.push(idOf(message));
      };
      const unavailable = Array.from(
        { length: TEST_RETRY.maxAttempts },
        () => ({ kind: 'status', status: 503 }) as const,
      );
      fixture.platform.faults.script('acknowledgeMessage', unavailable);
      const receiver = fixture.receiver();
      const failed = await receiver.inbox({ store, handler }).catch((caught: unknown) => caught);
      expect(isTransportError(failed)).toBe(true);
      expect(store.ids()).toEqual([ids[0]]);
      const again = await receiver.inbox({ store, handler });
      expect(again).toMatchObject({ processed: 1, duplicates: 1 });
      expect(calls).toEqual(ids);
      expect(fixture.platform.state.summary().inboxes[RECEIVER.code]?.unacknowledged).toBe(0);
      const duplicateEvents = fixture.events.filter(
        (event) => event.type === 'inbox' && event.outcome === 'duplicate',
      );
      expect(duplicateEvents.map((event) => event.type === 'inbox' && event.deliveryCount)).toEqual([2]);
    });

    it('drops duplicates by id through the store, in the handler form and the iterator form', async () => {
      const ids = await publishMessages(fixture.publisher(), 3, 36);
      const calls: string[] = [];
      const run = await fixture.receiver().inbox({
        store: createMemoryProcessedStore([ids[1] ?? '']),
        handler: (message) => {
          calls.push(idOf(message));
        },
      });
      expect(run).toMatchObject({ processed: 2, duplicates: 1 });
      expect(calls).toEqual([ids[0], ids[2]]);

      const more = await publishMessages(fixture.publisher(), 2, 37);
      const yielded: string[] = [];
      for await (const delivery of fixture
        .receiver()
        .inbox.messages({ store: createMemoryProcessedStore([more[0] ?? '']) })) {
        yielded.push(delivery.messageId);
        await delivery.ack();
      }
      expect(yielded).toEqual([more[1]]);
      expect(fixture.platform.state.summary().inboxes[RECEIVER.code]?.unacknowledged).toBe(0);
    });

    it('a message whose digest does not match is never handled or acknowledged: reported, and there again next time', async () => {
      const [good] = await publishMessages(fixture.publisher(), 1, 38);
      const bad = 'bad00000-0000-4000-8000-000000000001';
      deliverTampered(fixture, bad);
      const [later] = await publishMessages(fixture.publisher(), 1, 39);
      const calls: string[] = [];
      const handler = (message: DecodedExchangeMessage) => {
        calls.push(idOf(message));
      };
      const store = createMemoryProcessedStore();
      const receiver = fixture.receiver();
      const first = await receiver.inbox({ store, handler });
      expect(first).toMatchObject({ processed: 2, failed: [] });
      expect(first.rejected.map((item) => [item.messageId, item.code, item.deliveryCount])).toEqual([
        [bad, 'E_BODY_DIGEST', 1],
      ]);
      expect(calls).toEqual([good, later]);
      expect(first.cursor).toBe(fixture.platform.state.inboxes.entries(RECEIVER.code)[0]?.cursor);
      const rejectedEvents = fixture.events.filter(
        (event) => event.type === 'inbox' && event.outcome === 'rejected',
      );
      expect(rejectedEvents).toMatchObject([{ messageId: bad, code: 'E_BODY_DIGEST' }]);

      const second = await receiver.inbox({ store, handler });
      expect(second.rejected.map((item) => [item.messageId, item.deliveryCount])).toEqual([[bad, 2]]);
      const yielded: string[] = [];
      for await (const delivery of receiver.inbox.messages()) yielded.push(delivery.messageId);
      expect(yielded).toEqual([]);
      expect(calls).toEqual([good, later]);
      expect(fixture.platform.state.summary().inboxes[RECEIVER.code]?.unacknowledged).toBe(1);
    });

    it('a message whose header disagrees with its listing is rejected as E_INBOX_MISMATCH, left unacknowledged', async () => {
      const listedAs = 'bad00000-0000-4000-8000-000000000002';
      deliverTampered(fixture, 'bad00000-0000-4000-8000-000000000003', listedAs);
      const calls: string[] = [];
      const run = await fixture.receiver().inbox({
        store: createMemoryProcessedStore(),
        handler: (message) => {
          calls.push(idOf(message));
        },
      });
      expect(run.rejected.map((item) => [item.messageId, item.code])).toEqual([
        [listedAs, 'E_INBOX_MISMATCH'],
      ]);
      expect(calls).toEqual([]);
      expect(fixture.platform.state.summary().inboxes[RECEIVER.code]?.unacknowledged).toBe(1);
    });

    it('the iterator resumes from a saved cursor, which never passes a message left unacknowledged', async () => {
      const ids = await publishMessages(fixture.publisher(), 5, 40);
      const receiver = fixture.receiver();
      const feed = receiver.inbox.messages({ limit: 2 });
      const firstPass: string[] = [];
      for await (const delivery of feed) {
        firstPass.push(delivery.messageId);
        // The second message is left unacknowledged.
        if (firstPass.length !== 2) await delivery.ack();
        if (firstPass.length === 3) break;
      }
      expect(firstPass).toEqual(ids.slice(0, 3));
      const entries = fixture.platform.state.inboxes.entries(RECEIVER.code);
      const saved = JSON.parse(JSON.stringify({ cursor: feed.cursor })).cursor as string;
      expect(saved).toBe(entries[0]?.cursor);

      const [sixth] = await publishMessages(fixture.publisher(), 1, 41);
      const resumed = receiver.inbox.messages({ after: saved, limit: 2 });
      const secondPass: { id: string; deliveries: number }[] = [];
      for await (const delivery of resumed) {
        secondPass.push({ id: delivery.messageId, deliveries: delivery.deliveryCount });
        await delivery.ack();
      }
      // The fourth message was listed on the first pass's second page, though never handed out.
      expect(secondPass).toEqual([
        { id: ids[1], deliveries: 2 },
        { id: ids[3], deliveries: 2 },
        { id: ids[4], deliveries: 1 },
        { id: sixth, deliveries: 1 },
      ]);
      expect(resumed.cursor).toBe(fixture.platform.state.inboxes.entries(RECEIVER.code).at(-1)?.cursor);
      expect(fixture.platform.state.summary().inboxes[RECEIVER.code]?.unacknowledged).toBe(0);
    });
  });
}
