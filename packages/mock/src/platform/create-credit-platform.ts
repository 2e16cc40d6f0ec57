import { type CreditPlatformProfile, DEFAULT_CREDIT_PLATFORM_PROFILE } from '@credit-bridge/core';
import type { MockResponse } from '../router/mock-request.js';
import type { AuthState } from '../state/auth/create-auth-state.js';
import type { MockClock, Sleep } from '../state/clock.js';
import { type CreditState, createCreditState } from '../state/credit/create-credit-state.js';
import { createIdempotencyCache, type IdempotencyCache } from '../state/credit/idempotency-cache.js';
import { type SeedSummary, seedCreditState } from '../state/credit/seed-credit-state.js';
import type { FaultPlan } from '../state/faults/create-fault-plan.js';
import type { Journal } from '../state/journal/create-journal.js';
import { createPlatformRuntime } from './internal/create-platform-runtime.js';
import type { CommonPlatformOptions } from './platform-options.js';

/** Options of {@link createCreditPlatform}; every one has a default. */
export interface CreditPlatformOptions extends CommonPlatformOptions {
  /** Paths, envelope, headers and names; default the contract's `DEFAULT_CREDIT_PLATFORM_PROFILE`. */
  readonly profile?: CreditPlatformProfile;
  /** How long report tasks stay pending; default 2,000 ms. */
  readonly reportDelayMs?: number;
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
  const runtime = createPlatformRuntime(options, { profile, requestIdSalt: 0x5eed });
  const state = createCreditState({
    clock: runtime.clock,
    seed: runtime.seedValue,
    ...(options.reportDelayMs === undefined ? {} : { reportDelayMs: options.reportDelayMs }),
    ...(options.regionCode === undefined ? {} : { regionCode: options.regionCode }),
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
  });
  const idempotency = createIdempotencyCache<MockResponse>({ clock: runtime.clock });

  return {
    profile,
    clock: runtime.clock,
    sleep: runtime.sleep,
    seedValue: runtime.seedValue,
    state,
    auth: runtime.auth,
    faults: runtime.faults,
    journal: runtime.journal,
    idempotency,
    latencyMs: runtime.latencyMs,
    nextRequestId: runtime.nextRequestId,
    seed: (seedOptions = {}) =>
      seedCreditState(state, { seed: runtime.nextSeed(seedOptions.seed), count: seedOptions.count ?? 10 }),
    reset() {
      state.clear();
      idempotency.clear();
      runtime.reset();
    },
  };
}
