import {
  type DecodedExchangeMessage,
  decodeExchangeMessage,
  type ExchangeHeader,
  type ExchangeReceipt,
  type ExchangeReceiptError,
  encodeExchangeMessage,
  isCreditBridgeError,
  redactText,
  sha256,
} from '@credit-bridge/core';
import type { Issue } from '../credit/credit-types.js';
import { shanghaiSeconds } from '../credit/shanghai-seconds.js';
import { EXCHANGE_PLATFORM_DEPARTMENT } from './exchange-departments.js';
import type { AcceptTime, ExchangeParts, PublishOutcome, RefusalCode } from './exchange-types.js';
import { judgeRecords, rejectedReceipt } from './judge-message.js';
import { type EnvelopeHeader, readEnvelopeHeader } from './read-envelope-header.js';

// Codec errors that leave the message without a readable Header: no receipt can be addressed.
const REFUSALS: Readonly<Record<string, RefusalCode>> = {
  E_XML_TOO_LARGE: 'E_PAYLOAD_TOO_LARGE',
  E_XML_ENCODING: 'E_UNSUPPORTED_MEDIA_TYPE',
  E_XML_DOCTYPE: 'E_XML_DOCTYPE',
  E_XML_MALFORMED: 'E_XML_MALFORMED',
  E_XML_CHAR: 'E_XML_MALFORMED',
  E_XML_NAMESPACE: 'E_XML_SCHEMA',
};
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Publishes a message for a department, as the exchange platform does (exchange-envelope.md, "Receipts"):
 * bytes that are not a message with a readable Header are refused (no receipt); a `messageId` the
 * department published before replays the first receipt for the same bytes and is a mismatch for others;
 * otherwise the message is judged — codec errors of the message as a whole, a sender other than the
 * department, an unknown receiver or too many records make it REJECTED; each record is validated with core
 * and versioned against the shared data (accepted, duplicate, rejected) — and the receipt is written,
 * kept, and delivered to the department's inbox. A message that is not REJECTED is delivered to its
 * receiver's inbox, exactly as published.
 *
 * @example
 * const outcome = acceptMessage(parts, '11420113CBG11301XU', bytes, { now, today: '2026-07-15' });
 * if (outcome.kind === 'receipt') answer(outcome.receipt);
 */
export function acceptMessage(
  parts: ExchangeParts,
  departmentCode: string,
  bytes: Uint8Array,
  time: AcceptTime,
): PublishOutcome {
  let decoded: DecodedExchangeMessage | undefined;
  let failure: Issue | undefined;
  try {
    decoded = decodeExchangeMessage(bytes);
  } catch (error) {
    if (!isCreditBridgeError(error)) throw error;
    const issue = issueOf(error.code, error.message, error.details.field);
    const refusal = REFUSALS[error.code];
    if (refusal !== undefined) return { kind: 'refused', code: refusal, issue };
    failure = issue;
  }
  const lenient = readEnvelopeHeader(bytes);
  const header = decoded?.header ?? lenient.header;
  const messageId = header?.messageId ?? lenient.fields.messageId ?? '';
  // A schema error with a readable Header concerns the Body and gets a receipt; one in the Header does not.
  if (failure?.code === 'E_XML_SCHEMA' && header === undefined) {
    return { kind: 'refused', code: 'E_XML_SCHEMA', issue: failure };
  }
  if (!UUID.test(messageId)) {
    const message = 'the Header has no messageId that is a UUID, so no receipt can be addressed';
    return {
      kind: 'refused',
      code: 'E_XML_SCHEMA',
      issue: { code: 'E_XML_SCHEMA', field: 'messageId', message },
    };
  }
  const key = `${departmentCode}\n${messageId}`;
  const fingerprint = sha256(bytes);
  const previous = parts.log.get(key);
  if (previous !== undefined) {
    return previous.fingerprint === fingerprint
      ? { kind: 'receipt', messageId, status: previous.status, receipt: previous.receipt, replayed: true }
      : { kind: 'mismatch', messageId, firstPublishedAt: previous.publishedAt };
  }

  const problems = failure === undefined ? messageProblems(parts, departmentCode, decoded) : [failure];
  const receipt =
    problems.length > 0 || decoded === undefined
      ? rejectedReceipt(problems, time)
      : judgeRecords(parts, decoded, time);
  const written = writeReceipt(parts, departmentCode, messageId, header, lenient, receipt, time);
  parts.log.set(key, {
    messageId,
    departmentCode,
    fingerprint,
    ...(header === undefined ? {} : { messageType: header.messageType, receiverCode: header.receiverCode }),
    status: receipt.status,
    receipt: written,
    publishedAt: time.now,
  });
  if (decoded !== undefined && receipt.status !== 'REJECTED') {
    parts.inboxes.deliver({
      ...inboxFields(decoded.header),
      receivedAt: time.now,
      contentType: `application/xml; charset=${lenient.encoding}`,
      bytes,
    });
  }
  return { kind: 'receipt', messageId, status: receipt.status, receipt: written, replayed: false };
}

