import {
  CreditBridgeError,
  decodeExchangeMessage,
  type RecordType,
  todayInShanghai,
} from '@credit-bridge/core';
import type { MockClock } from '../clock.js';
import { type CreditData, clearCreditData, createCreditData } from '../credit/credit-data.js';
import type { BatchOutcome } from '../credit/credit-types.js';
import type { ReportIssuer } from '../credit/report-issuer.js';
import { submitRecords } from '../credit/submit-records.js';
import { createIdSource } from '../id-source.js';
import { acceptMessage, inboxFields } from './accept-message.js';
import { CATALOG_PROVIDER, type CatalogEntry, EXCHANGE_CATALOG } from './exchange-catalog.js';
import {
  createDepartmentDirectory,
  DEMO_DEPARTMENTS,
  type DepartmentDirectory,
  type ExchangeDepartment,
} from './exchange-departments.js';
import { createExchangeInboxes, type ExchangeInboxes, type InboxEntry } from './exchange-inbox.js';
import type { ExchangeParts, PublishedMessage, PublishOutcome } from './exchange-types.js';
import { readEnvelopeHeader } from './read-envelope-header.js';
import { createReportLibrary, type ReportLibrary } from './report-library.js';
import {
  type LoggedQuery,
  runSharedQuery,
  type SharedQueryAnswer,
  type SharedQueryRequest,
} from './shared-query.js';

/** Options of {@link createExchangeState}. */
export interface ExchangeStateOptions {
  readonly clock: MockClock;
  /** Seeds receipt ids, report numbers' verification codes and query ids; default 1. */
  readonly seed?: number;
  /** Default {@link DEMO_DEPARTMENTS}. */
  readonly departments?: readonly ExchangeDepartment[];
  /** Records per message beyond which it is REJECTED with `E_BATCH_TOO_LARGE`; default 500. */
  readonly maxRecords?: number;
  /** Region code in report numbers; default `420100`. */
  readonly regionCode?: string;
  /** Who issued reports are from; default the catalog's provider, 武汉市公共信用信息中心（示例）. */
  readonly issuer?: ReportIssuer;
}

/** Counts for the admin API and assertions. */
export interface ExchangeStateSummary {
  readonly records: Readonly<Record<RecordType, number>>;
  readonly reports: number;
  readonly messages: Readonly<Record<'ACCEPTED' | 'PARTIAL' | 'REJECTED', number>>;
  /** Per receiver: messages held and messages still unacknowledged. */
  readonly inboxes: Readonly<Record<string, { readonly messages: number; readonly unacknowledged: number }>>;
  readonly queries: number;
}

/** The exchange platform's data and operations, pure: the clock says when, nothing does I/O. */
export interface ExchangeState {
  /** The shared data: records accepted from published messages (and seeding). */
  readonly data: CreditData;
  readonly directory: DepartmentDirectory;
  readonly inboxes: ExchangeInboxes;
  readonly reports: ReportLibrary;
  /** Publishes a message for a department (see `acceptMessage`). */
  publish(departmentCode: string, bytes: Uint8Array): PublishOutcome;
  /**
   * Drops a message into its receiver's inbox as if a department had published it: the bytes must decode
   * (the codec's errors are thrown) and the receiver must be a known department (`E_ARGUMENT`).
   */
  deliver(bytes: Uint8Array): InboxEntry;
  /** The catalog with what the platform holds of each resource now. */
  catalog(): CatalogEntry[];
  query(request: SharedQueryRequest): SharedQueryAnswer;
  /** Judges and stores wire rows (core names) as shared data, as a submission to the credit platform would. */
  submit(type: RecordType, rows: readonly unknown[]): BatchOutcome;
  /** Published messages, oldest first. */
  messages(): readonly PublishedMessage[];
  queries(): readonly LoggedQuery[];
  /** The platform's calendar day. */
  today(): string;
  summary(): ExchangeStateSummary;
  /** Forgets every record, message, receipt, inbox entry, report and query; id sequences restart. */
  clear(): void;
}

