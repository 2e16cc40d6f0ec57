import { CreditBridgeError } from '@credit-bridge/core';

/**
 * A command line that cannot be run: unknown command or option, missing argument, bad value.
 * `E_USAGE`; the bin prints the message and points at `--help`, and exits 1.
 *
 * @example
 * throw usageError('sync run: --config is required');
 */
export function usageError(message: string, details?: Record<string, unknown>): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_USAGE', message, ...(details === undefined ? {} : { details }) });
}