/** The header fields an inbox entry repeats. */
export function inboxFields(header: ExchangeHeader) {
  return {
    messageId: header.messageId,
    ...(header.correlationId === undefined ? {} : { correlationId: header.correlationId }),
    messageType: header.messageType,
    senderCode: header.senderCode,
    receiverCode: header.receiverCode,
    ...(header.resourceCode === undefined ? {} : { resourceCode: header.resourceCode }),
    sendTime: header.sendTime,
  };
}

function messageProblems(
  parts: ExchangeParts,
  departmentCode: string,
  decoded: DecodedExchangeMessage | undefined,
): ExchangeReceiptError[] {
  if (decoded === undefined) return [];
  const { header } = decoded;
  const problems: ExchangeReceiptError[] = [];
  if (header.senderCode !== departmentCode) {
    problems.push({
      code: 'E_SENDER_MISMATCH',
      field: 'senderCode',
      message: 'senderCode is not the department of the signing app key',
    });
  }
  if (parts.directory.find(header.receiverCode) === undefined) {
    problems.push({
      code: 'E_RECEIVER_UNKNOWN',
      field: 'receiverCode',
      message: 'receiverCode is not a department of the platform',
    });
  }
  if (header.recordCount > parts.limits.maxRecords) {
    problems.push({
      code: 'E_BATCH_TOO_LARGE',
      field: 'recordCount',
      message: `${header.recordCount} records; a message carries at most ${parts.limits.maxRecords}`,
    });
  }
  return problems;
}

// The receipt goes back to the publishing department: as the HTTP answer, and to its inbox.
function writeReceipt(
  parts: ExchangeParts,
  departmentCode: string,
  messageId: string,
  header: ExchangeHeader | undefined,
  lenient: EnvelopeHeader,
  receipt: ExchangeReceipt,
  time: AcceptTime,
): Uint8Array {
  const regionCode = header?.regionCode ?? lenient.fields.regionCode ?? '';
  const receiptHeader = {
    messageId: parts.nextMessageId(),
    correlationId: messageId,
    senderCode: EXCHANGE_PLATFORM_DEPARTMENT.code,
    receiverCode: departmentCode,
    regionCode: /^[0-9]{6}$/.test(regionCode) ? regionCode : departmentCode.slice(2, 8),
    sendTime: shanghaiSeconds(time.now),
  };
  const bytes = encodeExchangeMessage({ messageType: 'RECEIPT', header: receiptHeader, receipt });
  if (header?.messageType !== 'RECEIPT' && lenient.fields.messageType !== 'RECEIPT') {
    parts.inboxes.deliver({
      ...receiptHeader,
      messageType: 'RECEIPT',
      receivedAt: time.now,
      contentType: 'application/xml; charset=UTF-8',
      bytes,
    });
  }
  return bytes;
}

function issueOf(code: string, message: string, field: unknown): Issue {
  return {
    code,
    ...(typeof field === 'string' ? { field } : {}),
    message: redactText(message.replace(/^\[decodeExchangeMessage\]\s*/, '')),
  };
}
