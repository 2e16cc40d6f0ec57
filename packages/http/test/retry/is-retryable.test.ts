import { describe, expect, it } from 'vitest';
import {
  AbortedError,
  type HttpMethod,
  HttpStatusError,
  isRetryable,
  NetworkError,
  PlatformError,
  TimeoutError,
} from '../../src/index.js';

const ctx = { method: 'POST', path: '/p' };
const fresh = { reusedSocketRetried: false };
const post = { method: 'POST' as HttpMethod };
const keyed = { method: 'POST' as HttpMethod, idempotencyKey: 'cb1-x' };

describe('isRetryable', () => {
  it('retries idempotent methods on 5xx, 408 and 429 but never on other 4xx', () => {
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'] as const) {
      expect(isRetryable(new HttpStatusError({ ...ctx, status: 503 }), { method }, fresh)).toBe('idempotent');
    }
    expect(isRetryable(new HttpStatusError({ ...ctx, status: 408 }), { method: 'GET' }, fresh)).toBe(
      'idempotent',
    );
    expect(isRetryable(new HttpStatusError({ ...ctx, status: 429 }), { method: 'GET' }, fresh)).toBe(
      'idempotent',
    );
    for (const status of [400, 401, 403, 404, 409, 413, 422]) {
      expect(isRetryable(new HttpStatusError({ ...ctx, status }), { method: 'GET' }, fresh)).toBe(false);
    }
  });

  it('retries POST and PATCH only with an idempotency key', () => {
    const error = new HttpStatusError({ ...ctx, status: 503 });
    expect(isRetryable(error, post, fresh)).toBe(false);
    expect(isRetryable(error, { method: 'PATCH' }, fresh)).toBe(false);
    expect(isRetryable(error, keyed, fresh)).toBe('idempotent');
  });

  it('retries a request that never left, whatever its method', () => {
    expect(isRetryable(new TimeoutError({ ...ctx, deadline: 'connect', timeoutMs: 1 }), post, fresh)).toBe(
      'not-sent',
    );
    expect(
      isRetryable(new NetworkError({ ...ctx, reason: 'refused', syscallCode: 'ECONNREFUSED' }), post, fresh),
    ).toBe('not-sent');
  });

  it('retries a reset of a reused keep-alive socket once, even for POST', () => {
    const error = new NetworkError({
      ...ctx,
      reason: 'socket hang up',
      syscallCode: 'ECONNRESET',
      reusedSocket: true,
    });
    expect(isRetryable(error, post, fresh)).toBe('reused-socket-reset');
    expect(isRetryable(error, post, { reusedSocketRetried: true })).toBe(false);
    const freshSocket = new NetworkError({ ...ctx, reason: 'socket hang up', syscallCode: 'ECONNRESET' });
    expect(isRetryable(freshSocket, post, fresh)).toBe(false);
  });

  it('does not retry a POST without a key after an attempt timeout: it may have been applied', () => {
    expect(isRetryable(new TimeoutError({ ...ctx, deadline: 'attempt', timeoutMs: 1 }), post, fresh)).toBe(
      false,
    );
    expect(isRetryable(new TimeoutError({ ...ctx, deadline: 'attempt', timeoutMs: 1 }), keyed, fresh)).toBe(
      'idempotent',
    );
  });

  it('never retries aborts, the total deadline, platform refusals or foreign errors', () => {
    expect(isRetryable(new AbortedError(ctx), keyed, fresh)).toBe(false);
    expect(isRetryable(new TimeoutError({ ...ctx, deadline: 'total', timeoutMs: 1 }), keyed, fresh)).toBe(
      false,
    );
    expect(isRetryable(new PlatformError({ ...ctx, platformCode: '96' }), keyed, fresh)).toBe(false);
    expect(isRetryable(new Error('boom'), keyed, fresh)).toBe(false);
  });
});
