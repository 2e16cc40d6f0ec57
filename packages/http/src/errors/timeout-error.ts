import { isCreditBridgeError } from '@credit-bridge/core';
import { type RequestContext, TransportError } from './transport-error.js';

/** Which limit ran out: opening the connection, one attempt, or the whole call including retries. */
export type Deadline = 'connect' | 'attempt' | 'total';

/**
 * A deadline passed. A connect or attempt timeout may be retried; the total deadline ends the call.
 *
 * @example
 * if (isTimeoutError(error) && error.deadline === 'total') report('platform too slow');
 */
export class TimeoutError extends TransportError<'E_TIMEOUT'> {
  readonly deadline: Deadline;
  readonly timeoutMs: number;

  constructor(options: RequestContext & { deadline: Deadline; timeoutMs: number; cause?: unknown }) {
    super({
      ...options,
      code: 'E_TIMEOUT',
      outcome: `${options.deadline} timeout after ${options.timeoutMs} ms`,
      retryable: options.deadline !== 'total',
      details: { deadline: options.deadline, timeoutMs: options.timeoutMs },
    });
    this.name = 'TimeoutError';
    this.deadline = options.deadline;
    this.timeoutMs = options.timeoutMs;
  }
}

/** Cross-realm guard for {@link TimeoutError}. */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return isCreditBridgeError(value) && value.name === 'TimeoutError' && value.code === 'E_TIMEOUT';
}
