import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDepartmentDirectory,
  createExchangeState,
  createManualClock,
  DEMO_DEPARTMENTS,
} from '../../src/index.js';
import { createExchangeInboxes } from '../../src/state/exchange/exchange-inbox.js';
import { readEnvelopeHeader } from '../../src/state/exchange/read-envelope-header.js';
import { encodeRecords, exampleBytes, recordsOf, SAMR } from '../support/exchange-messages.js';
import { START } from '../support/harness.js';
import { thrownCode } from './support.js';

describe('exchange departments', () => {
  it('refuses a code that fails GB 32100, a code listed twice and an app key of two departments', () => {
    expect(thrownCode(() => createDepartmentDirectory([{ code: '11420113CBG11301XV', name: 'x' }]))).toBe(
      'E_ARGUMENT',
    );
    const [first] = DEMO_DEPARTMENTS;
    expect(thrownCode(() => createDepartmentDirectory([first as never, first as never]))).toBe('E_ARGUMENT');
    expect(
      thrownCode(() =>
        createDepartmentDirectory(
          DEMO_DEPARTMENTS.map((department) => ({ ...department, appKeys: ['same'] })),
        ),
      ),
    ).toBe('E_ARGUMENT');
    expect(createDepartmentDirectory(DEMO_DEPARTMENTS).departmentOf('cb-demo-district')?.code).toBe(
      '11420113CBG113028U',
    );
  });
});

describe('exchange inboxes', () => {
  const message = (index: number) => ({
    messageId: `m-${index}`,
    messageType: 'XZCF',
    senderCode: SAMR,
    receiverCode: 'R',
    sendTime: '2026-07-15T10:00:00+08:00',
    receivedAt: index,
    contentType: 'application/xml; charset=UTF-8',
    bytes: new Uint8Array([index]),
  });

  it('lists from the start exactly the unacknowledged messages, oldest first, each delivery counted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 30 }),
        fc.integer({ min: 1, max: 10 }),
        (acked, limit) => {
          const inboxes = createExchangeInboxes();
          for (const index of acked.keys()) inboxes.deliver(message(index));
          for (const [index, ack] of acked.entries()) if (ack) inboxes.acknowledge('R', `m-${index}`, 1);
          const waiting = acked.flatMap((ack, index) => (ack ? [] : [`m-${index}`]));
          const seen: string[] = [];
          let cursor: string | undefined;
          for (let pages = 0; pages <= acked.length; pages += 1) {
            const page = inboxes.list('R', cursor, limit);
            seen.push(...(page?.items.map((item) => item.messageId) ?? []));
            cursor = page?.nextCursor;
            if (!page?.hasMore) break;
          }
          const again = inboxes.list('R', undefined, 100)?.items ?? [];
          return (
            JSON.stringify(seen) === JSON.stringify(waiting) &&
            again.every((item) => item.deliveryCount === 2) &&
            again.length === waiting.length
          );
        },
      ),
    );
  });

  it('holds a message id once per inbox: a second delivery is a no-op, one acknowledgement settles the id', () => {
    const inboxes = createExchangeInboxes();
    const first = inboxes.deliver(message(1));
    const second = inboxes.deliver({ ...message(2), messageId: 'm-1', senderCode: 'OTHER' });
    expect(second).toEqual(first);
    inboxes.deliver({ ...message(1), receiverCode: 'S' });
    expect(inboxes.entries('R').map((entry) => [entry.messageId, entry.senderCode])).toEqual([['m-1', SAMR]]);
    expect(inboxes.acknowledge('R', 'm-1', 5)?.acknowledgedAt).toBe(5);
    expect(inboxes.deliver(message(1)).acknowledgedAt).toBe(5);
    expect(inboxes.list('R', undefined, 10)?.items).toEqual([]);
    expect(inboxes.summary()).toEqual({
      R: { messages: 1, unacknowledged: 0 },
      S: { messages: 1, unacknowledged: 1 },
    });
  });

  it('never redelivers an id once it is acknowledged, however often it was delivered and to whom', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.integer({ min: 0, max: 4 }), receiver: fc.constantFrom('R', 'S') }), {
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 10 }),
        (deliveries, limit) => {
          const inboxes = createExchangeInboxes();
          for (const { id, receiver } of deliveries) {
            inboxes.deliver({ ...message(id), receiverCode: receiver });
          }
          for (const receiver of ['R', 'S']) {
            const sent = new Set(deliveries.filter((d) => d.receiver === receiver).map((d) => `m-${d.id}`));
            const held = inboxes.entries(receiver).map((entry) => entry.messageId);
            if (held.length !== sent.size || new Set(held).size !== sent.size) return false;
            // A receiver that acknowledges everything it is handed: each id is listed once, then never again.
            const handed: string[] = [];
            for (let round = 0; round <= sent.size; round += 1) {
              const page = inboxes.list(receiver, undefined, limit)?.items ?? [];
              for (const item of page) {
                handed.push(item.messageId);
                inboxes.acknowledge(receiver, item.messageId, round);
              }
            }
            if (handed.length !== sent.size || new Set(handed).size !== sent.size) return false;
          }
          return true;
        },
      ),
    );
  });

  it('refuses a cursor that is not its own', () => {
    expect(createExchangeInboxes().list('R', 'c1-0000000000000001', 10)).toBeUndefined();
  });
});

describe('readEnvelopeHeader', () => {
  it('reads prefixed elements and the declared encoding, and the whole header when it is valid', () => {
    const prefixed = readEnvelopeHeader(exampleBytes('sxmd-blacklist.xml'));
    expect(prefixed.header).toMatchObject({
      messageType: 'SXMD',
      recordCount: 3,
      senderCode: '11420111CBG1110143',
    });
    const gb = readEnvelopeHeader(exampleBytes('xzcf-penalty-gb18030.xml'));
    expect([gb.encoding, gb.header?.messageType]).toEqual(['GB18030', 'XZCF']);
    const broken = readEnvelopeHeader(
      new TextEncoder().encode('<Message><Header><messageId>x</messageId></Header>'),
    );
    expect([broken.fields.messageId, broken.header]).toEqual(['x', undefined]);
  });
});

describe('createExchangeState', () => {
  it('writes the same receipt bytes for the same seed, clock and message', () => {
    const bytes = encodeRecords('XZCF', recordsOf('XZCF', 2, 5));
    const receipts = [1, 2].map(() => {
      const state = createExchangeState({ clock: createManualClock(START), seed: 3 });
      const outcome = state.publish(SAMR, bytes);
      return outcome.kind === 'receipt' ? outcome.receipt : undefined;
    });
    expect(receipts[0]).toBeInstanceOf(Uint8Array);
    expect(receipts[0]).toEqual(receipts[1]);
  });
});
