import type { FaultKind, FaultTiming } from '../faults/fault.js';

/** One request the platform answered, as the journal keeps it. Bodies are masked. */
export interface JournalEntry {
  /** Position in the journal since the platform started or was reset, from 1. */
  readonly seq: number;
  /** When the request was answered, epoch milliseconds of the platform clock. */
  readonly at: number;
  /** The same instant as an ISO 8601 timestamp in Shanghai time (`2026-01-06T09:00:00.000+08:00`). */
  readonly timestamp: string;
  /** Which platform answered. */
  readonly platform: 'credit' | 'exchange';
  readonly method: string;
  /** The path as sent, without the query. */
  readonly path: string;
  /** The raw query string, without `?`. */
  readonly query: string;
  /** The operation the path matched; absent for an unknown path. */
  readonly operation?: string;
  readonly status: number;
  /** The envelope's gateway code, when the answer was an envelope. */
  readonly code?: string;
  /** The machine error code of a failure envelope (`E_AUTH_SIGNATURE`). */
  readonly errorCode?: string;
  readonly requestId?: string;
  readonly appKey?: string;
  readonly idempotencyKey?: string;
  /** The exchange message concerned: the one published or acknowledged. */
  readonly messageId?: string;
  /** The status of the receipt a publish was answered with. */
  readonly receiptStatus?: 'ACCEPTED' | 'PARTIAL' | 'REJECTED';
  /** True when the answer was an idempotent replay (the same key, or the same message again). */
  readonly replayed?: boolean;
  /** The fault injected into this request, if any. */
  readonly fault?: FaultKind;
  readonly faultTiming?: FaultTiming;
  /**
   * The request body, parsed when it is JSON, with identifiers, personal names and secrets masked; for a
   * published XML message its header (`messageId`, `messageType`, sender, receiver, `recordCount`) and size.
   */
  readonly requestBody?: unknown;
}

/**
 * What to look for: every given property must equal the entry's (`path` may also be a RegExp), or a
 * predicate.
 */
export type JournalFilter =
  | {
      readonly platform?: JournalEntry['platform'];
      readonly method?: string;
      readonly path?: string | RegExp;
      readonly operation?: string;
      readonly status?: number;
      readonly code?: string;
      readonly errorCode?: string;
      readonly appKey?: string;
      readonly idempotencyKey?: string;
      readonly messageId?: string;
      readonly receiptStatus?: JournalEntry['receiptStatus'];
      readonly replayed?: boolean;
      readonly fault?: FaultKind;
    }
  | ((entry: JournalEntry) => boolean);
