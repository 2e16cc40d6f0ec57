import { describe, expect, it } from 'vitest';
import {
  attemptTimeout,
  composeTransport,
  deadline,
  type Handler,
  type HttpRequest,
  isAbortedError,
  isTimeoutError,
} from '../../src/index.js';
import { deadlineStack } from '../support/deadline-stack.js';

const request: HttpRequest = { method: 'GET', url: 'http://127.0.0.1:1/slow', headers: {} };

/** A handler that never settles and ignores its signal, like a misbehaving injected sender. */
const never: Handler = () => new Promise(() => {});

describe('deadline and attempt timeout middleware', () => {
  it('end a call whose handler ignores the signal once the attempt timeout passes', async () => {
    const started = performance.now();
    const error = await composeTransport(
      [attemptTimeout({ timeoutMs: 50 })],
      never,
    )(request).catch((e: unknown) => e);
    expect(isTimeoutError(error) && error.deadline).toBe('attempt');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('retry attempt timeouts of an idempotent request and stop at the total deadline', async () => {
    let calls = 0;
    const counting: Handler = (req) => {
      calls += 1;
      return never(req);
    };
    const transport = deadlineStack(counting, { totalMs: 200, attemptMs: 60 });
    const started = performance.now();
    const error = await transport(request).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(isTimeoutError(error) && error.deadline).toBe('total');
    expect(error).toMatchObject({ retryable: false });
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(calls).toBeLessThanOrEqual(4);
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(1000);
  });

  it('publish deadlineAt from the injected clock and pass a signal down', async () => {
    let seen: HttpRequest | undefined;
    const capture: Handler = async (req) => {
      seen = req;
      return { status: 200, headers: {}, body: new Uint8Array(), requestId: '', attempts: 1, durationMs: 0 };
    };
    await composeTransport([deadline({ totalMs: 1000, clock: () => 5000 })], capture)(request);
    expect(seen?.deadlineAt).toBe(6000);
    expect(seen?.signal).toBeInstanceOf(AbortSignal);
  });

  it('turn a caller abort into E_ABORTED, before or during the call', async () => {
    const controller = new AbortController();
    controller.abort();
    const before = await composeTransport(
      [deadline({ totalMs: 1000 })],
      never,
    )({
      ...request,
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(isAbortedError(before)).toBe(true);

    const during = new AbortController();
    setTimeout(() => during.abort(), 20);
    const error = await composeTransport(
      [deadline({ totalMs: 5000 })],
      never,
    )({
      ...request,
      signal: during.signal,
    }).catch((e: unknown) => e);
    expect(isAbortedError(error)).toBe(true);
  });
});
