import type { RecordType } from '@credit-bridge/core';
import type { DeliveryStatus } from '../state/state-store.js';

/**
 * The kinds of difference a reconciliation reports:
 * - `missing_on_platform`: the ledger says the platform accepted a version it does not hold;
 * - `version_mismatch`: the platform's newest version is not the ledger's newest accepted one;
 * - `unknown_to_ledger`: the platform holds a version of one of our records (or from one of our source
 *   systems) that the ledger never recorded;
 * - `status_mismatch`: the ledger says `sent` or `rejected` for a version the platform holds, or a read-back
 *   check lists (or does not list) a subject unlike the feed says;
 * - `content_mismatch`: a read-back returns the ledger's version with other content than its hash.
 */
export const RECONCILE_DIFFERENCE_KINDS = [
  'missing_on_platform',
  'version_mismatch',
  'unknown_to_ledger',
  'status_mismatch',
  'content_mismatch',
] as const;

/** One of {@link RECONCILE_DIFFERENCE_KINDS}. */
export type ReconcileDifferenceKind = (typeof RECONCILE_DIFFERENCE_KINDS)[number];

/** The record types the credit platform publishes a change feed of: the ones reconciled. */
export type ReconciledRecordType = 'blacklist' | 'repair';

/** One difference between the ledger and the platform. */
export interface ReconcileDifference {
  readonly kind: ReconcileDifferenceKind;
  readonly recordType: ReconciledRecordType;
  readonly recordId: string;
  /** The ledger's sink the record was delivered through. */
  readonly sink: string;
  /** Where the platform's side was read: its change feed, or a read-back of a sample. */
  readonly source: 'feed' | 'read-back';
  /** The subject, masked: `uscc:<USCC>` (public) or `idNumber:420***********123X`; when known. */
  readonly subject?: string;
  readonly ledgerVersion?: number;
  readonly ledgerStatus?: DeliveryStatus;
  readonly platformVersion?: number;
  /** What differs, in words, with nothing unmasked. */
  readonly message: string;
}

/** How far one sink and record type could be reconciled. */
export interface ReconcileCoverage {
  readonly sink: string;
  readonly recordType: RecordType;
  /** `feed+read-back` for blacklist and repairs on the credit platform; `none` where no feed exists. */
  readonly method: 'feed+read-back' | 'none';
  /** The ledger's entries by status (every version, content and attempt counted once). */
  readonly ledger: { readonly accepted: number; readonly sent: number; readonly rejected: number };
  /** Why a type is not reconciled. */
  readonly note?: string;
}

/** A read-back that failed (the platform did not answer); the reconciliation went on without it. */
export interface ReconcileReadBackError {
  readonly operation: 'repairs.get' | 'blacklist.check';
  readonly recordId?: string;
  readonly subject?: string;
  readonly code?: string;
  readonly message: string;
}

/** What a reconciliation found. */
export interface ReconcileReport {
  /** ISO timestamps. */
  readonly startedAt: string;
  readonly finishedAt: string;
  /** True when no difference was found (read-back errors aside: see `errors`). */
  readonly consistent: boolean;
  /** Every difference, ordered by record type, record id, kind. */
  readonly differences: readonly ReconcileDifference[];
  readonly counts: Readonly<Record<ReconcileDifferenceKind, number>>;
  readonly coverage: readonly ReconcileCoverage[];
  /** The feeds as read: items, distinct records, and the head cursor. */
  readonly feeds: Readonly<
    Record<
      ReconciledRecordType,
      { readonly items: number; readonly records: number; readonly cursor?: string }
    >
  >;
  /** How many read-backs were made: repairs fetched by id, subjects checked. */
  readonly readBacks: { readonly repairs: number; readonly subjects: number };
  readonly errors: readonly ReconcileReadBackError[];
}
