import { CreditBridgeError } from '@credit-bridge/core';

/**
 * Checks a page size against the profile's maximum before anything is sent: an integer from 1 to `max`,
 * or `E_ARGUMENT` naming the operation. Returns the limit.
 *
 * @example
 * const limit = checkPageLimit('blacklist.changes', options.limit ?? 100, profile.paging.maxLimit);
 */
export function checkPageLimit(operation: string, limit: number, max: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > max) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[${operation}] limit must be an integer from 1 to ${max}, got ${limit}`,
    });
  }
  return limit;
}
