import { describe, expect, it } from 'vitest';
import {
  type Handler,
  type HttpRequest,
  httpStatus,
  isAbortedError,
  isTimeoutError,
} from '../../src/index.js';
import { deadlineStack } from '../support/deadline-stack.js';
import { scriptedSender } from '../support/scripted-sender.js';

const request: HttpRequest = { method: 'GET', url: 'http://127.0.0.1:1/slow', headers: {} };

/** A handler that honours its signal, as the axios sender does, and records the signals it was given. */
function abortable(): Handler & { signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  const handler: Handler = (req) => {
    const { signal } = req;
    if (signal === undefined) throw new Error('no signal');
    signals.push(signal);
    return new Promise((_, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  return Object.assign(handler, { signals });
}

function stack(handler: Handler, totalMs: number, attemptMs: number): Handler {
  return deadlineStack(handler, { totalMs, attemptMs });
}

describe('the signal an attempt gets under a total deadline', () => {
  it('aborts with the total deadline when it passes during an attempt', async () => {
    const handler = abortable();
    const error = await stack(handler, 60, 5_000)(request).catch((e: unknown) => e);
    expect(isTimeoutError(error) && error.deadline).toBe('total');
    expect(handler.signals).toHaveLength(1);
    expect(handler.signals[0]?.aborted).toBe(true);
    expect(handler.signals[0]?.reason).toBe(error);
  });

  it('aborts with the attempt timeout alone, leaving the next attempt a fresh signal', async () => {
    const handler = abortable();
    const error = await stack(handler, 250, 60)(request).catch((e: unknown) => e);
    expect(isTimeoutError(error) && error.deadline).toBe('total');
    expect(handler.signals.length).toBeGreaterThanOrEqual(2);
    const first = handler.signals[0]?.reason;
    expect(isTimeoutError(first) && first.deadline).toBe('attempt');
    expect(new Set(handler.signals).size).toBe(handler.signals.length);
  });

  it("aborts with the caller's reason when the caller aborts during an attempt", async () => {
    const handler = abortable();
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('caller gave up')), 30);
    const error = await stack(
      handler,
      5_000,
      5_000,
    )({ ...request, signal: controller.signal }).catch((e: unknown) => e);
    expect(isAbortedError(error)).toBe(true);
    expect(error).toMatchObject({ attempts: 1, retryable: false });
    expect(handler.signals).toHaveLength(1);
    expect(handler.signals[0]?.reason).toBe(controller.signal.reason);
  });

  it('still ends the call at the total deadline in a backoff after a quick failure, whichever deadline is nearer', async () => {
    // A sleep that only ends when its signal fires: the total deadline alone can end the backoff.
    const untilAborted = (_ms: number, signal?: AbortSignal) =>
      new Promise<void>((_, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    for (const [totalMs, attemptMs] of [
      [80, 5_000],
      [250, 40],
    ] as const) {
      const sender = scriptedSender(503);
      const transport = deadlineStack(sender, {
        totalMs,
        attemptMs,
        retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 10, sleep: untilAborted, random: () => 0.5 },
        inner: [httpStatus()],
      });
      const started = performance.now();
      const error = await transport(request).catch((e: unknown) => e);
      const elapsed = performance.now() - started;
      expect(isTimeoutError(error) && error.deadline).toBe('total');
      expect(sender.seen).toHaveLength(1);
      expect(elapsed).toBeGreaterThanOrEqual(totalMs - 10);
      expect(elapsed).toBeLessThan(totalMs + 1_000);
    }
  });
});
