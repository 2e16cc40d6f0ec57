import { toShanghaiTimestamp } from '@credit-bridge/core';

/**
 * An instant as the contract's timestamps read: ISO 8601 in Shanghai time to the second, `+08:00`
 * (`2026-01-06T09:00:04+08:00`).
 *
 * @example
 * shanghaiSeconds(Date.parse('2026-01-06T01:00:04.250Z')); // '2026-01-06T09:00:04+08:00'
 */
export function shanghaiSeconds(ms: number): string {
  return toShanghaiTimestamp(Math.floor(ms / 1000) * 1000).replace(/\.\d{3}\+08:00$/, '+08:00');
}
