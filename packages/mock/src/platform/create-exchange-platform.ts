import {
  DEFAULT_EXCHANGE_PLATFORM_PROFILE,
  type EncodeExchangeOptions,
  type ExchangeMessage,
  type ExchangePlatformProfile,
  encodeExchangeMessage,
} from '@credit-bridge/core';
import { seedCreditState } from '../state/credit/seed-credit-state.js';
import { createExchangeState, type ExchangeState } from '../state/exchange/create-exchange-state.js';
import type { ExchangeDepartment } from '../state/exchange/exchange-departments.js';
import type { InboxEntry } from '../state/exchange/exchange-inbox.js';
import { createPlatformRuntime } from './internal/create-platform-runtime.js';
import type { PlatformHandles } from './platform-handles.js';
import type { CommonPlatformOptions } from './platform-options.js';

/** Options of {@link createExchangePlatform}; every one has a default. */
export interface ExchangePlatformOptions extends CommonPlatformOptions {
  /** Paths, envelope, content types, paging and limits; default `DEFAULT_EXCHANGE_PLATFORM_PROFILE`. */
  readonly profile?: ExchangePlatformProfile;
  /** The departments and the app keys acting for them; default `DEMO_DEPARTMENTS`. */
  readonly departments?: readonly ExchangeDepartment[];
}

/** A simulated exchange platform: its profile, clock, state and the handles tests and the admin API use. */
export interface ExchangePlatform extends PlatformHandles {
  readonly profile: ExchangePlatformProfile;
  /** Departments, messages and receipts, inboxes, shared data, catalog, reports and queries. */
  readonly state: ExchangeState;
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
  const {
    nextSeed,
    reset: resetRuntime,
    ...handles
  } = createPlatformRuntime(options, { profile, requestIdSalt: 0xe7c4 });
  const state = createExchangeState({
    clock: handles.clock,
    seed: handles.seedValue,
    maxRecords: profile.limits.maxRecords,
    ...(options.departments === undefined ? {} : { departments: options.departments }),
    ...(options.regionCode === undefined ? {} : { regionCode: options.regionCode }),
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
  });

  return {
    profile,
    ...handles,
    state,
    seed: (seedOptions = {}) =>
      seedCreditState(state, { seed: nextSeed(seedOptions.seed), count: seedOptions.count ?? 10 }),
    deliver(message, encodeOptions) {
      const bytes = message instanceof Uint8Array ? message : encodeExchangeMessage(message, encodeOptions);
      return state.deliver(bytes);
    },
    reset() {
      state.clear();
      resetRuntime();
    },
  };
}
