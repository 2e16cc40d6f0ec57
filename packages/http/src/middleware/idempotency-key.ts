import type { Middleware } from '../compose-transport.js';

/**
 * Sends a request's `idempotencyKey` as the `Idempotency-Key` header. It sits outside retry, so every
 * attempt of a call carries the same key and the platform replays instead of applying twice.
 *
 * @example
 * composeTransport([idempotencyKey(), retry(options)], sender);
 */
export function idempotencyKey(): Middleware {
  return (next) => (request) => {
    if (request.idempotencyKey === undefined) return next(request);
    return next({ ...request, headers: { ...request.headers, 'Idempotency-Key': request.idempotencyKey } });
  };
}
