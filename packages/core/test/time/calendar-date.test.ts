import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/index.js';
import { anyDayNumber, isoOfDay } from './oracle.js';

describe('isCalendarDate', () => {
  it('accepts every real day in 0001–9999 written YYYY-MM-DD', () => {
    fc.assert(
      fc.property(anyDayNumber, (day) => {
        expect(isCalendarDate(isoOfDay(day))).toBe(true);
      }),
    );
  });

  it('rejects impossible days, loose forms and non-strings', () => {
    for (const value of [
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '0000-01-01',
    ]) {
      expect(isCalendarDate(value), value).toBe(false);
    }
    for (const value of [
      '2024-2-29',
      '20240229',
      '2024/02/29',
      ' 2024-02-29',
      '2024-02-29T00:00',
      20240229,
      null,
    ]) {
      expect(isCalendarDate(value), String(value)).toBe(false);
    }
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });
});
