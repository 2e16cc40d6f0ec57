import type { CreditPlatformProfile } from '@credit-bridge/core';
import { createAuthState } from '../../state/auth/create-auth-state.js';
import { realSleep, systemClock } from '../../state/clock.js';
import { createFaultPlan } from '../../state/faults/create-fault-plan.js';
import { createIdSource, type IdSource } from '../../state/id-source.js';
import { createJournal } from '../../state/journal/create-journal.js';
import type { PlatformHandles } from '../platform-handles.js';
import type { CommonPlatformOptions } from '../platform-options.js';

/** What both simulated platforms hold besides their own state, and the steps of their `seed` and `reset`. */
export interface PlatformRuntime extends Omit<PlatformHandles, 'seed'> {
  /** The seed of the next `seed()` call: the one asked for, or the platform's plus the seedings so far. */
  nextSeed(asked: number | undefined): number;
  /** Auth, faults (the configured rate comes back), journal, request ids and seedings back to the start. */
  reset(): void;
}

/**
 * The shared half of a simulated platform, from the common options. `requestIdSalt` keeps the two
 * platforms' request id sequences apart under the same seed.
 *
 * @example
 * const { nextSeed, reset, ...handles } = createPlatformRuntime(options, { profile, requestIdSalt: 0x5eed });
 */
export function createPlatformRuntime(
  options: CommonPlatformOptions,
  platform: { profile: Pick<CreditPlatformProfile, 'signing'>; requestIdSalt: number },
): PlatformRuntime {
  const clock = options.clock ?? systemClock;
  const seedValue = options.seed ?? 1;
  const auth = createAuthState({
    clock,
    profile: platform.profile,
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
  const requestIdsOf = (): IdSource => createIdSource((seedValue ^ platform.requestIdSalt) >>> 0);
  let requestIds = requestIdsOf();
  let seedings = 0;
  return {
    clock,
    sleep: options.sleep ?? realSleep,
    seedValue,
    auth,
    faults,
    journal,
    latencyMs: options.latencyMs ?? 0,
    nextRequestId: () => requestIds.uuid(),
    nextSeed(asked) {
      seedings += 1;
      return asked ?? seedValue + seedings;
    },
    reset() {
      auth.reset();
      faults.clear();
      applyFaultRate();
      journal.clear();
      requestIds = requestIdsOf();
      seedings = 0;
    },
  };
}
