import { AbortedError } from '../errors/aborted-error.js';
import { isTransportError, requestContext, type TransportError } from '../errors/transport-error.js';
import type { HttpRequest } from '../http-request.js';
import { annotateError } from './annotate-error.js';

/**
 * The error a call ends with when its signal fired: the deadline layers abort with their `TimeoutError`
 * as the reason; any other reason is the caller's own cancellation, `E_ABORTED`.
 */
export function abortErrorFor(reason: unknown, request: HttpRequest): TransportError {
  if (isTransportError(reason)) return annotateError(reason, { attempts: request.attempt ?? 1 });
  return new AbortedError({ ...requestContext(request), cause: reason });
}
