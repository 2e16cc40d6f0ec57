import type { AnyRecord, RecordType } from '@credit-bridge/core';
import type { BatchLimits } from '../delivery/create-batcher.js';
import type { JsonObject } from '../state/state-store.js';

/** The platforms a sink can talk to; sinks of one platform share its concurrency and rate limit. */
export type SinkPlatform = 'credit' | 'exchange';

/** One problem a platform found with a record: its code, the column concerned and a masked message. */
export interface SinkIssue {
  readonly code: string;
  readonly field?: string | undefined;
  readonly message: string;
}

/** Why a delivery failed as a whole, as far as the sink could tell. */
export interface SinkFailure {
  readonly code: string;
  readonly message: string;
  /** Whether sending again later may succeed (a network error, 5xx, 429) or not (auth, contract). */
  readonly retryable: boolean;
}

/**
 * What became of one record of a delivery:
 * - `accepted`: stored;
 * - `duplicate`: the platform already held that version (a resend after a crash): delivered all the same;
 * - `rejected`: the platform refused it, with its issues (the record goes to the dead letters);
 * - `failed`: no verdict (the delivery failed); the record is to be sent again, later or in the next run.
 */
export type SinkOutcome =
  | { readonly status: 'accepted' }
  | { readonly status: 'duplicate' }
  | { readonly status: 'rejected'; readonly issues: readonly SinkIssue[] }
  | { readonly status: 'failed'; readonly failure: SinkFailure };

/** The answer to one delivery: one outcome per record in input order, and what to keep as its receipt. */
export interface SinkDelivery {
  readonly outcomes: readonly SinkOutcome[];
  /** Kept in the ledger with every record of the delivery: idempotency key, request id, message id, … */
  readonly receipt: JsonObject;
  /** Requests the delivery took, first attempt included. */
  readonly attempts: number;
}

/**
 * Where records of one type go: one platform, one record type (and for the exchange platform one
 * resource). The runner batches records within `limits`, measuring each with `measure`, and hands each
 * batch to `deliver`, which never throws for a platform's answer or a transport failure: those come
 * back as outcomes.
 */
export interface Sink {
  /** The ledger's name for it: `credit-platform`, `exchange:XZCF`, … */
  readonly id: string;
  readonly platform: SinkPlatform;
  readonly recordType: RecordType;
  readonly limits: BatchLimits;
  /** The bytes a record takes in a delivery body. */
  measure(record: AnyRecord): number;
  deliver(records: readonly AnyRecord[], options?: { signal?: AbortSignal }): Promise<SinkDelivery>;
}
