import type { WireRow } from '@credit-bridge/core';

/** One problem with a record or parameter: a machine code, the wire field or parameter, a masked message. */
export interface Issue {
  readonly code: string;
  /** A core wire name (`CF_XDR_SHXYM`), parameter or header name; the router applies profile renames. */
  readonly field?: string;
  readonly message: string;
}

/** The outcome for one record of a batch, in input order. */
export interface RecordResult {
  readonly index: number;
  readonly recordId: string | null;
  readonly status: 'accepted' | 'duplicate' | 'rejected';
  readonly errors?: readonly Issue[];
}

/** The outcome of a batch: counts and one result per record. */
export interface BatchOutcome {
  readonly received: number;
  readonly accepted: number;
  readonly duplicate: number;
  readonly rejected: number;
  readonly results: readonly RecordResult[];
}

/** A change in the blacklist feed; `record` is the entry as it was after the change (core wire names). */
export interface BlacklistChange {
  readonly changeType: 'listed' | 'updated' | 'removed' | 'publication_ended';
  readonly recordId: string;
  readonly version: string;
  readonly changedAt: string;
  readonly repairId?: string;
  readonly record: WireRow;
}

/** A change in the repair feed. */
export interface RepairChange {
  readonly changeType: 'created' | 'updated';
  readonly repairId: string;
  readonly version: string;
  readonly changedAt: string;
  readonly record: WireRow;
}

/** A subject named by one identifier. */
export type SubjectKey = { readonly uscc: string } | { readonly idNumber: string };
