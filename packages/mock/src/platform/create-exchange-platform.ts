import {
  DEFAULT_EXCHANGE_PLATFORM_PROFILE,
  type EncodeExchangeOptions,
  type ExchangeMessage,
  type ExchangePlatformProfile,
  encodeExchangeMessage,
} from '@credit-bridge/core';
import type { AuthState } from '../state/auth/create-auth-state.js';
import type { MockClock, Sleep } from '../state/clock.js';
import { type SeedSummary, seedCreditState } from '../state/credit/seed-credit-state.js';
import { createExchangeState, type ExchangeState } from '../state/exchange/create-exchange-state.js';
import type { ExchangeDepartment } from '../state/exchange/exchange-departments.js';
import type { InboxEntry } from '../state/exchange/exchange-inbox.js';
import type { FaultPlan } from '../state/faults/create-fault-plan.js';
import type { Journal } from '../state/journal/create-journal.js';
import { createPlatformRuntime } from './internal/create-platform-runtime.js';
import type { CommonPlatformOptions } from './platform-options.js';

/** Options of {@link createExchangePlatform}; every one has a default. */
export interface ExchangePlatformOptions extends CommonPlatformOptions {
  /** Paths, envelope, content types, paging and limits; default `DEFAULT_EXCHANGE_PLATFORM_PROFILE`. */
  readonly profile?: ExchangePlatformProfile;
  /** The departments and the app keys acting for them; default `DEMO_DEPARTMENTS`. */
  readonly departments?: readonly ExchangeDepartment[];
}

/** A simulated exchange platform: its profile, clock, state and the handles tests and the admin API use. */
export interface ExchangePlatform {
  readonly profile: ExchangePlatformProfile;
  readonly clock: MockClock;
  readonly sleep: Sleep;
  readonly seedValue: number;
  /** Departments, messages and receipts, inboxes, shared data, catalog, reports and queries. */
  readonly state: ExchangeState;
  /** Apps and nonces (the same scheme as the credit platform's, its own nonces). */
  readonly auth: AuthState;
  readonly faults: FaultPlan;
  readonly journal: Journal;
  /** Latency added to every request, in milliseconds; may be changed at any time. */
  latencyMs: number;
  /** The next request id. */
  nextRequestId(): string;
  /**
   * Seeds `count` synthetic records per type (default 10) into the shared data, from `seed` (default: the
   * platform seed plus the number of earlier seedings).
   */
  seed(options?: { count?: number; seed?: number }): SeedSummary;
  /**
   * Drops a message into its receiver's inbox, as if a department had published it: XML bytes as they are,
   * or a message that is encoded first (`encodeExchangeMessage`, with `options`). For testing a client's
   * inbox handling; the codec's errors are thrown, and `E_ARGUMENT` for an unknown receiver.
   */
  deliver(message: Uint8Array | ExchangeMessage, options?: EncodeExchangeOptions): InboxEntry;
  /** Back to the start: no data, messages, inboxes, reports, queries, nonces, faults or journal entries. */
  reset(): void;
}

/**
 * Creates a simulated exchange platform. Hand it to `handleExchangeRequest`, to the msw handlers
 * (`createExchangePlatformHandlers`) or to `startMockServer`; they all share this state.
 *
 * @example
 * const exchange = createExchangePlatform({ clock: createManualClock(Date.parse('2026-07-15T10:00:00+08:00')) });
 * exchange.deliver(encodedMessage); // now in its receiver's inbox
 */
export function createExchangePlatform(options: ExchangePlatformOptions = {}): ExchangePlatform {
  const profile = options.profile ?? DEFAULT_EXCHANGE_PLATFORM_PROFILE;
  const runtime = createPlatformRuntime(options, { profile, requestIdSalt: 0xe7c4 });
  const state = createExchangeState({
    clock: runtime.clock,
    seed: runtime.seedValue,
    maxRecords: profile.limits.maxRecords,
    ...(options.departments === undefined ? {} : { departments: options.departments }),
    ...(options.regionCode === undefined ? {} : { regionCode: options.regionCode }),
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
  });

  return {
    profile,
    clock: runtime.clock,
    sleep: runtime.sleep,
    seedValue: runtime.seedValue,
    state,
    auth: runtime.auth,
    faults: runtime.faults,
    journal: runtime.journal,
    latencyMs: runtime.latencyMs,
    nextRequestId: runtime.nextRequestId,
    seed: (seedOptions = {}) =>
      seedCreditState(state, { seed: runtime.nextSeed(seedOptions.seed), count: seedOptions.count ?? 10 }),
    deliver(message, encodeOptions) {
      const bytes = message instanceof Uint8Array ? message : encodeExchangeMessage(message, encodeOptions);
      return state.deliver(bytes);
    },
    reset() {
      state.clear();
      runtime.reset();
    },
  };
}
