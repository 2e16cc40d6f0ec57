import { digest } from '@credit-bridge/core';

/** What makes two messages the same message: who, to whom, what kind, and which record versions. */
export interface MessageIdInput {
  senderCode: string;
  receiverCode: string;
  messageType: string;
  /** The records in the order the message carries them. */
  records: readonly { recordId: string; version: number }[];
}

/**
 * A `messageId` derived from the sender, the receiver, the message type and the (record id, version)
 * pairs of the records, so the same records at the same versions give the same id on a retry, on a re-run
 * days later and in another process, and the platform recognises the message instead of storing it
 * twice. The SM3 digest of a canonical JSON form is laid out as a UUID of version 8 (RFC 9562 §5.8: a
 * custom, name-based layout), which the envelope's `Uuid` pattern accepts.
 *
 * @example
 * deriveMessageId({ senderCode, receiverCode, messageType: 'XZCF', records: [{ recordId: 'CF-1', version: 1 }] });
 * // 'c3a1…-…-8…-…-…' (the same every time)
 */
export function deriveMessageId(input: MessageIdInput): string {
  const canonical = JSON.stringify([
    'cb-exchange-message-1',
    input.senderCode,
    input.receiverCode,
    input.messageType,
    input.records.map((record) => [record.recordId, record.version]),
  ]);
  const hex = digest('SM3', canonical);
  // RFC 9562 §4.1-4.2: the version in the 13th hex digit, the variant 0b10 in the top bits of the 17th.
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
