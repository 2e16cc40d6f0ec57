import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCreditBridgeError, todayInShanghai } from '../../src/index.js';

describe('todayInShanghai', () => {
  it('turns the day at 16:00 UTC, which is midnight in UTC+8', () => {
    expect(todayInShanghai(Date.parse('2024-12-31T15:59:59.999Z'))).toBe('2024-12-31');
    expect(todayInShanghai(Date.parse('2024-12-31T16:00:00.000Z'))).toBe('2025-01-01');
    expect(todayInShanghai(new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
  });

  it('lands on the right day for any instant within a second of Shanghai midnight', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -700_000, max: 2_900_000 }),
        fc.integer({ min: -1000, max: 999 }),
        (day, offsetMs) => {
          const midnight = day * 86_400_000 - 8 * 3_600_000;
          const expectedDay = offsetMs < 0 ? day - 1 : day;
          const expected = new Date(expectedDay * 86_400_000).toISOString().slice(0, 10);
          expect(todayInShanghai(midnight + offsetMs)).toBe(expected);
        },
      ),
    );
  });

  it('defaults to the current time', () => {
    const before = todayInShanghai(Date.now());
    const today = todayInShanghai();
    const after = todayInShanghai(Date.now());
    expect([before, after]).toContain(today);
  });

  it('throws E_DATE_INVALID for an invalid instant', () => {
    try {
      todayInShanghai(new Date(Number.NaN));
      expect.unreachable('an invalid Date was accepted');
    } catch (error) {
      expect(isCreditBridgeError(error) && error.code).toBe('E_DATE_INVALID');
    }
  });
});
