import {
  CreditBridgeError,
  EXCHANGE_LIMITS,
  EXCHANGE_RECORD_MESSAGES,
  type RecordMessageType,
  type RecordType,
} from '@credit-bridge/core';
import type { ExchangeClient } from '@credit-bridge/exchange-platform';
import { settleDelivery } from './internal/settle-delivery.js';
import { withinLimit } from './internal/within-limit.js';
import type { Sink } from './sink.js';

/** Options of {@link createExchangeSink}. */
export interface ExchangeSinkOptions {
  client: ExchangeClient;
  recordType: RecordType;
  /** USCC of the receiving department. */
  receiverCode: string;
  /** Default the record type's: `XZCF`, `XZXK`, `SXMD`, `XYXF`. */
  messageType?: RecordMessageType | undefined;
  /** The catalog resource the messages publish, e.g. `WH-XZCF`. */
  resourceCode?: string | undefined;
  /** Records per message, at most the contract's 500 (its default). */
  maxRecords?: number | undefined;
  /** Bytes per message, at most the contract's 4 MiB (its default). */
  maxBytes?: number | undefined;
  /** The ledger's name for the sink; default `exchange:<messageType>`, with `:<resourceCode>` when given. */
  id?: string | undefined;
}

// Header, XML declaration, Message and Body tags: about 650 bytes, more with a resource code. What a
// batch may hold is the message limit less this allowance, each record counted exactly.
const ENVELOPE_ALLOWANCE = 2048;

/**
 * A sink to the district exchange platform for one record type and receiver (and resource): each
 * delivery is one `publish` of at most one message, whose id the client derives from the records' ids
 * and versions and the receiver, so a resend after a crash is recognised by the platform (`duplicate`).
 * Records are measured by the client, as the codec writes them into a message's Body in the client's
 * encoding, so a batch never exceeds the message limit, and `publish` plans with those measurements
 * instead of measuring the records again.
 *
 * @example
 * const sink = createExchangeSink({ client, recordType: 'penalty', receiverCode: '11420103CBG1030222' });
 * const { outcomes } = await sink.deliver(penalties);
 */
export function createExchangeSink(options: ExchangeSinkOptions): Sink {
  const { client, recordType, receiverCode, resourceCode } = options;
  const messageType = options.messageType ?? messageTypeFor(recordType);
  if (EXCHANGE_RECORD_MESSAGES[messageType].recordType !== recordType) {
    throw config(
      `a ${messageType} message carries ${EXCHANGE_RECORD_MESSAGES[messageType].recordType} records, not ${recordType}`,
    );
  }
  return {
    id:
      options.id ??
      (resourceCode === undefined ? `exchange:${messageType}` : `exchange:${messageType}:${resourceCode}`),
    platform: 'exchange',
    recordType,
    limits: {
      maxRecords: within('maxRecords', options.maxRecords, EXCHANGE_LIMITS.maxRecords),
      maxBytes: Math.max(
        1,
        within('maxBytes', options.maxBytes, EXCHANGE_LIMITS.maxBytes) - ENVELOPE_ALLOWANCE,
      ),
      overheadBytes: 0,
      separatorBytes: 0,
    },
    measure(record) {
      return client.measure(messageType, record as never);
    },
    deliver: (records, deliverOptions = {}) =>
      settleDelivery(
        records.length,
        () =>
          client.publish(records as never[], {
            messageType,
            receiverCode,
            ...(resourceCode === undefined ? {} : { resourceCode }),
            signal: deliverOptions.signal,
          }),
        (outcome) => ({
          receipt: {
            messageIds: outcome.messages.map((message) => message.messageId),
            requestIds: outcome.messages.map((message) => message.requestId),
          },
          attempts: outcome.messages.reduce((sum, message) => sum + message.attempts, 0),
        }),
      ),
  };
}

function messageTypeFor(recordType: RecordType): RecordMessageType {
  const found = (Object.keys(EXCHANGE_RECORD_MESSAGES) as RecordMessageType[]).find(
    (type) => EXCHANGE_RECORD_MESSAGES[type].recordType === recordType,
  );
  if (found === undefined) throw config(`no exchange message type carries ${recordType} records`);
  return found;
}

function within(name: string, value: number | undefined, limit: number): number {
  return withinLimit({ sink: 'createExchangeSink', name, of: "the contract's" }, value, limit);
}

function config(message: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_SYNC_CONFIG', message: `[createExchangeSink] ${message}` });
}
