/**
 * @credit-bridge/exchange-platform — the adapter for the district data-sharing and exchange platform.
 *
 * Read this file as the table of contents: the client and its options, the inbox's store, what the
 * operations take and return, events, error codes, and the XML codec (from core) the client is built on.
 */

// The XML codec the client is built on (core's `wire/exchange`), for callers that handle messages themselves
export {
  type DecodedExchangeMessage,
  type DecodedRecord,
  type DecodeExchangeOptions,
  decodeExchangeMessage,
  type EncodeExchangeOptions,
  EXCHANGE_ERROR_CODES,
  EXCHANGE_LIMITS,
  type ExchangeCreditReport,
  type ExchangeDigestAlgorithm,
  type ExchangeEncoding,
  type ExchangeErrorCode,
  type ExchangeHeader,
  type ExchangeMessage,
  type ExchangeMessageType,
  type ExchangeReceipt,
  type ExchangeReceiptError,
  type ExchangeReceiptResult,
  type ExchangeRecordOf,
  encodeExchangeMessage,
  type RecordMessageType,
} from '@credit-bridge/core';
// The client, and the one place its defaults are resolved
export {
  createExchangeClient,
  type ExchangeClient,
  type ExchangeInbox,
} from './client/create-exchange-client.js';
export {
  type ExchangeClientOptions,
  type ExchangeHttpOptions,
  type ResolvedExchangeOptions,
  resolveExchangeOptions,
} from './client/resolve-exchange-options.js';
// Errors: the contract's machine codes and the client's
export {
  EXCHANGE_CLIENT_ERROR_CODES,
  type ExchangeClientErrorCode,
  type ExchangeErrorCodeInfo,
  exchangeErrorCodeOf,
} from './errors/exchange-error-codes.js';
// Events: the transport's and the adapter's, redacted
export type {
  ExchangeAdapterEvent,
  ExchangeEvent,
  InboxMessageEvent,
  InboxPageEvent,
  OnExchangeEvent,
  PublishMessageEvent,
  ReceiptEvent,
} from './events/exchange-event.js';
// The inbox: at-least-once processing with duplicates dropped through the caller's store
export {
  createMemoryProcessedStore,
  type MemoryProcessedStore,
  type ProcessedMessageStore,
} from './inbox/processed-message-store.js';
// What operations take and return
export { type CatalogResource, catalogResourceSchema } from './model/catalog-resource.js';
export type {
  PublishedMessage,
  PublishJudge,
  PublishOutcome,
  PublishRecordResult,
  PublishRecordStatus,
} from './model/publish-outcome.js';
export { type ExchangeSubjectKey, requireSubjectKey } from './model/subject-key.js';
export type { InboxDelivery, InboxFeed, InboxMessagesOptions } from './operations/inbox-messages.js';
export type {
  InboxFailure,
  InboxHandlerContext,
  InboxRun,
  ProcessInboxOptions,
} from './operations/process-inbox.js';
export type { PublishOptions } from './operations/publish.js';
export type {
  BlacklistQueryResult,
  QueryKind,
  QueryOptions,
  ReportQueryResult,
} from './operations/query.js';
