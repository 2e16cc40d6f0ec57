import type { ExchangeRecordOf, RecordMessageType } from '@credit-bridge/core';
import { createExchangeCaller } from '../internal/create-exchange-caller.js';
import type { CatalogResource } from '../model/catalog-resource.js';
import type { PublishOutcome } from '../model/publish-outcome.js';
import type { ExchangeSubjectKey } from '../model/subject-key.js';
import { catalog } from '../operations/catalog.js';
import { type InboxFeed, type InboxMessagesOptions, inboxMessages } from '../operations/inbox-messages.js';
import { type InboxRun, type ProcessInboxOptions, processInbox } from '../operations/process-inbox.js';
import { type PublishOptions, publish } from '../operations/publish.js';
import {
  type BlacklistQueryResult,
  type QueryOptions,
  query,
  type ReportQueryResult,
} from '../operations/query.js';
import { type ExchangeClientOptions, resolveExchangeOptions } from './resolve-exchange-options.js';

/** The inbox: a run with a handler, or the messages one by one. */
export interface ExchangeInbox {
  (options: ProcessInboxOptions): Promise<InboxRun>;
  messages(options?: InboxMessagesOptions): InboxFeed;
}

/** The exchange platform, operation by operation. Each method is documented on its operation function. */
export interface ExchangeClient {
  /** USCC of your department: the sender of what you publish, the receiver of your inbox. */
  readonly senderCode: string;
  publish<M extends RecordMessageType>(
    records: readonly ExchangeRecordOf<M>[],
    options: PublishOptions<M>,
  ): Promise<PublishOutcome>;
  /**
   * The bytes a record adds to a message Body of `messageType` in this client's encoding, for batching
   * within the message limit; `publish` reuses the measurement for that very object instead of measuring
   * it again. Throws what encoding the record would throw (`E_WIRE_VALUE`, `E_XML_CHAR`).
   */
  measure<M extends RecordMessageType>(messageType: M, record: ExchangeRecordOf<M>): number;
  readonly inbox: ExchangeInbox;
  catalog(options?: { signal?: AbortSignal | undefined }): Promise<CatalogResource[]>;
  query(subject: ExchangeSubjectKey, kind: 'blacklist', options: QueryOptions): Promise<BlacklistQueryResult>;
  query(subject: ExchangeSubjectKey, kind: 'report', options: QueryOptions): Promise<ReportQueryResult>;
  /** Closes the pooled sockets of the default sender; an injected sender is the caller's to close. */
  close(): void;
}

/**
 * A client of the district data-sharing and exchange platform: messages encoded and decoded by core's
 * safe XML codec (body digests computed and verified), every request signed (HMAC-SM3 by default),
 * retried only when the contract makes it safe, bounded by deadlines, and every answer validated before
 * it is returned. Events are redacted at construction.
 *
 * @example
 * const client = createExchangeClient({ baseUrl: 'http://127.0.0.1:4010', appKey: 'cb-demo-district',
 *   appSecret: 'cb-demo-secret-0123456789abcdef', senderCode: '11420103CBG1030147' });
 * const outcome = await client.publish(penalties, { messageType: 'XZCF', receiverCode: '11420100CBG000023H' });
 * client.close();
 */
export function createExchangeClient(options: ExchangeClientOptions): ExchangeClient {
  const caller = createExchangeCaller(resolveExchangeOptions(options));
  const inbox: ExchangeInbox = Object.assign(
    (inboxOptions: ProcessInboxOptions) => processInbox(caller, inboxOptions),
    {
      messages: (messagesOptions?: InboxMessagesOptions) => inboxMessages(caller, messagesOptions),
    },
  );
  function runQuery(
    subject: ExchangeSubjectKey,
    kind: 'blacklist',
    o: QueryOptions,
  ): Promise<BlacklistQueryResult>;
  function runQuery(subject: ExchangeSubjectKey, kind: 'report', o: QueryOptions): Promise<ReportQueryResult>;
  function runQuery(
    subject: ExchangeSubjectKey,
    kind: 'blacklist' | 'report',
    queryOptions: QueryOptions,
  ): Promise<BlacklistQueryResult | ReportQueryResult> {
    return query(caller, subject, kind, queryOptions);
  }
  return {
    senderCode: caller.options.senderCode,
    publish: (records, publishOptions) => publish(caller, records, publishOptions),
    measure: (messageType, record) => caller.sizes.measure(messageType, record),
    inbox,
    catalog: (catalogOptions) => catalog(caller, catalogOptions),
    query: runQuery,
    close: caller.close,
  };
}
