import { randomUUID } from 'node:crypto';
import type { Middleware } from '../compose-transport.js';

/**
 * Gives every call a request id (kept when the caller set one) and sends it as `X-Request-Id`, so the
 * call's events, its errors and the platform's logs can be joined.
 *
 * @example
 * composeTransport([requestId({ idSource: () => 'req-1' })], sender);
 */
export function requestId(options: { idSource?: () => string } = {}): Middleware {
  const idSource = options.idSource ?? randomUUID;
  return (next) => (request) => {
    const id = request.requestId ?? idSource();
    return next({ ...request, requestId: id, headers: { ...request.headers, 'X-Request-Id': id } });
  };
}
