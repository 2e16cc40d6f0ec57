import { isCreditBridgeError } from '@credit-bridge/core';
import { type RequestContext, TransportError } from './transport-error.js';

/**
 * The caller aborted the call through its `AbortSignal`. Never retried.
 *
 * @example
 * if (isAbortedError(error)) return; // the user navigated away
 */
export class AbortedError extends TransportError<'E_ABORTED'> {
  constructor(options: RequestContext & { cause?: unknown }) {
    super({ ...options, code: 'E_ABORTED', outcome: 'aborted by the caller', retryable: false });
    this.name = 'AbortedError';
  }
}

/** Cross-realm guard for {@link AbortedError}. */
export function isAbortedError(value: unknown): value is AbortedError {
  return isCreditBridgeError(value) && value.name === 'AbortedError' && value.code === 'E_ABORTED';
}
