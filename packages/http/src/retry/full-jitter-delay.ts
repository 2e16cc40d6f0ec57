/**
 * Full-jitter exponential backoff: a uniform random delay in `[0, min(maxDelayMs, baseDelayMs × 2^retryIndex))`,
 * which spreads a crowd of clients retrying the same outage instead of having them return in waves.
 * `retryIndex` is 0 before the first retry.
 *
 * @example
 * fullJitterDelay({ retryIndex: 2, baseDelayMs: 200, maxDelayMs: 5_000, random: Math.random }); // 0–799 ms
 */
export function fullJitterDelay(options: {
  retryIndex: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
}): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** options.retryIndex);
  return Math.floor(options.random() * ceiling);
}
