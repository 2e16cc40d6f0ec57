import type { CreditPlatformClient } from '@credit-bridge/credit-platform';
import type { StateStore } from '../state/state-store.js';

/** The part of the credit platform client a reconciliation uses: both feeds and the two read-backs. */
export interface ReconcileClient {
  readonly blacklist: Pick<CreditPlatformClient['blacklist'], 'changes' | 'check'>;
  readonly repairs: Pick<CreditPlatformClient['repairs'], 'changes' | 'get'>;
}

/** Options of `reconcile`. */
export interface ReconcileOptions {
  /** The state store whose delivery ledger is compared. */
  store: StateStore;
  client: ReconcileClient;
  /** The ledger's sinks whose deliveries went to the credit platform; default `['credit-platform']`. */
  sinks?: readonly string[] | undefined;
  /** Read-backs per kind (repairs by id, blacklist subjects checked), spread evenly; default 20, 0 for none. */
  sample?: number | undefined;
  /**
   * The source system codes whose records on the platform are ours, so that a record we sent but never
   * recorded is found; default the systems of the records the ledger knows.
   */
  sourceSystems?: readonly string[] | undefined;
  /** Epoch milliseconds, for the report's timestamps; default `Date.now`. */
  clock?: (() => number) | undefined;
  /** Items per feed page; default the client's page size. */
  pageSize?: number | undefined;
  signal?: AbortSignal | undefined;
}
