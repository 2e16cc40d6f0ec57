export { type DecodeExchangeOptions, decodeExchangeMessage } from './decode-exchange-message.js';
export { type EncodeExchangeOptions, encodeExchangeMessage } from './encode-exchange-message.js';
export {
  type ExchangeCreditReport,
  exchangeCreditReportSchema,
  REPORT_SECTIONS,
  REPORT_WIRE_FIELDS,
  type ReportSubject,
  reportSubjectSchema,
} from './exchange-credit-report.js';
export { EXCHANGE_ERROR_CODES, type ExchangeErrorCode } from './exchange-error-code.js';
export {
  EXCHANGE_DIGEST_ALGORITHMS,
  EXCHANGE_HEADER_ELEMENTS,
  type ExchangeDigestAlgorithm,
  type ExchangeHeader,
  type ExchangeHeaderInput,
  exchangeCountSchema,
  exchangeHeaderInputSchema,
  exchangeHeaderSchema,
} from './exchange-header.js';
export type {
  DecodedExchangeMessage,
  DecodedRecord,
  ExchangeEncoding,
  ExchangeMessage,
  ExchangeRecordIssue,
  ExchangeRecordOf,
} from './exchange-message.js';
export {
  EXCHANGE_BODY_ELEMENTS,
  EXCHANGE_MESSAGE_TYPES,
  EXCHANGE_RECORD_MESSAGES,
  type ExchangeMessageType,
  isRecordMessageType,
  type RecordMessageType,
  type RecordTypeOf,
} from './exchange-message-type.js';
export { EXCHANGE_LIMITS, EXCHANGE_NAMESPACE, EXCHANGE_SCHEMA_VERSION } from './exchange-namespace.js';
export {
  EXCHANGE_RECEIPT_STATUSES,
  EXCHANGE_RECORD_STATUSES,
  type ExchangeReceipt,
  type ExchangeReceiptError,
  type ExchangeReceiptResult,
  exchangeReceiptErrorSchema,
  exchangeReceiptResultSchema,
  exchangeReceiptSchema,
} from './exchange-receipt.js';
export { measureExchangeRecord } from './measure-exchange-record.js';
