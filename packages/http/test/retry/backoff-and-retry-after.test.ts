import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullJitterDelay, parseRetryAfter } from '../../src/index.js';

describe('fullJitterDelay', () => {
  it('spans [0, base × 2^retryIndex) and is capped by maxDelayMs', () => {
    const at = (random: number, retryIndex: number) =>
      fullJitterDelay({ retryIndex, baseDelayMs: 100, maxDelayMs: 1000, random: () => random });
    expect([at(0, 0), at(0.5, 0), at(0.999, 0)]).toEqual([0, 50, 99]);
    expect(at(0.5, 2)).toBe(200);
    expect(at(0.5, 10)).toBe(500);
  });

  it('never exceeds the cap nor goes negative (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.nat(40),
        fc.nat(10_000),
        fc.nat(100_000),
        (random, retryIndex, baseDelayMs, maxDelayMs) => {
          const delay = fullJitterDelay({ retryIndex, baseDelayMs, maxDelayMs, random: () => random });
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(Math.min(maxDelayMs, baseDelayMs * 2 ** retryIndex));
        },
      ),
    );
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2025, 0, 1, 0, 0, 0);

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 3 ', now)).toBe(3000);
  });

  it('reads an HTTP-date relative to now, a past date as 0', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', now)).toBe(0);
  });

  it('ignores an absent or unreadable header', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
  });
});
