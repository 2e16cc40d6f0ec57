import pRetry from 'p-retry';
import type { Middleware } from '../compose-transport.js';
import { isHttpStatusError } from '../errors/http-status-error.js';
import { createHttpEvent, emitEvent, type OnHttpEvent } from '../events/http-event.js';
import type { HttpRequest, HttpResponse } from '../http-request.js';
import { abortErrorFor } from '../internal/abort-error-for.js';
import { annotateError } from '../internal/annotate-error.js';
import type { RetryBudget } from '../retry/create-retry-budget.js';
import { fullJitterDelay } from '../retry/full-jitter-delay.js';
import { isRetryable } from '../retry/is-retryable.js';
import { parseRetryAfter } from '../retry/parse-retry-after.js';

/** Options of {@link retry}; `createHttpClient` resolves them from its own options. */
export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Shared by every call of a client; without one, only `maxAttempts` limits retries. */
  budget?: RetryBudget | undefined;
  /** Waits between attempts; must reject when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  clock: () => number;
  onEvent?: OnHttpEvent | undefined;
}

/** The wait before the next attempt, or undefined when the deadline leaves no room for one. */
function nextDelay(error: unknown, request: HttpRequest, retryIndex: number, options: RetryOptions) {
  const now = options.clock();
  const remaining = (request.deadlineAt ?? Number.POSITIVE_INFINITY) - now;
  const retryAfter = isHttpStatusError(error)
    ? parseRetryAfter(error.headers['retry-after'], now)
    : undefined;
  // The server said when to come back; if that is past the deadline, retrying early would only be refused.
  if (retryAfter !== undefined) return retryAfter < remaining ? retryAfter : undefined;
  const delay = fullJitterDelay({ retryIndex, ...options });
  return remaining > 0 ? Math.min(delay, remaining) : undefined;
}

/**
 * Retries failed attempts with p-retry: full-jitter exponential backoff or the server's `Retry-After`,
 * at most `maxAttempts` attempts, each retry paid from the client's retry budget, and only when
 * {@link isRetryable} finds the request safe to repeat. The call ends with the last attempt's error,
 * carrying the attempt count (and `details.budgetExhausted` when the budget ran dry).
 *
 * @example
 * composeTransport([retry({ maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 5_000, sleep, random: Math.random,
 *   clock: Date.now })], sender);
 */
export function retry(options: RetryOptions): Middleware {
  return (next) => async (request) => {
    const started = options.clock();
    options.budget?.deposit();
    let attempts = 0;
    let reusedSocketRetried = false;
    const attempt = async (attemptNumber: number): Promise<HttpResponse> => {
      attempts = attemptNumber;
      try {
        return await next({ ...request, attempt: attemptNumber });
      } catch (error) {
        throw annotateError(error, { attempts: attemptNumber });
      }
    };
    const retries = options.maxAttempts - 1;
    const retrying = (first: { error: unknown } | undefined) =>
      pRetry(
        (attemptNumber) =>
          attemptNumber === 1 && first !== undefined ? Promise.reject(first.error) : attempt(attemptNumber),
        {
          retries,
          // p-retry counts and decides; the wait is ours (jitter, Retry-After, injected sleep).
          minTimeout: 0,
          factor: 1,
          shouldRetry: async ({ error, attemptNumber }) => {
            const ground = isRetryable(error, request, { reusedSocketRetried });
            if (ground === false || request.signal?.aborted) return false;
            const delayMs = nextDelay(error, request, attemptNumber - 1, options);
            if (delayMs === undefined) return false;
            if (options.budget && !options.budget.withdraw()) {
              throw annotateError(error, { details: { budgetExhausted: true } });
            }
            if (ground === 'reused-socket-reset') reusedSocketRetried = true;
            emitEvent(options.onEvent, () =>
              createHttpEvent('retry', { ...request, attempt: attemptNumber }, { delayMs, error }),
            );
            if (delayMs > 0) await options.sleep(delayMs, request.signal);
            return true;
          },
        },
      );
    try {
      let response: HttpResponse;
      // Most calls succeed at once, so the first attempt runs outside p-retry, which is handed a failure
      // as the outcome of its own first attempt: every decision after it is p-retry's, as before. A
      // `retries` p-retry refuses goes straight to it, which refuses it before any attempt, as before.
      if (retries >= 0) {
        try {
          response = await attempt(1);
        } catch (error) {
          response = await retrying({ error });
        }
      } else {
        response = await retrying(undefined);
      }
      return { ...response, attempts, durationMs: options.clock() - started };
    } catch (error) {
      if (request.signal?.aborted)
        throw abortErrorFor(request.signal.reason, { ...request, attempt: attempts });
      throw annotateError(error, { attempts });
    }
  };
}
