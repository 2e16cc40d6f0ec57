import type { ExchangeReceipt } from '@credit-bridge/core';
import type { CreditData } from '../credit/credit-data.js';
import type { Issue } from '../credit/credit-types.js';
import type { DepartmentDirectory } from './exchange-departments.js';
import type { ExchangeInboxes } from './exchange-inbox.js';
import type { ReportLibrary } from './report-library.js';

/** The status of a receipt. */
export type ReceiptStatus = ExchangeReceipt['status'];

/** A message the platform answered with a receipt, as its log keeps it (for replays and the admin API). */
export interface PublishedMessage {
  readonly messageId: string;
  /** The department that published it (the caller's, which a sender mismatch makes differ from the header). */
  readonly departmentCode: string;
  /** SHA-256 of the bytes as published: the same bytes again replay the receipt, others are 409. */
  readonly fingerprint: string;
  readonly messageType?: string;
  readonly receiverCode?: string;
  readonly status: ReceiptStatus;
  /** The receipt message, exactly as first answered. */
  readonly receipt: Uint8Array;
  /** Epoch milliseconds. */
  readonly publishedAt: number;
}

/** Why a publish gets no receipt: the bytes are not a message whose Header can be read, or not acceptable. */
export type RefusalCode =
  | 'E_XML_MALFORMED'
  | 'E_XML_DOCTYPE'
  | 'E_XML_SCHEMA'
  | 'E_UNSUPPORTED_MEDIA_TYPE'
  | 'E_PAYLOAD_TOO_LARGE';

/** What publishing a message came to. */
export type PublishOutcome =
  | {
      readonly kind: 'receipt';
      readonly messageId: string;
      readonly status: ReceiptStatus;
      readonly receipt: Uint8Array;
      /** True when the same bytes were published before and this is the first receipt again. */
      readonly replayed: boolean;
    }
  | { readonly kind: 'mismatch'; readonly messageId: string; readonly firstPublishedAt: number }
  | { readonly kind: 'refused'; readonly code: RefusalCode; readonly issue: Issue };

/** The parts of the exchange platform's state that publishing reads and changes. */
export interface ExchangeParts {
  /** The shared data: accepted records, versioned as on the credit platform. */
  readonly data: CreditData;
  readonly directory: DepartmentDirectory;
  readonly inboxes: ExchangeInboxes;
  readonly reports: ReportLibrary;
  /** Published messages by `<department>\n<messageId>`. */
  readonly log: Map<string, PublishedMessage>;
  /** Epoch milliseconds of the last accepted record, by message type. */
  readonly updatedAt: Map<string, number>;
  readonly limits: { readonly maxRecords: number };
  /** The next id of a message the platform writes (a receipt). */
  nextMessageId(): string;
}

/** The platform's time for a publish. */
export interface AcceptTime {
  /** Epoch milliseconds. */
  readonly now: number;
  /** The platform's calendar day, for record validation. */
  readonly today: string;
}
