import { CreditBridgeError, type DecodedExchangeMessage, isCreditBridgeError } from '@credit-bridge/core';
import type { ProcessedMessageStore } from '../inbox/processed-message-store.js';
import type { ExchangeCaller } from '../internal/create-exchange-caller.js';
import { createInboxReader, type InboxReadOptions } from '../internal/create-inbox-reader.js';

/** What a handler learns about the message besides its content. */
export interface InboxHandlerContext {
  messageId: string;
  deliveryCount: number;
  receivedAt: string;
}

/** Options of `inbox(...)`: where to start, what to do with each message, and what was done before. */
export interface ProcessInboxOptions extends InboxReadOptions {
  /** Stores or applies one message; it is acknowledged only after this resolves. */
  handler: (message: DecodedExchangeMessage, context: InboxHandlerContext) => void | Promise<void>;
  /** The ids of the messages processed before: duplicates are acknowledged without calling `handler`. */
  store: ProcessedMessageStore;
  /**
   * When `handler` throws: `stop` (default) ends the run with `E_INBOX_HANDLER` (its `cause` is the
   * handler's error); `continue` records the failure and goes on. Either way the message stays
   * unacknowledged and comes again.
   */
  onHandlerError?: 'stop' | 'continue' | undefined;
}

/** A message the run could not finish. */
export interface InboxFailure {
  messageId: string;
  deliveryCount: number;
  /** `E_BODY_DIGEST`, `E_XML_MALFORMED`, `E_INBOX_MISMATCH`, … for rejected messages; the handler's otherwise. */
  code: string | undefined;
  error: unknown;
}

/** What a run of the inbox did. */
export interface InboxRun {
  /** Handled and acknowledged. */
  processed: number;
  /** Found in the store, so only acknowledged. */
  duplicates: number;
  /** The handler threw (with `onHandlerError: 'continue'`): left unacknowledged. */
  failed: InboxFailure[];
  /** Undecodable, digest mismatch or not ours: never handed to the handler, left unacknowledged. */
  rejected: InboxFailure[];
  /** Save it and pass it as `after` to resume: every message before it was acknowledged. */
  cursor: string | undefined;
}

/**
 * `inbox`: processes the messages addressed to your department, at least once and without duplicates:
 * each message is decoded from its exact bytes with its body digest verified, dropped if the `store`
 * has its id (acknowledged only), otherwise given to `handler`; after the handler succeeds its id is added
 * to the store and the message acknowledged. A handler that throws leaves the message unacknowledged, so
 * the platform delivers it again; if the acknowledgement is lost, the store makes the next delivery a
 * no-op. Messages whose digest or structure is wrong are never handled or acknowledged: they are listed in
 * `rejected` and reported as `inbox` events with outcome `rejected`.
 *
 * @example
 * const store = createMemoryProcessedStore();
 * const run = await client.inbox({ handler: async (message) => save(message), store });
 * saveCursor(run.cursor);
 */
export async function processInbox(caller: ExchangeCaller, options: ProcessInboxOptions): Promise<InboxRun> {
  const reader = createInboxReader(caller, options);
  const run: InboxRun = { processed: 0, duplicates: 0, failed: [], rejected: [], cursor: reader.cursor };
  const stop = (options.onHandlerError ?? 'stop') === 'stop';
  for await (const entry of reader.entries()) {
    const { item } = entry;
    const failure = { messageId: item.messageId, deliveryCount: item.deliveryCount };
    if (entry.kind === 'rejected') {
      run.rejected.push({ ...failure, code: entry.error.code, error: entry.error });
      continue;
    }
    const event = { type: 'inbox', operation: 'inbox', messageType: item.messageType, ...failure } as const;
    if (await options.store.has(item.messageId)) {
      caller.emit({ ...event, outcome: 'duplicate' });
      await reader.ack(item);
      run.duplicates += 1;
      continue;
    }
    caller.emit({ ...event, outcome: 'delivered' });
    try {
      await options.handler(entry.message, { ...failure, receivedAt: item.receivedAt });
    } catch (error) {
      const code = isCreditBridgeError(error) ? error.code : undefined;
      caller.emit({ ...event, outcome: 'handler-failed', ...(code === undefined ? {} : { code }) });
      if (stop) {
        throw new CreditBridgeError({
          code: 'E_INBOX_HANDLER',
          message: '[inbox] the handler failed; the message stays unacknowledged and will be delivered again',
          details: { messageId: item.messageId, cursor: reader.cursor, processed: run.processed },
          cause: error,
        });
      }
      run.failed.push({ ...failure, code, error });
      continue;
    }
    await options.store.add(item.messageId);
    await reader.ack(item);
    run.processed += 1;
  }
  run.cursor = reader.cursor;
  return run;
}
