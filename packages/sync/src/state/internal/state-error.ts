import { CreditBridgeError } from '@credit-bridge/core';

/** The codes state stores throw. */
export type StateErrorCode =
  | 'E_STATE_INPUT'
  | 'E_STATE_CONFLICT'
  | 'E_STATE_TRANSITION'
  | 'E_STATE_NOT_FOUND'
  | 'E_STATE_CLOSED'
  | 'E_STATE_CORRUPT'
  | 'E_STATE_FOREIGN'
  | 'E_STATE_VERSION'
  | 'E_STATE_BUSY'
  | 'E_STATE_IO';

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
