import { CreditBridgeError } from '@credit-bridge/core';
import type { StateErrorCode } from '../state-error-code.js';

/** A state-store error with the operation in its message. */
export function stateError(
  code: StateErrorCode,
  operation: string,
  message: string,
  details: Record<string, unknown> = {},
  cause?: unknown,
): CreditBridgeError<StateErrorCode> {
  return new CreditBridgeError({
    code,
    message: `[state ${operation}] ${message}`,
    retryable: code === 'E_STATE_BUSY',
    details,
    ...(cause === undefined ? {} : { cause }),
  });
}
