import type { ExchangePlatformProfile } from '@credit-bridge/core';
import { type Middleware, PlatformError, requestContext } from '@credit-bridge/http';
import { failureOf, isRetryableFailure } from './read-envelope.js';

/**
 * For `always-200` gateways, which answer 200 even when the platform is unavailable or rate limiting:
 * a failure envelope whose code is transient (`E_UNAVAILABLE`, `E_RATE_LIMITED`, `E_INTERNAL`) becomes a
 * retryable `PlatformError` inside the retry layer, so it is retried like the 503 or 429 it stands for.
 * Every other answer passes through untouched and is judged once, after the retries.
 *
 * @example
 * composeTransport([retry(options), httpStatus(), envelopeFailures(profile)], sender);
 */
export function envelopeFailures(profile: ExchangePlatformProfile): Middleware {
  return (next) => async (request) => {
    const response = await next(request);
    if (response.status < 200 || response.status >= 300) return response;
    const failure = failureOf(profile, response.body);
    if (failure === undefined || !isRetryableFailure(failure.errorCode, response.status)) return response;
    throw new PlatformError({
      ...requestContext(request),
      platformCode: failure.platformCode,
      errorCode: failure.errorCode,
      platformMessage: failure.message,
      httpStatus: response.status,
      retryable: true,
    });
  };
}
