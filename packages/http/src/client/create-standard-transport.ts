import { composeTransport, type Handler, type Middleware } from '../compose-transport.js';
import { attemptTimeout } from '../middleware/attempt-timeout.js';
import { deadline } from '../middleware/deadline.js';
import { events } from '../middleware/events.js';
import { httpStatus } from '../middleware/http-status.js';
import { idempotencyKey } from '../middleware/idempotency-key.js';
import { requestId } from '../middleware/request-id.js';
import { retry } from '../middleware/retry.js';
import { sign } from '../middleware/sign.js';
import { createRetryBudget } from '../retry/create-retry-budget.js';
import { createAxiosSender } from '../sender/create-axios-sender.js';
import type { ResolvedHttpOptions } from './resolve-http-options.js';

/** What a platform adapter changes in the standard stack, each by its profile. */
export interface StandardLayers {
  /**
   * The header that carries a request's `idempotencyKey`; default `Idempotency-Key`. `false` sends none,
   * for a contract without one: the key then only tells the retry layer that a POST is safe to repeat.
   */
  idempotencyKeyHeader?: string | false | undefined;
  /**
   * Layers listed between the status check and the events layer: inside retry, so what they throw is
   * retried (an `always-200` envelope check), and outside events, so each attempt is still seen. They see
   * every response before the status check judges it.
   */
  inner?: readonly Middleware[] | undefined;
}

/**
 * The standard stack, outermost first. Idempotency keys outside retry (same key on every attempt);
 * signing inside it (fresh timestamp and nonce per attempt); events innermost so each attempt is seen.
 *
 * @example
 * const options = resolveHttpOptions({ baseUrl: 'http://127.0.0.1:4010' });
 * const transport = composeTransport([...standardMiddleware(options), myAuditLog], createAxiosSender());
 */
export function standardMiddleware(options: ResolvedHttpOptions, layers: StandardLayers = {}): Middleware[] {
  const { clock } = options;
  const keyHeader = layers.idempotencyKeyHeader ?? 'Idempotency-Key';
  return [
    requestId({ idSource: options.idSource }),
    deadline({ totalMs: options.deadlineMs, clock }),
    ...(keyHeader === false ? [] : [idempotencyKey(keyHeader)]),
    retry({
      ...options.retry,
      budget: createRetryBudget(options.retry.budget, clock),
      sleep: options.sleep,
      random: options.random,
      clock,
      onEvent: options.onEvent,
    }),
    attemptTimeout({ timeoutMs: options.attemptTimeoutMs }),
    ...(options.sign ? [sign(options.sign)] : []),
    httpStatus(),
    ...(layers.inner ?? []),
    events({ onEvent: options.onEvent, clock }),
  ];
}

/**
 * The standard stack over the options' sender, and how to close it: an injected sender stays the
 * caller's, the default axios sender (with its pooled keep-alive sockets) is closed by `close`. One retry
 * budget per transport. What `createHttpClient` and both platform adapters send through.
 *
 * @example
 * const { transport, close } = createStandardTransport(resolved, {
 *   idempotencyKeyHeader: profile.idempotency.keyHeader,
 *   inner: profile.statusMode === 'always-200' ? [reader.retryableFailures()] : [],
 * });
 */
export function createStandardTransport(
  options: ResolvedHttpOptions,
  layers: StandardLayers = {},
): { transport: Handler; close: () => void } {
  if (options.sender)
    return {
      transport: composeTransport(standardMiddleware(options, layers), options.sender),
      close: () => {},
    };
  const own = createAxiosSender({ connectTimeoutMs: options.connectTimeoutMs, clock: options.clock });
  return {
    transport: composeTransport(standardMiddleware(options, layers), own),
    close: () => own.destroy(),
  };
}
