import type { Middleware } from '../compose-transport.js';

/**
 * Sends a request's `idempotencyKey` as the `Idempotency-Key` header, or under `headerName` for a gateway
 * whose profile calls it otherwise. It sits outside retry, so every attempt of a call carries the same key
 * and the platform replays the stored answer instead of applying twice.
 *
 * @example
 * composeTransport([idempotencyKey(), retry(options)], sender);
 * composeTransport([idempotencyKey(profile.idempotency.keyHeader), retry(options)], sender);
 */
export function idempotencyKey(headerName = 'Idempotency-Key'): Middleware {
  return (next) => (request) => {
    if (request.idempotencyKey === undefined) return next(request);
    return next({ ...request, headers: { ...request.headers, [headerName]: request.idempotencyKey } });
  };
}