/**
 * Creates the exchange platform's state: departments and their app keys, published messages with their
 * receipts, an inbox per receiver, the shared data with its catalog, reports and the query log.
 *
 * @example
 * const state = createExchangeState({ clock: createManualClock(Date.parse('2026-07-15T10:00:00+08:00')) });
 * const outcome = state.publish('11420113CBG11301XU', bytes);
 */
export function createExchangeState(options: ExchangeStateOptions): ExchangeState {
  const { clock } = options;
  const seed = options.seed ?? 1;
  const idsOf = () => createIdSource((seed ^ 0xec4a) >>> 0);
  let ids = idsOf();
  const reports = createReportLibrary({
    seed,
    regionCode: options.regionCode ?? '420100',
    issuer: options.issuer ?? { name: CATALOG_PROVIDER.name, uscc: CATALOG_PROVIDER.code },
  });
  const parts: ExchangeParts = {
    data: createCreditData(),
    directory: createDepartmentDirectory(options.departments ?? DEMO_DEPARTMENTS),
    inboxes: createExchangeInboxes(),
    reports,
    log: new Map(),
    updatedAt: new Map(),
    limits: { maxRecords: options.maxRecords ?? 500 },
    nextMessageId: () => ids.uuid(),
  };
  let queries: LoggedQuery[] = [];
  const time = () => ({ now: clock.now(), today: todayInShanghai(clock.now()) });
  const storeSizes = (): Record<RecordType, number> => ({
    penalty: parts.data.stores.penalty.size(),
    license: parts.data.stores.license.size(),
    blacklist: parts.data.stores.blacklist.size(),
    repair: parts.data.stores.repair.size(),
  });

  return {
    data: parts.data,
    directory: parts.directory,
    inboxes: parts.inboxes,
    reports,
    publish: (departmentCode, bytes) => acceptMessage(parts, departmentCode, bytes, time()),
    deliver(bytes) {
      const { header } = decodeExchangeMessage(bytes);
      if (parts.directory.find(header.receiverCode) === undefined) {
        throw new CreditBridgeError({
          code: 'E_ARGUMENT',
          message: `[deliver] receiverCode ${header.receiverCode} is not a department of the platform`,
        });
      }
      const { encoding } = readEnvelopeHeader(bytes);
      return parts.inboxes.deliver({
        ...inboxFields(header),
        receivedAt: clock.now(),
        contentType: `application/xml; charset=${encoding}`,
        bytes,
      });
    },
    catalog() {
      const sizes = storeSizes();
      const counts: Record<string, number> = {
        XZCF: sizes.penalty,
        XZXK: sizes.license,
        SXMD: sizes.blacklist,
        XYXF: sizes.repair,
        XYBG: reports.size(),
      };
      return EXCHANGE_CATALOG.map((resource) => {
        const updatedAt =
          resource.messageType === 'XYBG' ? reports.updatedAt() : parts.updatedAt.get(resource.messageType);
        return {
          ...resource,
          recordCount: counts[resource.messageType] ?? 0,
          ...(updatedAt === undefined ? {} : { updatedAt }),
        };
      });
    },
    query: (request) => runSharedQuery(parts, request, { queryId: ids.uuid(), ...time() }, queries),
    submit(type, rows) {
      const outcome = submitRecords(parts.data, type, rows, time());
      const messageType = { penalty: 'XZCF', license: 'XZXK', blacklist: 'SXMD', repair: 'XYXF' }[type];
      if (outcome.accepted > 0) parts.updatedAt.set(messageType, clock.now());
      return outcome;
    },
    messages: () => [...parts.log.values()],
    queries: () => [...queries],
    today: () => todayInShanghai(clock.now()),
    summary() {
      const messages = [...parts.log.values()];
      const count = (status: PublishedMessage['status']) =>
        messages.filter((message) => message.status === status).length;
      return {
        records: storeSizes(),
        reports: reports.size(),
        messages: { ACCEPTED: count('ACCEPTED'), PARTIAL: count('PARTIAL'), REJECTED: count('REJECTED') },
        inboxes: parts.inboxes.summary(),
        queries: queries.length,
      };
    },
    clear() {
      clearCreditData(parts.data);
      parts.inboxes.clear();
      parts.log.clear();
      parts.updatedAt.clear();
      reports.clear();
      queries = [];
      ids = idsOf();
    },
  };
}
