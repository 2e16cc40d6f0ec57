import {
  attemptTimeout,
  composeTransport,
  createAxiosSender,
  createRetryBudget,
  deadline,
  events,
  type Handler,
  httpStatus,
  type Middleware,
  requestId,
  retry,
  sign,
} from '@credit-bridge/http';
import type { ResolvedCreditPlatformOptions } from '../client/resolve-credit-platform-options.js';
import { envelopeFailures } from './envelope-failures.js';
import { idempotencyHeader } from './idempotency-header.js';

/**
 * The middleware of a credit platform client, outermost first: the standard stack of `@credit-bridge/http`
 * with the idempotency header under the profile's name and, for `always-200` gateways, transient failures
 * inside 200 envelopes made retryable. One retry budget per client.
 */
export function platformMiddleware(options: ResolvedCreditPlatformOptions): Middleware[] {
  const { http, profile } = options;
  const { clock } = http;
  return [
    requestId({ idSource: http.idSource }),
    deadline({ totalMs: http.deadlineMs, clock }),
    idempotencyHeader(profile.idempotency.keyHeader),
    retry({
      ...http.retry,
      budget: createRetryBudget(http.retry.budget, clock),
      sleep: http.sleep,
      random: http.random,
      clock,
      onEvent: http.onEvent,
    }),
    attemptTimeout({ timeoutMs: http.attemptTimeoutMs }),
    ...(http.sign ? [sign(http.sign)] : []),
    httpStatus(),
    ...(profile.statusMode === 'always-200' ? [envelopeFailures(profile)] : []),
    events({ onEvent: http.onEvent, clock }),
  ];
}

/**
 * The transport of a credit platform client and how to close it: the injected sender stays the caller's,
 * the default axios sender (with its pooled keep-alive sockets) is the client's to close.
 */
export function createPlatformTransport(options: ResolvedCreditPlatformOptions): {
  transport: Handler;
  close: () => void;
} {
  const { http } = options;
  if (http.sender)
    return { transport: composeTransport(platformMiddleware(options), http.sender), close: () => {} };
  const own = createAxiosSender({ connectTimeoutMs: http.connectTimeoutMs, clock: http.clock });
  return { transport: composeTransport(platformMiddleware(options), own), close: () => own.destroy() };
}
