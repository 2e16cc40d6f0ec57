import { type ExchangeMessageType, type ExchangeReceipt, redact } from '@credit-bridge/core';
import type { HttpEvent } from '@credit-bridge/http';

/** A message of a publication is about to be sent: its place, size and deterministic id. */
export interface PublishMessageEvent {
  type: 'message';
  operation: 'publish';
  /** Position of the message in this call, from 1. */
  message: number;
  messages: number;
  messageId: string;
  messageType: ExchangeMessageType;
  records: number;
  bytes: number;
  encoding: 'UTF-8' | 'GB18030';
}

/** A message's receipt arrived and its digest checked out (or the platform held the message already). */
export interface ReceiptEvent {
  type: 'receipt';
  operation: 'publish';
  messageId: string;
  /** The receipt's status; `EARLIER_MESSAGE` when the platform already held a message under this id. */
  status: ExchangeReceipt['status'] | 'EARLIER_MESSAGE';
  accepted: number;
  duplicate: number;
  rejected: number;
  /** The codes of the message-level and record-level errors, each once. */
  codes: string[];
}

/** A page of the inbox arrived. */
export interface InboxPageEvent {
  type: 'page';
  operation: 'inbox';
  items: number;
  hasMore: boolean;
  nextCursor: string;
}

/**
 * What became of one inbox message: `delivered` to the caller, `duplicate` (already processed, so only
 * acknowledged), `acknowledged`, `handler-failed` (left unacknowledged, delivered again later) or
 * `rejected` (its digest or structure is wrong: left unacknowledged for inspection, never handed out).
 */
export interface InboxMessageEvent {
  type: 'inbox';
  operation: 'inbox';
  messageId: string;
  messageType: string;
  deliveryCount: number;
  outcome: 'delivered' | 'duplicate' | 'acknowledged' | 'handler-failed' | 'rejected';
  /** Why, for `rejected` and `handler-failed`: `E_BODY_DIGEST`, `E_XML_MALFORMED`, the handler error's code, … */
  code?: string;
}

/** What the adapter adds to the transport's events. */
export type ExchangeAdapterEvent = PublishMessageEvent | ReceiptEvent | InboxPageEvent | InboxMessageEvent;

/**
 * Every event an exchange client emits: the transport's `request`, `response`, `retry` and `error` (see
 * `@credit-bridge/http`) and the adapter's `message`, `receipt`, `page` and `inbox`. All are redacted at
 * construction: identity numbers, persons' names and secrets never reach a listener.
 */
export type ExchangeEvent = HttpEvent | ExchangeAdapterEvent;

/** Receives every event; a listener that throws is ignored, it never fails the call. */
export type OnExchangeEvent = (event: ExchangeEvent) => void;

/**
 * Delivers an adapter event, redacted, without letting a failing listener break the call.
 *
 * @example
 * emitExchangeEvent(onEvent, { type: 'page', operation: 'inbox', items: 20, hasMore: true, nextCursor });
 */
export function emitExchangeEvent(onEvent: OnExchangeEvent | undefined, event: ExchangeAdapterEvent): void {
  if (onEvent === undefined) return;
  try {
    onEvent(redact(event));
  } catch {
    // A logging hook must not turn a successful call into a failure.
  }
}
