import type { Middleware } from '@credit-bridge/http';

/**
 * Sends a request's `idempotencyKey` under the profile's header name (`Idempotency-Key` in the contract).
 * It sits outside retry, so every attempt of a call carries the same key and the platform replays the
 * stored answer instead of applying a batch twice.
 *
 * @example
 * composeTransport([idempotencyHeader('Idempotency-Key'), retry(options)], sender);
 */
export function idempotencyHeader(headerName: string): Middleware {
  return (next) => (request) => {
    if (request.idempotencyKey === undefined) return next(request);
    return next({ ...request, headers: { ...request.headers, [headerName]: request.idempotencyKey } });
  };
}
