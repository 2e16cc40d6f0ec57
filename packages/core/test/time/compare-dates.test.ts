import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, isCreditBridgeError } from '../../src/index.js';
import { anyDayNumber, isoOfDay } from './oracle.js';

describe('compareDates', () => {
  it('orders dates chronologically', () => {
    expect(compareDates('2023-12-31', '2024-01-01')).toBe(-1);
    expect(compareDates('2024-01-01', '2024-01-01')).toBe(0);
    expect(compareDates('2024-03-01', '0999-12-31')).toBe(1);
    expect(['2024-03-01', '2023-12-31', '2024-02-29'].sort(compareDates)).toEqual([
      '2023-12-31',
      '2024-02-29',
      '2024-03-01',
    ]);
  });

  it('agrees with the order of the days for any pair', () => {
    fc.assert(
      fc.property(anyDayNumber, anyDayNumber, (a, b) => {
        expect(compareDates(isoOfDay(a), isoOfDay(b))).toBe(Math.sign(a - b) || 0);
      }),
    );
  });

  it('throws on an impossible date instead of ordering it', () => {
    try {
      compareDates('2023-02-29', '2023-03-01');
      expect.unreachable('an impossible date was ordered');
    } catch (error) {
      expect(isCreditBridgeError(error) && error.code).toBe('E_DATE_INVALID');
    }
  });
});
