import { describe, expect, it } from 'vitest';
import {
  composeTransport,
  createRetryBudget,
  type HttpEvent,
  type HttpRequest,
  httpStatus,
  idempotencyKey,
  isAbortedError,
  isHttpStatusError,
  NetworkError,
  type RetryOptions,
  requestContext,
  requestId,
  retry,
  sign,
} from '../../src/index.js';
import { recordingSleep, scriptedSender } from '../support/scripted-sender.js';

const NOW = Date.UTC(2025, 0, 1);

function options(overrides: Partial<RetryOptions> = {}): RetryOptions {
  return {
    maxAttempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    sleep: recordingSleep(),
    random: () => 0.5,
    clock: () => NOW,
    ...overrides,
  };
}

const get: HttpRequest = { method: 'GET', url: 'http://127.0.0.1:1/api/v1/blacklist/check', headers: {} };

describe('retry middleware', () => {
  it('retries a 503 with full-jitter backoff until a response succeeds', async () => {
    const sleep = recordingSleep();
    const sender = scriptedSender(503, 503, 200);
    const transport = composeTransport([retry(options({ sleep })), httpStatus()], sender);
    const response = await transport(get);
    expect(response.status).toBe(200);
    expect(response.attempts).toBe(3);
    // random 0.5 × min(1000, 100 × 2^i)
    expect(sleep.waits).toEqual([50, 100]);
    expect(sender.seen.map((request) => request.attempt)).toEqual([1, 2, 3]);
  });

  it('stops at maxAttempts and throws the last error with the attempt count', async () => {
    const sender = scriptedSender(503, 502, 504, 500, 200);
    const transport = composeTransport([retry(options()), httpStatus()], sender);
    const error = await transport(get).catch((e: unknown) => e);
    expect(isHttpStatusError(error) && error.status).toBe(500);
    expect(isHttpStatusError(error) && error.attempts).toBe(4);
    expect(sender.seen).toHaveLength(4);
  });

  it('throws the last error marked budgetExhausted when the shared budget is empty', async () => {
    const budget = createRetryBudget({ ratio: 0, minPerSecond: 1, maxTokens: 0 }, () => NOW);
    const sender = scriptedSender(503, 503, 503, 503);
    const transport = composeTransport([retry(options({ budget })), httpStatus()], sender);
    const error = await transport(get).catch((e: unknown) => e);
    expect(isHttpStatusError(error) && error.details).toMatchObject({ budgetExhausted: true });
    expect(isHttpStatusError(error) && error.attempts).toBe(2);
    // The same client's next call gets no retry at all within that second.
    const next = await transport(get).catch((e: unknown) => e);
    expect(isHttpStatusError(next) && next.attempts).toBe(1);
  });

  it('waits as long as Retry-After says, in seconds or as an HTTP date', async () => {
    const sleep = recordingSleep();
    const sender = scriptedSender(
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 503, headers: { 'retry-after': new Date(NOW + 7000).toUTCString() } },
      200,
    );
    const transport = composeTransport([retry(options({ sleep })), httpStatus()], sender);
    await transport(get);
    expect(sleep.waits).toEqual([2000, 7000]);
  });

  it('does not retry when Retry-After points past the deadline, and caps backoff at it', async () => {
    const sleep = recordingSleep();
    const late = scriptedSender({ status: 429, headers: { 'retry-after': '30' } }, 200);
    const transport = composeTransport([retry(options({ sleep })), httpStatus()], late);
    const error = await transport({ ...get, deadlineAt: NOW + 10_000 }).catch((e: unknown) => e);
    expect(isHttpStatusError(error) && error.status).toBe(429);
    expect(late.seen).toHaveLength(1);

    const capped = composeTransport(
      [retry(options({ sleep, random: () => 0.99, baseDelayMs: 5000, maxDelayMs: 5000 })), httpStatus()],
      scriptedSender(503, 200),
    );
    await capped({ ...get, deadlineAt: NOW + 1200 });
    expect(sleep.waits.at(-1)).toBe(1200);
  });

  it('signs every attempt afresh and sends the same id and idempotency key on each', async () => {
    const sender = scriptedSender(503, 503, 200);
    let nonce = 0;
    const signer = (request: HttpRequest): HttpRequest => ({
      ...request,
      headers: { ...request.headers, 'X-Nonce': `nonce-${++nonce}` },
    });
    const transport = composeTransport(
      [
        requestId({ idSource: () => 'req-7' }),
        idempotencyKey(),
        retry(options()),
        sign(signer),
        httpStatus(),
      ],
      sender,
    );
    await transport({ ...get, method: 'POST', idempotencyKey: 'cb1-abc' });
    expect(sender.seen.map((request) => request.headers['X-Nonce'])).toEqual([
      'nonce-1',
      'nonce-2',
      'nonce-3',
    ]);
    expect(new Set(sender.seen.map((request) => request.headers['Idempotency-Key']))).toEqual(
      new Set(['cb1-abc']),
    );
    expect(new Set(sender.seen.map((request) => request.headers['X-Request-Id']))).toEqual(
      new Set(['req-7']),
    );
  });

  it('emits a retry event with the delay and the masked error', async () => {
    const events: HttpEvent[] = [];
    const transport = composeTransport(
      [retry(options({ onEvent: (event) => events.push(event) })), httpStatus()],
      scriptedSender(503, 200),
    );
    await transport({ ...get, requestId: 'r-1', operation: 'blacklist.check' });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'retry',
        requestId: 'r-1',
        operation: 'blacklist.check',
        attempt: 1,
        delayMs: 50,
        error: expect.objectContaining({ code: 'E_HTTP_STATUS', retryable: true }),
      }),
    ]);
  });

  it('retries a POST without a key once after a reset of a reused keep-alive socket', async () => {
    const resetReused = (request: HttpRequest) =>
      new NetworkError({
        ...requestContext(request),
        reason: 'socket hang up',
        syscallCode: 'ECONNRESET',
        reusedSocket: true,
      });
    const sender = scriptedSender(resetReused, resetReused, 200);
    const transport = composeTransport([retry(options()), httpStatus()], sender);
    const error = await transport({ ...get, method: 'POST' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'E_NETWORK', attempts: 2 });
    expect(sender.seen).toHaveLength(2);
  });

  it('ends with E_ABORTED when the caller aborts during the backoff', async () => {
    const controller = new AbortController();
    const sleep = async () => {
      controller.abort();
      controller.signal.throwIfAborted();
    };
    const sender = scriptedSender(503, 200);
    const transport = composeTransport([retry(options({ sleep })), httpStatus()], sender);
    const error = await transport({ ...get, signal: controller.signal }).catch((e: unknown) => e);
    expect(isAbortedError(error)).toBe(true);
    expect(error).toMatchObject({ attempts: 1, retryable: false });
    expect(sender.seen).toHaveLength(1);
  });
});
