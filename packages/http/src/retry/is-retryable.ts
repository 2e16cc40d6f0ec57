import { isNetworkError } from '../errors/network-error.js';
import { isTimeoutError } from '../errors/timeout-error.js';
import { isTransportError } from '../errors/transport-error.js';
import type { HttpRequest } from '../http-request.js';

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** Why a failed attempt may be tried again, or `false`. */
export type RetryGround = 'idempotent' | 'not-sent' | 'reused-socket-reset' | false;

/**
 * Decides whether a failed attempt may be repeated without risking a duplicate on the server:
 * the error must be retryable (network, connect/attempt timeout, 408, 429, 5xx) and the request safe to
 * repeat: an idempotent method (RFC 9110 §9.2.2) or an `Idempotency-Key`. A non-idempotent request is
 * still retried when it never left (connection refused, connect timeout) and, once, when a reused
 * keep-alive socket was reset: the server closed an idle connection as the request went out.
 *
 * @example
 * isRetryable(error, request, { reusedSocketRetried: false }); // 'idempotent'
 */
export function isRetryable(
  error: unknown,
  request: Pick<HttpRequest, 'method' | 'idempotencyKey'>,
  state: { reusedSocketRetried: boolean },
): RetryGround {
  if (!isTransportError(error) || !error.retryable) return false;
  if (IDEMPOTENT_METHODS.has(request.method) || request.idempotencyKey !== undefined) return 'idempotent';
  if (isTimeoutError(error) && error.deadline === 'connect') return 'not-sent';
  if (isNetworkError(error) && error.syscallCode === 'ECONNREFUSED') return 'not-sent';
  if (isNetworkError(error) && error.syscallCode === 'ECONNRESET' && error.reusedSocket) {
    return state.reusedSocketRetried ? false : 'reused-socket-reset';
  }
  return false;
}
