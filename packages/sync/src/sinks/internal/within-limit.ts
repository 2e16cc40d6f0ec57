import { CreditBridgeError } from '@credit-bridge/core';

/**
 * A sink's batch limit: `value` when it is a whole number from 1 to `limit`, `limit` when absent;
 * anything else is `E_SYNC_CONFIG`, naming the sink factory and whose limit it is.
 *
 * @example
 * withinLimit({ sink: 'createExchangeSink', name: 'maxRecords', of: "the contract's" }, 600, 500); // throws
 */
export function withinLimit(
  where: { sink: string; name: string; of: string },
  value: number | undefined,
  limit: number,
): number {
  if (value === undefined) return limit;
  if (!(Number.isSafeInteger(value) && value >= 1 && value <= limit)) {
    throw new CreditBridgeError({
      code: 'E_SYNC_CONFIG',
      message: `[${where.sink}] ${where.name} must be a whole number from 1 to ${limit} (${where.of} limit), got ${value}`,
    });
  }
  return value;
}
