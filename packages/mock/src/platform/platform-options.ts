import type { MockApp } from '../state/auth/demo-apps.js';
import type { MockClock, Sleep } from '../state/clock.js';
import type { ReportIssuer } from '../state/credit/report-issuer.js';

/** What configures either simulated platform; every option has a default. */
export interface CommonPlatformOptions {
  /** Default the real clock. */
  readonly clock?: MockClock;
  /** Default real waiting (`setTimeout`). */
  readonly sleep?: Sleep;
  /** Seeds request ids, issued ids and codes, random faults and `seed()`; default 1. */
  readonly seed?: number;
  /** The apps that may call; default `DEMO_APPS`. */
  readonly apps?: readonly MockApp[];
  /** Added to every request before it is handled; default 0. */
  readonly latencyMs?: number;
  /** Probability that a request fails with a random fault (`DEFAULT_RANDOM_FAULTS`); default 0. */
  readonly faultRate?: number;
  /** Requests the journal keeps; default 1,000. */
  readonly journalCapacity?: number;
  /** Region code in issued report numbers; default `420100`. */
  readonly regionCode?: string;
  readonly issuer?: ReportIssuer;
  /** Allowed `X-Timestamp` skew; default 300,000 ms. */
  readonly maxSkewMs?: number;
  /** Nonce memory; default 600,000 ms. */
  readonly nonceTtlMs?: number;
}
