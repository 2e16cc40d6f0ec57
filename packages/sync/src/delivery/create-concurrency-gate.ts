import { CreditBridgeError } from '@credit-bridge/core';

/** Limits how many operations run at once; waiters are admitted in the order they came. */
export interface ConcurrencyGate {
  /** Waits for a free slot; the returned function frees it (calling it twice frees it once). */
  acquire(): Promise<() => void>;
  /** Runs `task` in a slot. */
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

/**
 * Creates a gate of `limit` slots: the concurrency of one platform, shared by every sink that talks to
 * it, so two streams fanning out to the credit platform together never exceed its limit.
 *
 * @example
 * const gate = createConcurrencyGate(4);
 * const outcome = await gate.run(() => sink.deliver(batch));
 */
export function createConcurrencyGate(limit: number): ConcurrencyGate {
  if (!(Number.isSafeInteger(limit) && limit >= 1)) {
    throw new CreditBridgeError({
      code: 'E_SYNC_CONFIG',
      message: `[concurrencyGate] limit must be a whole number >= 1, got ${limit}`,
    });
  }
  let active = 0;
  const waiters: (() => void)[] = [];

  const releaser = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiters.shift();
      // A slot passes straight to the next waiter, so `active` does not dip and let a newcomer cut in.
      if (next !== undefined) next();
      else active -= 1;
    };
  };

  const acquire = (): Promise<() => void> => {
    if (active < limit) {
      active += 1;
      return Promise.resolve(releaser());
    }
    return new Promise((resolve) => waiters.push(() => resolve(releaser())));
  };

  return {
    acquire,
    async run(task) {
      const release = await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiters.length;
    },
  };
}
