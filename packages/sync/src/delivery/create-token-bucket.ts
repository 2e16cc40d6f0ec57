import { CreditBridgeError } from '@credit-bridge/core';

/** Waits `ms` milliseconds; rejects when `signal` aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Options of {@link createTokenBucket}. */
export interface TokenBucketOptions {
  /** Tokens added per second: the sustained rate (requests per second to a platform). */
  ratePerSecond: number;
  /** Tokens the bucket holds at most, and starts with: the burst allowed after a pause; default 1. */
  burst?: number;
  /** Epoch milliseconds; injected so tests never sleep. */
  clock: () => number;
  sleep: Sleep;
}

/** A rate limit: each call takes tokens, waiting for them when the bucket is empty. */
export interface TokenBucket {
  /** Takes `count` tokens (default 1), first come first served; resolves when they were taken. */
  take(count?: number, signal?: AbortSignal): Promise<void>;
  /** Tokens available now (fractional). */
  available(): number;
}

/**
 * Creates a token bucket: `ratePerSecond` tokens a second up to `burst`. Callers are served in the
 * order they called, so a steady stream of batches cannot starve one that waits; the wait is computed
 * from the injected clock and spent in the injected sleep.
 *
 * @example
 * const bucket = createTokenBucket({ ratePerSecond: 20, burst: 5, clock: Date.now, sleep });
 * await bucket.take(); // then send one request
 */
export function createTokenBucket(options: TokenBucketOptions): TokenBucket {
  const rate = options.ratePerSecond;
  const burst = options.burst ?? 1;
  if (!(Number.isFinite(rate) && rate > 0) || !(Number.isFinite(burst) && burst >= 1)) {
    throw new CreditBridgeError({
      code: 'E_SYNC_CONFIG',
      message: `[tokenBucket] ratePerSecond must be > 0 and burst >= 1, got ${rate} and ${burst}`,
    });
  }
  let tokens = burst;
  let last = options.clock();
  let queue: Promise<void> = Promise.resolve();

  const refill = () => {
    const now = options.clock();
    tokens = Math.min(burst, tokens + ((now - last) * rate) / 1000);
    last = now;
  };

  const takeNow = async (count: number, signal: AbortSignal | undefined) => {
    refill();
    while (tokens < count) {
      await options.sleep(Math.ceil(((count - tokens) * 1000) / rate), signal);
      refill();
    }
    tokens -= count;
  };

  return {
    take(count = 1, signal) {
      if (!(count > 0 && count <= burst)) {
        return Promise.reject(
          new CreditBridgeError({
            code: 'E_SYNC_CONFIG',
            message: `[tokenBucket] take(${count}) needs 0 < count <= burst (${burst})`,
          }),
        );
      }
      const turn = queue.then(() => takeNow(count, signal));
      // The next caller waits for this one's turn, whether it was served or aborted.
      queue = turn.catch(() => undefined);
      return turn;
    },
    available() {
      refill();
      return tokens;
    },
  };
}
