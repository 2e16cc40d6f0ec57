import { describe, expect, it } from 'vitest';
import { createConcurrencyGate, createTokenBucket } from '../../src/index.js';

/** A clock that only moves when the bucket sleeps: waits are exact and no test waits for real. */
function manualTime(start = 1_000_000) {
  let now = start;
  const sleeps: number[] = [];
  return {
    clock: () => now,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
    sleeps,
  };
}

describe('createTokenBucket', () => {
  it('lets a burst through, then paces takes at the rate, in the order they were asked', async () => {
    const time = manualTime();
    const bucket = createTokenBucket({ ratePerSecond: 10, burst: 3, ...time });
    const order: number[] = [];
    const started = time.clock();
    await Promise.all(Array.from({ length: 8 }, (_, index) => bucket.take().then(() => order.push(index))));
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // 3 at once, then 5 more at 10 per second.
    expect(time.clock() - started).toBe(500);
    time.advance(10_000);
    expect(bucket.available()).toBe(3);
  });

  it('stops waiting when aborted, and lets the next caller through', async () => {
    const time = manualTime();
    const bucket = createTokenBucket({ ratePerSecond: 1, ...time });
    await bucket.take();
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(bucket.take(1, controller.signal)).rejects.toThrow('stop');
    await bucket.take();
    expect(time.sleeps).toEqual([1000]);
    await expect(bucket.take(2)).rejects.toMatchObject({ code: 'E_SYNC_CONFIG' });
    expect(() => createTokenBucket({ ratePerSecond: 0, ...time })).toThrow(
      expect.objectContaining({ code: 'E_SYNC_CONFIG' }),
    );
  });
});

describe('createConcurrencyGate', () => {
  it('never runs more than its limit at once and admits waiters in order', async () => {
    const gate = createConcurrencyGate(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const tasks = Array.from({ length: 6 }, (_, index) =>
      gate.run(async () => {
        running += 1;
        most = Math.max(most, running);
        order.push(index);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
      }),
    );
    while (order.length < 6) {
      await new Promise((resolve) => setImmediate(resolve));
      expect(gate.active).toBeLessThanOrEqual(2);
      releases.shift()?.();
    }
    for (const release of releases) release();
    await Promise.all(tasks);
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(gate.active).toBe(0);
    expect(() => createConcurrencyGate(0)).toThrow(expect.objectContaining({ code: 'E_SYNC_CONFIG' }));
  });
});
