import type { ExchangeReceipt, ExchangeReceiptError } from '@credit-bridge/core';

/** The outcome of one record: `accepted` (stored), `duplicate` (that version is already held) or `rejected`. */
export type PublishRecordStatus = 'accepted' | 'duplicate' | 'rejected';

/**
 * Who judged a record:
 * - `receipt`: the platform, in the verified receipt of the message that carried it;
 * - `client`: the codec could not write it (`E_WIRE_VALUE`, `E_XML_CHAR`, `E_XML_TOO_LARGE`), so it was never sent;
 * - `earlier-message`: the platform already held a message under the same deterministic id (an earlier
 *   run published these record versions to this receiver; its receipt went to that run), so the record
 *   counts as `duplicate`.
 */
export type PublishJudge = 'receipt' | 'client' | 'earlier-message';

/** One record's result, at its position in the caller's input. */
export interface PublishRecordResult {
  /** Position in the caller's input, from 0. */
  index: number;
  recordId: string;
  version: number;
  status: PublishRecordStatus;
  /** Why, when `rejected`: the record's errors, or the message-level errors of a message rejected whole. */
  errors?: ExchangeReceiptError[] | undefined;
  /** The message that carried the record; absent when it was never sent. */
  messageId?: string | undefined;
  judgedBy: PublishJudge;
}

/** One message as it was sent, and what came back. */
export interface PublishedMessage {
  messageId: string;
  records: number;
  bytes: number;
  requestId: string;
  attempts: number;
  /** `receipt`: a receipt came back, digest verified; `earlier-message`: the platform held the id already. */
  outcome: 'receipt' | 'earlier-message';
  /** The verified receipt, when `outcome` is `receipt`. */
  receipt?: ExchangeReceipt | undefined;
  /** `Header/messageId` of the receipt message. */
  receiptMessageId?: string | undefined;
}

/** The outcome of a publication: one result per input record, in input order, with totals and messages. */
export interface PublishOutcome {
  results: PublishRecordResult[];
  accepted: number;
  duplicate: number;
  rejected: number;
  messages: PublishedMessage[];
}
