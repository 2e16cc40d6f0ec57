import {
  CreditBridgeError,
  type DecodedExchangeMessage,
  decodeExchangeMessage,
  isCreditBridgeError,
} from '@credit-bridge/core';
import { checkPageLimit, contractViolation, cursorPages } from '@credit-bridge/http';
import { z } from 'zod';
import type { ExchangeCaller } from './create-exchange-caller.js';
import { ackSchema, cursorSchema, type InboxItem, inboxItemSchema } from './inbox-page-schema.js';

/** One listed message: verified and ready for the caller, or rejected and left unacknowledged. */
export type InboxEntry =
  | { kind: 'message'; item: InboxItem; message: DecodedExchangeMessage }
  | { kind: 'rejected'; item: InboxItem; error: CreditBridgeError };

/** Where a reading of the inbox starts and how it pages. */
export interface InboxReadOptions {
  /** A cursor saved from an earlier reading; absent: the oldest unacknowledged message. */
  after?: string | undefined;
  /** Messages per page, 1–100; default the client's `pageSize`. */
  limit?: number | undefined;
  signal?: AbortSignal | undefined;
}

/** A reading of the inbox: its entries, acknowledgements, and the cursor that is safe to save. */
export interface InboxReader {
  /** After the last message of an unbroken run of acknowledged ones: resuming here loses nothing. */
  readonly cursor: string | undefined;
  entries(): AsyncGenerator<InboxEntry>;
  /** Acknowledges a listed message (the platform stops delivering it) and lets the cursor pass it. */
  ack(item: InboxItem): Promise<void>;
}

/** A page under the profile's paging names, no other member allowed; `cursorPages` reads it. */
function pageSchema(caller: ExchangeCaller): z.ZodType<Record<string, unknown>> {
  const { itemsField, nextCursorField, hasMoreField, maxLimit } = caller.options.profile.paging;
  return z.strictObject({
    [itemsField]: z.array(inboxItemSchema).max(maxLimit),
    [nextCursorField]: cursorSchema,
    [hasMoreField]: z.boolean(),
  });
}

/**
 * Reads the inbox page by page (`GET inbox?after=&limit=`, each page validated), decoding every message
 * from its exact bytes with core's codec, body digest verified. A message that fails to decode, whose
 * digest does not match, or whose header disagrees with its listing (id, type, not addressed to us)
 * becomes a `rejected` entry, is reported through `onEvent` and is never acknowledged here, so it stays
 * in the inbox to be delivered again or inspected. The listing pages on with the platform's cursor; the
 * reader's own `cursor` moves only past messages that were acknowledged, so saving it never skips one.
 *
 * @example
 * const reader = createInboxReader(caller, { after: saved });
 * for await (const entry of reader.entries()) {
 *   if (entry.kind === 'message') { await use(entry.message); await reader.ack(entry.item); }
 * }
 */
export function createInboxReader(caller: ExchangeCaller, options: InboxReadOptions): InboxReader {
  const { senderCode, profile } = caller.options;
  const limit = checkPageLimit('inbox', options.limit ?? caller.options.pageSize, profile.paging.maxLimit);
  const schema = pageSchema(caller);
  const dataField = profile.envelope.fields.data;
  // Listed messages not yet acknowledged or passed, oldest first; the cursor stops at the first of them.
  const pending: { item: InboxItem; settled: boolean }[] = [];
  let cursor = options.after;
  let listedUpTo = options.after;

  function advance(): void {
    while (pending[0]?.settled) cursor = pending.shift()?.item.cursor;
    if (pending.length === 0) cursor = listedUpTo;
  }

  function entryOf(item: InboxItem): InboxEntry {
    let message: DecodedExchangeMessage;
    try {
      message = decodeExchangeMessage(Buffer.from(item.payload, 'base64'));
    } catch (error) {
      if (!isCreditBridgeError(error)) throw error;
      return { kind: 'rejected', item, error };
    }
    const { header } = message;
    const mismatch =
      header.messageId !== item.messageId
        ? 'messageId'
        : header.messageType !== item.messageType
          ? 'messageType'
          : header.receiverCode !== senderCode
            ? 'receiverCode'
            : undefined;
    if (mismatch === undefined) return { kind: 'message', item, message };
    const error = new CreditBridgeError({
      code: 'E_INBOX_MISMATCH',
      message: `[inbox] the message's ${mismatch} is not what its listing says or not addressed to this department`,
      details: { messageId: item.messageId, field: mismatch },
    });
    return { kind: 'rejected', item, error };
  }

  async function* entries(): AsyncGenerator<InboxEntry> {
    const pages = cursorPages<InboxItem>({
      paging: profile.paging,
      from: listedUpTo,
      limit,
      dataField,
      noun: 'messages',
      fetch: async (query) => {
        const answer = await caller.json({
          op: 'listInbox',
          operation: 'inbox',
          query,
          signal: options.signal,
          data: schema,
        });
        const context = {
          method: 'GET',
          path: profile.paths.listInbox,
          operation: 'inbox',
          requestId: answer.requestId,
        };
        return { data: answer.data, context };
      },
      onPage: (page) =>
        caller.emit({
          type: 'page',
          operation: 'inbox',
          items: page.items.length,
          hasMore: page.hasMore,
          nextCursor: page.nextCursor,
        }),
    });
    for await (const page of pages) {
      pending.push(...page.items.map((item) => ({ item, settled: false })));
      listedUpTo = page.nextCursor;
      advance();
      for (const item of page.items) {
        const entry = entryOf(item);
        if (entry.kind === 'rejected') {
          caller.emit({
            type: 'inbox',
            operation: 'inbox',
            messageId: item.messageId,
            messageType: item.messageType,
            deliveryCount: item.deliveryCount,
            outcome: 'rejected',
            code: entry.error.code,
          });
        }
        yield entry;
      }
    }
  }

  async function ack(item: InboxItem): Promise<void> {
    const answer = await caller.json({
      op: 'acknowledgeMessage',
      operation: 'inbox.ack',
      params: { messageId: item.messageId },
      // The contract: acknowledging again answers the same.
      repeatable: true,
      signal: options.signal,
      data: ackSchema,
    });
    if (answer.data.messageId !== item.messageId) {
      throw contractViolation(
        {
          method: 'POST',
          path: profile.paths.acknowledgeMessage,
          operation: 'inbox.ack',
          requestId: answer.requestId,
          attempts: answer.attempts,
        },
        { [dataField]: answer.data },
        { path: [dataField, 'messageId'], message: 'the messageId acknowledged' },
      );
    }
    const entry = pending.find((candidate) => candidate.item === item);
    if (entry !== undefined) entry.settled = true;
    advance();
    caller.emit({
      type: 'inbox',
      operation: 'inbox',
      messageId: item.messageId,
      messageType: item.messageType,
      deliveryCount: item.deliveryCount,
      outcome: 'acknowledged',
    });
  }

  return {
    get cursor() {
      return cursor;
    },
    entries,
    ack,
  };
}
