import pRetry from 'p-retry';
import type { Handler, Middleware } from '../compose-transport.js';
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

/** One call's progress through its attempts. */
interface CallState {
  attempts: number;
  reusedSocketRetried: boolean;
}

async function runAttempt(
  next: Handler,
  request: HttpRequest,
  state: CallState,
  attemptNumber: number,
): Promise<HttpResponse> {
  state.attempts = attemptNumber;
  try {
    return await next({ ...request, attempt: attemptNumber });
  } catch (error) {
    throw annotateError(error, { attempts: attemptNumber });
  }
}

/**
 * The attempts of a call under p-retry. `first` is the failure of a first attempt already made, handed
 * to p-retry as the outcome of its own first attempt, so every decision after it is p-retry's.
 */
function withRetries(
  next: Handler,
  request: HttpRequest,
  state: CallState,
  options: RetryOptions,
  first: { error: unknown } | undefined,
): Promise<HttpResponse> {
  return pRetry(
    (attemptNumber) =>
      attemptNumber === 1 && first !== undefined
        ? Promise.reject(first.error)
        : runAttempt(next, request, state, attemptNumber),
    {
      retries: options.maxAttempts - 1,
      // p-retry counts and decides; the wait is ours (jitter, Retry-After, injected sleep).
      minTimeout: 0,
      factor: 1,
      shouldRetry: async ({ error, attemptNumber }) => {
        const ground = isRetryable(error, request, state);
        if (ground === false || request.signal?.aborted) return false;
        const delayMs = nextDelay(error, request, attemptNumber - 1, options);
        if (delayMs === undefined) return false;
        if (options.budget && !options.budget.withdraw()) {
          throw annotateError(error, { details: { budgetExhausted: true } });
        }
        if (ground === 'reused-socket-reset') state.reusedSocketRetried = true;
        emitEvent(options.onEvent, () =>
          createHttpEvent('retry', { ...request, attempt: attemptNumber }, { delayMs, error }),
        );
        if (delayMs > 0) await options.sleep(delayMs, request.signal);
        return true;
      },
    },
  );
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
    const state: CallState = { attempts: 0, reusedSocketRetried: false };
    try {
      let response: HttpResponse;
      // Most calls succeed at once, so the first attempt runs outside p-retry, which is handed a failure
      // as the outcome of its own first attempt. A `retries` p-retry refuses goes straight to it, which
      // refuses it before any attempt, as before.
      if (options.maxAttempts - 1 >= 0) {
        try {
          response = await runAttempt(next, request, state, 1);
        } catch (error) {
          response = await withRetries(next, request, state, options, { error });
        }
      } else {
        response = await withRetries(next, request, state, options, undefined);
      }
      return { ...response, attempts: state.attempts, durationMs: options.clock() - started };
    } catch (error) {
      if (request.signal?.aborted)
        throw abortErrorFor(request.signal.reason, { ...request, attempt: state.attempts });
      throw annotateError(error, { attempts: state.attempts });
    }
  };
}
