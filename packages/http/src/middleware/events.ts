import type { Middleware } from '../compose-transport.js';
import { createHttpEvent, emitEvent, type OnHttpEvent } from '../events/http-event.js';

/**
 * Emits `request` before each attempt and `response` (any status) or `error` after it, with the
 * attempt's duration. Events are redacted at construction; a listener that throws is ignored.
 *
 * @example
 * composeTransport([retry(options), events({ onEvent: (event) => logger.info(event) })], sender);
 */
export function events(options: { onEvent?: OnHttpEvent | undefined; clock?: () => number }): Middleware {
  const { onEvent } = options;
  const clock = options.clock ?? Date.now;
  if (onEvent === undefined) return (next) => next;
  return (next) => async (request) => {
    const started = clock();
    emitEvent(onEvent, () => createHttpEvent('request', request, { includeHeaders: true }));
    try {
      const response = await next(request);
      emitEvent(onEvent, () =>
        createHttpEvent('response', request, { status: response.status, durationMs: clock() - started }),
      );
      return response;
    } catch (error) {
      emitEvent(onEvent, () => createHttpEvent('error', request, { error, durationMs: clock() - started }));
      throw error;
    }
  };
}
