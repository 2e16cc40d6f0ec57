import {
  CreditBridgeError,
  decodeExchangeMessage,
  type ExchangeHeader,
  type ExchangeReceipt,
  isCreditBridgeError,
} from '@credit-bridge/core';
import { contractViolation, type RequestContext } from '@credit-bridge/http';

/** What the receipt must answer: the message sent and its records, in Body order. */
export interface ReceiptExpectation {
  messageId: string;
  /** Our department: the receipt's `receiverCode`. */
  senderCode: string;
  recordIds: readonly string[];
}

/** A verified receipt and the header of the message that carried it. */
export interface VerifiedReceipt {
  header: ExchangeHeader;
  receipt: ExchangeReceipt;
}

/**
 * Decodes the answer to a publish as a RECEIPT message and verifies it before anything is believed: the
 * codec checks the XML safely and recomputes the body digest, which must match (`E_BODY_DIGEST`, a
 * `CreditBridgeError` naming the call: a receipt that may have been altered is never accepted); then
 * the receipt must answer this message (`correlationId`), be addressed to us (`receiverCode`) and hold
 * one result per record sent, in order, with the record ids sent, and counts that add up. Any other
 * problem is a `ContractError` with the element concerned.
 *
 * @example
 * const { receipt } = readReceipt(response.body, context, { messageId, senderCode, recordIds });
 */
export function readReceipt(
  bytes: Uint8Array,
  context: RequestContext,
  expected: ReceiptExpectation,
): VerifiedReceipt {
  let decoded: ReturnType<typeof decodeExchangeMessage>;
  try {
    decoded = decodeExchangeMessage(bytes);
  } catch (error) {
    if (!isCreditBridgeError(error)) throw error;
    if (error.code === 'E_BODY_DIGEST') {
      throw new CreditBridgeError({
        code: 'E_BODY_DIGEST',
        message: `[${context.method} ${context.path}] the receipt's bodyDigest does not match its Body: the receipt is not accepted`,
        details: { ...context, messageId: expected.messageId },
        cause: error,
      });
    }
    const field = typeof error.details.field === 'string' ? error.details.field : 'Message';
    throw contractViolation(
      context,
      { [field]: `${error.code}` },
      {
        path: [field],
        message: `a RECEIPT message per exchange-envelope.xsd (${error.code}: ${error.message})`,
      },
    );
  }
  if (decoded.messageType !== 'RECEIPT') {
    throw contractViolation(
      context,
      { messageType: decoded.messageType },
      {
        path: ['messageType'],
        message: 'RECEIPT',
      },
    );
  }
  const { header, receipt } = decoded;
  const wrong = (path: (string | number)[], message: string, received: unknown) =>
    contractViolation(context, received, { path, message });
  if (header.correlationId !== expected.messageId) {
    throw wrong(['correlationId'], `the messageId published, ${expected.messageId}`, header);
  }
  if (header.receiverCode !== expected.senderCode) {
    throw wrong(['receiverCode'], 'the senderCode of the published message', header);
  }
  const results = receipt.results ?? [];
  if (receipt.results === undefined && receipt.status !== 'REJECTED') {
    throw wrong(
      ['Receipt', 'Results'],
      'one Result per record unless the message is REJECTED whole',
      receipt,
    );
  }
  if (receipt.results !== undefined) {
    if (results.length !== expected.recordIds.length) {
      throw wrong(
        ['Receipt', 'Results'],
        `one Result for each of the ${expected.recordIds.length} records`,
        receipt,
      );
    }
    results.forEach((result, at) => {
      if (result.index !== at) throw wrong(['Receipt', 'Results', at, 'index'], `${at}`, receipt);
      if (result.recordId !== expected.recordIds[at]) {
        throw wrong(['Receipt', 'Results', at, 'recordId'], `the RECORD_ID sent at index ${at}`, receipt);
      }
    });
  }
  const count = (status: string) => results.filter((result) => result.status === status).length;
  if (
    receipt.results !== undefined &&
    (receipt.acceptedCount !== count('accepted') ||
      receipt.duplicateCount !== count('duplicate') ||
      receipt.rejectedCount !== count('rejected'))
  ) {
    throw wrong(['Receipt', 'acceptedCount'], 'counts that match the Results', receipt);
  }
  return { header, receipt };
}
