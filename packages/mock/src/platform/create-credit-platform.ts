import { type CreditPlatformProfile, DEFAULT_CREDIT_PLATFORM_PROFILE } from '@credit-bridge/core';
import type { MockResponse } from '../router/mock-request.js';
import { type AuthState, createAuthState } from '../state/auth/create-auth-state.js';
import type { MockApp } from '../state/auth/demo-apps.js';
import { type MockClock, realSleep, type Sleep, systemClock } from '../state/clock.js';
import { type CreditState, createCreditState } from '../state/credit/create-credit-state.js';
import { createIdempotencyCache, type IdempotencyCache } from '../state/credit/idempotency-cache.js';
import type { ReportIssuer } from '../state/credit/report-issuer.js';
import { type SeedSummary, seedCreditState } from '../state/credit/seed-credit-state.js';
import { createFaultPlan, type FaultPlan } from '../state/faults/create-fault-plan.js';
import { createIdSource, type IdSource } from '../state/id-source.js';
import { createJournal, type Journal } from '../state/journal/create-journal.js';

/** Options of {@link createCreditPlatform}; every one has a default. */
export interface CreditPlatformOptions {
  /** Paths, envelope, headers and names; default the contract's `DEFAULT_CREDIT_PLATFORM_PROFILE`. */
  readonly profile?: CreditPlatformProfile;
  /** Default the real clock. */
  readonly clock?: MockClock;
  /** Default real waiting (`setTimeout`). */
  readonly sleep?: Sleep;
  /** Seeds request ids, task ids, verification codes, random faults and `seed()`; default 1. */
  readonly seed?: number;
  /** The apps that may call; default `DEMO_APPS`. */
  readonly apps?: readonly MockApp[];
  /** How long report tasks stay pending; default 2,000 ms. */
  readonly reportDelayMs?: number;
  /** Added to every request before it is handled; default 0. */
  readonly latencyMs?: number;
  /** Probability that a request fails with a random fault (`DEFAULT_RANDOM_FAULTS`); default 0. */
  readonly faultRate?: number;
  /** Requests the journal keeps; default 1,000. */
  readonly journalCapacity?: number;
  /** Region code in report numbers; default `420100`. */
  readonly regionCode?: string;
  readonly issuer?: ReportIssuer;
  /** Allowed `X-Timestamp` skew; default 300,000 ms. */
  readonly maxSkewMs?: number;
  /** Nonce memory; default 600,000 ms. */
  readonly nonceTtlMs?: number;
}

/** A simulated credit platform: its profile, clock, state and the handles tests and the admin API use. */
export interface CreditPlatform {
  readonly profile: CreditPlatformProfile;
  readonly clock: MockClock;
  readonly sleep: Sleep;
  readonly seedValue: number;
  /** Records, feeds, repairs and reports. */
  readonly state: CreditState;
  /** Apps and nonces. */
  readonly auth: AuthState;
  readonly faults: FaultPlan;
  readonly journal: Journal;
  /** Stored answers by `Idempotency-Key`. */
  readonly idempotency: IdempotencyCache<MockResponse>;
  /** Latency added to every request, in milliseconds; may be changed at any time. */
  latencyMs: number;
  /** The next request id. */
  nextRequestId(): string;
  /**
   * Seeds `count` synthetic records per type (default 10) from `seed` (default: the platform seed plus the
   * number of earlier seedings, so repeated calls add new records).
   */
  seed(options?: { count?: number; seed?: number }): SeedSummary;
  /**
   * Back to the start: no records, changes, tasks, reports, stored answers, nonces, faults (the configured
   * `faultRate` comes back) or journal entries, and the id sequences restart.
   */
  reset(): void;
}

/**
 * Creates a simulated credit platform. Hand it to `handleCreditRequest`, to the msw handlers
 * (`createCreditPlatformHandlers`) or to `startMockServer`; they all share this state.
 *
 * @example
 * const platform = createCreditPlatform({ seed: 7, clock: createManualClock(Date.parse('2026-01-06T09:00:00+08:00')) });
 * platform.seed({ count: 20 });
 */
export function createCreditPlatform(options: CreditPlatformOptions = {}): CreditPlatform {
  const profile = options.profile ?? DEFAULT_CREDIT_PLATFORM_PROFILE;
  const clock = options.clock ?? systemClock;
  const seedValue = options.seed ?? 1;
  const state = createCreditState({
    clock,
    seed: seedValue,
    ...(options.reportDelayMs === undefined ? {} : { reportDelayMs: options.reportDelayMs }),
    ...(options.regionCode === undefined ? {} : { regionCode: options.regionCode }),
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
  });
  const auth = createAuthState({
    clock,
    profile,
    ...(options.apps === undefined ? {} : { apps: options.apps }),
    ...(options.maxSkewMs === undefined ? {} : { maxSkewMs: options.maxSkewMs }),
    ...(options.nonceTtlMs === undefined ? {} : { nonceTtlMs: options.nonceTtlMs }),
  });
  const faults = createFaultPlan({ seed: seedValue });
  const applyFaultRate = (): void => {
    if ((options.faultRate ?? 0) > 0) faults.setProbability({ route: '*', rate: options.faultRate ?? 0 });
  };
  applyFaultRate();
  const journal = createJournal({ capacity: options.journalCapacity ?? 1000 });
  const idempotency = createIdempotencyCache<MockResponse>({ clock });
  const requestIdsOf = (): IdSource => createIdSource((seedValue ^ 0x5eed) >>> 0);
  let requestIds = requestIdsOf();
  let seedings = 0;

  return {
    profile,
    clock,
    sleep: options.sleep ?? realSleep,
    seedValue,
    state,
    auth,
    faults,
    journal,
    idempotency,
    latencyMs: options.latencyMs ?? 0,
    nextRequestId: () => requestIds.uuid(),
    seed(seedOptions = {}) {
      seedings += 1;
      return seedCreditState(state, {
        seed: seedOptions.seed ?? seedValue + seedings,
        count: seedOptions.count ?? 10,
      });
    },
    reset() {
      state.clear();
      auth.reset();
      faults.clear();
      applyFaultRate();
      journal.clear();
      idempotency.clear();
      requestIds = requestIdsOf();
      seedings = 0;
    },
  };
}
