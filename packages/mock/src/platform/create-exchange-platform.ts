import {
  DEFAULT_EXCHANGE_PLATFORM_PROFILE,
  type EncodeExchangeOptions,
  type ExchangeMessage,
  type ExchangePlatformProfile,
  encodeExchangeMessage,
} from '@credit-bridge/core';
import { type AuthState, createAuthState } from '../state/auth/create-auth-state.js';
import type { MockApp } from '../state/auth/demo-apps.js';
import { type MockClock, realSleep, type Sleep, systemClock } from '../state/clock.js';
import type { ReportIssuer } from '../state/credit/report-issuer.js';
import { type SeedSummary, seedCreditState } from '../state/credit/seed-credit-state.js';
import { createExchangeState, type ExchangeState } from '../state/exchange/create-exchange-state.js';
import type { ExchangeDepartment } from '../state/exchange/exchange-departments.js';
import type { InboxEntry } from '../state/exchange/exchange-inbox.js';
import { createFaultPlan, type FaultPlan } from '../state/faults/create-fault-plan.js';
import { createIdSource, type IdSource } from '../state/id-source.js';
import { createJournal, type Journal } from '../state/journal/create-journal.js';

/** Options of {@link createExchangePlatform}; every one has a default. */
export interface ExchangePlatformOptions {
  /** Paths, envelope, content types, paging and limits; default `DEFAULT_EXCHANGE_PLATFORM_PROFILE`. */
  readonly profile?: ExchangePlatformProfile;
  /** Default the real clock. */
  readonly clock?: MockClock;
  /** Default real waiting (`setTimeout`). */
  readonly sleep?: Sleep;
  /** Seeds request ids, receipt ids, report codes, random faults and `seed()`; default 1. */
  readonly seed?: number;
  /** The apps that may call; default `DEMO_APPS` (the credit platform's). */
  readonly apps?: readonly MockApp[];
  /** The departments and the app keys acting for them; default `DEMO_DEPARTMENTS`. */
  readonly departments?: readonly ExchangeDepartment[];
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
  const clock = options.clock ?? systemClock;
  const seedValue = options.seed ?? 1;
  const state = createExchangeState({
    clock,
    seed: seedValue,
    maxRecords: profile.limits.maxRecords,
    ...(options.departments === undefined ? {} : { departments: options.departments }),
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
  const requestIdsOf = (): IdSource => createIdSource((seedValue ^ 0xe7c4) >>> 0);
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
    latencyMs: options.latencyMs ?? 0,
    nextRequestId: () => requestIds.uuid(),
    seed(seedOptions = {}) {
      seedings += 1;
      return seedCreditState(state, {
        seed: seedOptions.seed ?? seedValue + seedings,
        count: seedOptions.count ?? 10,
      });
    },
    deliver(message, encodeOptions) {
      const bytes = message instanceof Uint8Array ? message : encodeExchangeMessage(message, encodeOptions);
      return state.deliver(bytes);
    },
    reset() {
      state.clear();
      auth.reset();
      faults.clear();
      applyFaultRate();
      journal.clear();
      requestIds = requestIdsOf();
      seedings = 0;
    },
  };
}
