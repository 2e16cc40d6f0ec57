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
import type { ResolvedExchangeOptions } from '../client/resolve-exchange-options.js';
import { envelopeFailures } from './envelope-failures.js';

/**
 * The middleware of an exchange client, outermost first: the standard stack of `@credit-bridge/http`
 * without the `Idempotency-Key` header, which the exchange contract does not have: a publish is made safe
 * to repeat by its `messageId` (same bytes, same receipt) and an acknowledgement by its semantics, and the
 * operations mark such requests with `idempotencyKey` only so that the retry layer repeats them. For
 * `always-200` gateways, transient failures inside 200 envelopes are made retryable.
 */
export function exchangeMiddleware(options: ResolvedExchangeOptions): Middleware[] {
  const { http, profile } = options;
  const { clock } = http;
  return [
    requestId({ idSource: http.idSource }),
    deadline({ totalMs: http.deadlineMs, clock }),
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
 * The transport of an exchange client and how to close it: an injected sender stays the caller's, the
 * default axios sender (with its pooled keep-alive sockets) is the client's to close.
 */
export function createExchangeTransport(options: ResolvedExchangeOptions): {
  transport: Handler;
  close: () => void;
} {
  const { http } = options;
  if (http.sender)
    return { transport: composeTransport(exchangeMiddleware(options), http.sender), close: () => {} };
  const own = createAxiosSender({ connectTimeoutMs: http.connectTimeoutMs, clock: http.clock });
  return { transport: composeTransport(exchangeMiddleware(options), own), close: () => own.destroy() };
}
