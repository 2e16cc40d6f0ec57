import {
  CreditBridgeError,
  EXCHANGE_RECORD_MESSAGES,
  type ExchangeMessage,
  isRecordMessageType,
  type RecordMessageType,
} from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';

/** What a synthetic message carries and who it is from and to. */
export interface SyntheticMessageOptions {
  readonly messageType: RecordMessageType;
  readonly messageId: string;
  readonly senderCode: string;
  readonly receiverCode: string;
  /** `sendTime`, `+08:00`. */
  readonly sendTime: string;
  /** The latest day a generated record may carry. */
  readonly today: string;
  /** Records (1–500); default 1. */
  readonly count?: number;
  /** Seeds the generated records; default 1. */
  readonly seed?: number;
  /** Default characters 3–8 of `senderCode` (GB 32100: the registering authority's region). */
  readonly regionCode?: string;
  readonly correlationId?: string;
}

/**
 * A message of synthetic records (core's generators: valid, with computed check characters), ready for
 * `encodeExchangeMessage`, for dropping into an inbox in tests. Throws `E_ARGUMENT` for a message type
 * that carries no records or a count out of 1–500.
 *
 * @example
 * const message = syntheticMessage({ messageType: 'XZCF', messageId, senderCode, receiverCode, sendTime, today, count: 3 });
 */
export function syntheticMessage(options: SyntheticMessageOptions): ExchangeMessage {
  const count = options.count ?? 1;
  if (!isRecordMessageType(options.messageType)) {
    throw argument(`messageType must be one of ${Object.keys(EXCHANGE_RECORD_MESSAGES).join(', ')}`);
  }
  if (!Number.isSafeInteger(count) || count < 1 || count > 500) throw argument('count must be 1–500');
  const { recordType } = EXCHANGE_RECORD_MESSAGES[options.messageType];
  const records = generateRecords(recordType, { seed: options.seed ?? 1, count, today: options.today });
  const header = {
    messageId: options.messageId,
    ...(options.correlationId === undefined ? {} : { correlationId: options.correlationId }),
    senderCode: options.senderCode,
    receiverCode: options.receiverCode,
    regionCode: options.regionCode ?? options.senderCode.slice(2, 8),
    sendTime: options.sendTime,
    resourceCode: `WH-${options.messageType}`,
  };
  // The pairing of messageType and records is the one EXCHANGE_RECORD_MESSAGES fixes.
  return { messageType: options.messageType, header, records } as ExchangeMessage;
}

function argument(problem: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_ARGUMENT', message: `[syntheticMessage] ${problem}` });
}
