import type { PlatformIssue } from './platform-issue.js';

/** The outcome of one record: `accepted` (stored), `duplicate` (that version is already held) or `rejected`. */
export type RecordStatus = 'accepted' | 'duplicate' | 'rejected';

/** One record's result, at its position in the caller's input. */
export interface RecordResult {
  /** Position in the caller's input, from 0. */
  index: number;
  /** The record id as sent; `null` when the record had none. */
  recordId: string | null;
  status: RecordStatus;
  /** Why, when `rejected`: `E_STALE_VERSION`, `E_USCC_CHECKSUM`, … with the platform's column name. */
  errors?: PlatformIssue[] | undefined;
  /** `client` when the local pre-check rejected the record and it was never sent; otherwise `platform`. */
  judgedBy: 'client' | 'platform';
}

/** One batch as it was sent: what to quote to the platform's operators. */
export interface BatchReceipt {
  idempotencyKey: string;
  requestId: string;
  records: number;
  bytes: number;
  attempts: number;
  /** True when the platform replayed its stored answer (the batch had been sent before). */
  replayed: boolean;
}

/** The outcome of a submission: one result per input record, in input order, with totals and receipts. */
export interface SubmitOutcome {
  results: RecordResult[];
  accepted: number;
  duplicate: number;
  rejected: number;
  batches: BatchReceipt[];
}
