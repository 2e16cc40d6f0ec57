import { isCreditBridgeError } from '@credit-bridge/core';
import { type RequestContext, TransportError } from './transport-error.js';

/**
 * The connection failed before a complete response arrived: refused, reset, closed mid-body, DNS. Retryable;
 * the retry layer still retries a non-idempotent request only when nothing can have reached the server.
 *
 * @example
 * if (isNetworkError(error) && error.syscallCode === 'ECONNREFUSED') log.warn('platform down');
 */
export class NetworkError extends TransportError<'E_NETWORK'> {
  /** The system or library code, e.g. `ECONNRESET`, `ECONNREFUSED`. */
  readonly syscallCode: string | undefined;
  /** True when the request went out on a kept-alive socket that an earlier request had used. */
  readonly reusedSocket: boolean;

  constructor(
    options: RequestContext & {
      reason: string;
      syscallCode?: string | undefined;
      reusedSocket?: boolean;
      cause?: unknown;
    },
  ) {
    super({
      ...options,
      code: 'E_NETWORK',
      outcome: `network error: ${options.reason}${options.syscallCode ? ` (${options.syscallCode})` : ''}`,
      retryable: true,
      details: { syscallCode: options.syscallCode, reusedSocket: options.reusedSocket ?? false },
    });
    this.name = 'NetworkError';
    this.syscallCode = options.syscallCode;
    this.reusedSocket = options.reusedSocket ?? false;
  }
}

/** Cross-realm guard for {@link NetworkError}. */
export function isNetworkError(value: unknown): value is NetworkError {
  return isCreditBridgeError(value) && value.name === 'NetworkError' && value.code === 'E_NETWORK';
}
