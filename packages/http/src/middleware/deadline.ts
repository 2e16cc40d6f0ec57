import type { Middleware } from '../compose-transport.js';
import { withTimeoutSignal } from '../internal/with-timeout-signal.js';

/**
 * The total deadline of a call: every attempt, every backoff and any wait for a pooled socket must fit
 * in `totalMs`, or the call ends with `E_TIMEOUT` (`deadline: 'total'`, not retried). It also publishes
 * `deadlineAt` so the retry layer never schedules a wait past it.
 *
 * @example
 * composeTransport([deadline({ totalMs: 60_000 }), retry(options)], sender);
 */
export function deadline(options: { totalMs: number; clock?: () => number }): Middleware {
  const clock = options.clock ?? Date.now;
  return (next) => (request) => {
    const deadlineAt = Math.min(request.deadlineAt ?? Number.POSITIVE_INFINITY, clock() + options.totalMs);
    return withTimeoutSignal(
      next,
      request,
      { deadline: 'total', timeoutMs: options.totalMs },
      { deadlineAt },
    );
  };
}
