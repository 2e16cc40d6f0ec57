import type { Middleware } from '../compose-transport.js';
import { withTimeoutSignal } from '../internal/with-timeout-signal.js';

/**
 * Bounds one attempt, from sending to the last body byte: a response that stalls or never ends fails the
 * attempt with `E_TIMEOUT` (`deadline: 'attempt'`), which the retry layer above may retry.
 *
 * @example
 * composeTransport([retry(options), attemptTimeout({ timeoutMs: 15_000 })], sender);
 */
export function attemptTimeout(options: { timeoutMs: number }): Middleware {
  return (next) => (request) =>
    withTimeoutSignal(next, request, { deadline: 'attempt', timeoutMs: options.timeoutMs });
}
