import type { AuthState } from '../state/auth/create-auth-state.js';
import type { MockClock, Sleep } from '../state/clock.js';
import type { SeedSummary } from '../state/credit/seed-credit-state.js';
import type { FaultPlan } from '../state/faults/create-fault-plan.js';
import type { Journal } from '../state/journal/create-journal.js';

/** What either simulated platform offers besides its own state: the handles tests and the admin API use. */
export interface PlatformHandles {
  readonly clock: MockClock;
  readonly sleep: Sleep;
  readonly seedValue: number;
  /** Apps and nonces (both platforms sign alike; each keeps its own nonces). */
  readonly auth: AuthState;
  readonly faults: FaultPlan;
  readonly journal: Journal;
  /** Latency added to every request, in milliseconds; may be changed at any time. */
  latencyMs: number;
  /** The next request id. */
  nextRequestId(): string;
  /**
   * Seeds `count` synthetic records per type (default 10) from `seed` (default: the platform seed plus the
   * number of earlier seedings, so repeated calls add new records).
   */
  seed(options?: { count?: number; seed?: number }): SeedSummary;
}
