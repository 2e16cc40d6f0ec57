import { CreditBridgeError, isCreditBridgeError } from '@credit-bridge/core';
import type { HttpRequest } from '../http-request.js';

/** Which call an error belongs to; the path carries no query, so no identifier in a query reaches a message. */
export interface RequestContext {
  method: string;
  path: string;
  operation?: string | undefined;
  requestId?: string | undefined;
  /** Attempts made when the error was raised; the retry layer records the final count. */
  attempts?: number | undefined;
}

/** What every transport error is built from: the call, the message after the `[METHOD path]` prefix, and more. */
export interface TransportErrorOptions<Code extends string> extends RequestContext {
  code: Code;
  outcome: string;
  retryable: boolean;
  cause?: unknown;
  details?: Record<string, unknown>;
}

const TRANSPORT_ERROR_NAMES = new Set([
  'NetworkError',
  'TimeoutError',
  'HttpStatusError',
  'PlatformError',
  'ContractError',
  'AbortedError',
]);

/**
 * The shared shape of the errors a call can end with: `code`, `retryable`, `attempts`, `requestId`, and a
 * message naming the operation and the outcome, `[POST /api/v1/blacklist/entries:batch] 503: Service Unavailable`.
 * Concrete errors extend it; catch on `code` or the `is…Error` guards.
 *
 * @example
 * if (isTransportError(error)) log.warn({ code: error.code, requestId: error.requestId, attempts: error.attempts });
 */
export class TransportError<Code extends string = string> extends CreditBridgeError<Code> {
  readonly method: string;
  readonly path: string;
  readonly operation: string | undefined;
  readonly requestId: string | undefined;
  readonly attempts: number;

  constructor(options: TransportErrorOptions<Code>) {
    super({
      code: options.code,
      message: `[${options.method} ${options.path}] ${options.outcome}`,
      retryable: options.retryable,
      cause: options.cause,
      details: {
        ...(options.operation === undefined ? {} : { operation: options.operation }),
        ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
        ...options.details,
      },
    });
    this.name = 'TransportError';
    this.method = options.method;
    this.path = options.path;
    this.operation = options.operation;
    this.requestId = options.requestId;
    this.attempts = options.attempts ?? 1;
  }

  /** A plain, already-redacted object for logs, with the call's attempts and request id. */
  override toJSON(): ReturnType<CreditBridgeError<Code>['toJSON']> & {
    attempts: number;
    requestId: string | undefined;
  } {
    return { ...super.toJSON(), attempts: this.attempts, requestId: this.requestId };
  }
}

/**
 * The context of `request` for an error: method, path without query, operation, request id and attempt.
 *
 * @example
 * throw new NetworkError({ ...requestContext(request), reason: 'socket hang up' });
 */
export function requestContext(request: HttpRequest): RequestContext {
  return {
    method: request.method,
    path: new URL(request.url, 'http://relative.invalid').pathname,
    operation: request.operation,
    requestId: request.requestId,
    attempts: request.attempt ?? 1,
  };
}

/** True for any error raised by a call through the transport, from any installed copy of this package. */
export function isTransportError(value: unknown): value is TransportError {
  return isCreditBridgeError(value) && TRANSPORT_ERROR_NAMES.has(value.name);
}
