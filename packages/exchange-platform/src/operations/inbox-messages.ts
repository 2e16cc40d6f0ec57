import type { DecodedExchangeMessage } from '@credit-bridge/core';
import type { ProcessedMessageStore } from '../inbox/processed-message-store.js';
import type { ExchangeCaller } from '../internal/create-exchange-caller.js';
import { createInboxReader, type InboxReadOptions } from '../internal/create-inbox-reader.js';

/** Where `inbox.messages` starts, how it pages, and an optional store that drops duplicates. */
export interface InboxMessagesOptions extends InboxReadOptions {
  /**
   * When given, a message already in the store is acknowledged and not yielded, and `ack()` records a
   * message in the store before acknowledging it.
   */
  store?: ProcessedMessageStore | undefined;
}

/** One verified message from the inbox; call `ack()` once it is safely stored. */
export interface InboxDelivery {
  readonly message: DecodedExchangeMessage;
  readonly messageId: string;
  /** How often the platform has listed this message, this time included. */
  readonly deliveryCount: number;
  /** The listing position just after this message. */
  readonly cursor: string;
  /** When the platform accepted the message. */
  readonly receivedAt: string;
  /** Acknowledges the message: the platform stops delivering it. */
  ack(): Promise<void>;
}

/**
 * The inbox as an async iterator of verified messages. `cursor` is after the last message of an unbroken
 * run of acknowledged ones: save it and pass it as `after` to resume without losing a message.
 */
export interface InboxFeed extends AsyncIterable<InboxDelivery> {
  readonly cursor: string | undefined;
}

/**
 * `inbox.messages`: the messages addressed to your department, oldest first, each decoded from its exact
 * bytes with its body digest verified; the caller acknowledges each one (`delivery.ack()`) after storing
 * it, so a message is delivered again until it is (at-least-once). A message whose digest or structure is
 * wrong is not yielded and not acknowledged: an `inbox` event with outcome `rejected` and its code reports
 * it, and it stays in the inbox for inspection. With a `store`, duplicates are dropped by `messageId`.
 *
 * @example
 * const feed = client.inbox.messages({ after: saved });
 * for await (const { message, ack } of feed) { await keep(message); await ack(); save(feed.cursor); }
 */
export function inboxMessages(caller: ExchangeCaller, options: InboxMessagesOptions = {}): InboxFeed {
  const reader = createInboxReader(caller, options);
  const { store } = options;
  return {
    get cursor() {
      return reader.cursor;
    },
    async *[Symbol.asyncIterator]() {
      for await (const entry of reader.entries()) {
        if (entry.kind === 'rejected') continue;
        const { item, message } = entry;
        const event = {
          type: 'inbox',
          operation: 'inbox',
          messageId: item.messageId,
          messageType: item.messageType,
          deliveryCount: item.deliveryCount,
        } as const;
        if (store !== undefined && (await store.has(item.messageId))) {
          caller.emit({ ...event, outcome: 'duplicate' });
          await reader.ack(item);
          continue;
        }
        caller.emit({ ...event, outcome: 'delivered' });
        yield {
          message,
          messageId: item.messageId,
          deliveryCount: item.deliveryCount,
          cursor: item.cursor,
          receivedAt: item.receivedAt,
          ack: async () => {
            if (store !== undefined) await store.add(item.messageId);
            await reader.ack(item);
          },
        };
      }
    },
  };
}
