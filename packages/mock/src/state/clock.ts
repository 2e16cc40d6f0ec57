/** The platform's sense of time, injected so that tests control it. */
export interface MockClock {
  /** Epoch milliseconds. */
  now(): number;
}

/** A clock that moves only when told to. */
export interface ManualClock extends MockClock {
  /** Sets the time to `ms` epoch milliseconds. */
  set(ms: number): void;
  /** Moves the time forward by `ms`. */
  advance(ms: number): void;
}

/** Waits `ms` milliseconds; injected so that tests can skip real waiting. */
export type Sleep = (ms: number) => Promise<void>;

/**
 * A clock for tests that starts at `startMs` (epoch milliseconds) and moves only by `set` and `advance`.
 *
 * @example
 * const clock = createManualClock(Date.parse('2026-01-06T09:00:00+08:00'));
 * clock.advance(5_000);
 */
export function createManualClock(startMs: number): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/** The real clock, for the standalone server and in-process tests that do not fake time. */
export const systemClock: MockClock = { now: () => Date.now() };

/** Real waiting with `setTimeout`. */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
