import { type CreditPlatformProfile, DEFAULT_CREDIT_PLATFORM_PROFILE } from '@credit-bridge/core';
import type { MockResponse } from '../router/mock-request.js';
import { type CreditState, createCreditState } from '../state/credit/create-credit-state.js';
import { createIdempotencyCache, type IdempotencyCache } from '../state/credit/idempotency-cache.js';
import { seedCreditState } from '../state/credit/seed-credit-state.js';
import { createPlatformRuntime } from './internal/create-platform-runtime.js';
import type { PlatformHandles } from './platform-handles.js';
import type { CommonPlatformOptions } from './platform-options.js';

/** Options of {@link createCreditPlatform}; every one has a default. */
export interface CreditPlatformOptions extends CommonPlatformOptions {
  /** Paths, envelope, headers and names; default the contract's `DEFAULT_CREDIT_PLATFORM_PROFILE`. */
  readonly profile?: CreditPlatformProfile;
  /** How long report tasks stay pending; default 2,000 ms. */
  readonly reportDelayMs?: number;
}

/** A simulated credit platform: its profile, clock, state and the handles tests and the admin API use. */
export interface CreditPlatform extends PlatformHandles {
  readonly profile: CreditPlatformProfile;
  /** Records, feeds, repairs and reports. */
  readonly state: CreditState;
  /** Stored answers by `Idempotency-Key`. */
  readonly idempotency: IdempotencyCache<MockResponse>;
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
  const {
    nextSeed,
    reset: resetRuntime,
    ...handles
  } = createPlatformRuntime(options, { profile, requestIdSalt: 0x5eed });
  const state = createCreditState({
    clock: handles.clock,
    seed: handles.seedValue,
    ...(options.reportDelayMs === undefined ? {} : { reportDelayMs: options.reportDelayMs }),
    ...(options.regionCode === undefined ? {} : { regionCode: options.regionCode }),
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
  });
  const idempotency = createIdempotencyCache<MockResponse>({ clock: handles.clock });

  return {
    profile,
    ...handles,
    state,
    idempotency,
    seed: (seedOptions = {}) =>
      seedCreditState(state, { seed: nextSeed(seedOptions.seed), count: seedOptions.count ?? 10 }),
    reset() {
      state.clear();
      idempotency.clear();
      resetRuntime();
    },
  };
}
