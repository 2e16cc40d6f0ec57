import type { RecordType } from '../../model/record-type.js';

/**
 * `Header/messageType`: 行政许可 `XZXK`, 行政处罚 `XZCF`, 严重失信主体名单 `SXMD`, 信用修复 `XYXF`,
 * 信用报告 `XYBG` and 回执 `RECEIPT`.
 */
export const EXCHANGE_MESSAGE_TYPES = ['XZXK', 'XZCF', 'SXMD', 'XYXF', 'XYBG', 'RECEIPT'] as const;

/** One of {@link EXCHANGE_MESSAGE_TYPES}. */
export type ExchangeMessageType = (typeof EXCHANGE_MESSAGE_TYPES)[number];

/**
 * The message types whose Body holds domain records, with the record type and the element that
 * carries one record (exchange-envelope.md, "Body").
 *
 * @example
 * EXCHANGE_RECORD_MESSAGES.XZCF; // { recordType: 'penalty', element: 'PenaltyRecord' }
 */
export const EXCHANGE_RECORD_MESSAGES = {
  XZCF: { recordType: 'penalty', element: 'PenaltyRecord' },
  XZXK: { recordType: 'license', element: 'LicenseRecord' },
  SXMD: { recordType: 'blacklist', element: 'BlacklistRecord' },
  XYXF: { recordType: 'repair', element: 'RepairRecord' },
} as const satisfies Record<string, { recordType: RecordType; element: string }>;

/** A message type whose Body holds records of one {@link RecordType}. */
export type RecordMessageType = keyof typeof EXCHANGE_RECORD_MESSAGES;

/** The record type a {@link RecordMessageType} carries: `RecordTypeOf<'XZCF'>` is `'penalty'`. */
export type RecordTypeOf<M extends RecordMessageType> = (typeof EXCHANGE_RECORD_MESSAGES)[M]['recordType'];

/** The element directly inside `Body` for each message type. */
export const EXCHANGE_BODY_ELEMENTS: Readonly<Record<ExchangeMessageType, string>> = {
  XZCF: 'PenaltyRecord',
  XZXK: 'LicenseRecord',
  SXMD: 'BlacklistRecord',
  XYXF: 'RepairRecord',
  XYBG: 'CreditReport',
  RECEIPT: 'Receipt',
};

/**
 * True when `value` is a message type whose Body holds domain records.
 *
 * @example
 * isRecordMessageType('XZCF'); // true
 * isRecordMessageType('RECEIPT'); // false
 */
export function isRecordMessageType(value: unknown): value is RecordMessageType {
  return typeof value === 'string' && Object.hasOwn(EXCHANGE_RECORD_MESSAGES, value);
}
