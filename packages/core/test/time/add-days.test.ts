import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, daysBetween, isCreditBridgeError } from '../../src/index.js';
import { anyDayNumber, DAY_MS, isoOfDay, LAST_DAY } from './oracle.js';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'foreign error';
  }
  return 'no error';
}

describe('addDays and daysBetween', () => {
  it('step across month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });

  it('agree with the reference calendar for any day and offset', () => {
    fc.assert(
      fc.property(anyDayNumber, fc.integer({ min: -400_000, max: 400_000 }), (day, n) => {
        const target = Math.min(Math.max(day + n, -719162), LAST_DAY);
        const date = isoOfDay(day);
        expect(addDays(date, target - day)).toBe(isoOfDay(target));
        expect(daysBetween(date, isoOfDay(target))).toBe(target - day);
      }),
    );
  });

  it('reject bad dates, non-integer steps and results beyond 0001–9999', () => {
    expect(codeOf(() => addDays('2024-1-5', 1))).toBe('E_DATE_FORMAT');
    expect(codeOf(() => addDays('2023-02-29', 1))).toBe('E_DATE_INVALID');
    expect(codeOf(() => addDays('2024-01-05', 1.5))).toBe('E_DATE_INVALID');
    expect(codeOf(() => addDays('9999-12-31', 1))).toBe('E_DATE_INVALID');
    expect(codeOf(() => addDays('0001-01-01', -1))).toBe('E_DATE_INVALID');
    expect(codeOf(() => daysBetween('2024-01-05', '5 Jan 2024'))).toBe('E_DATE_FORMAT');
  });
});

describe('dayOfWeek', () => {
  it('numbers Sunday 0 to Saturday 6', () => {
    expect(dayOfWeek('2024-01-07')).toBe(0);
    expect(dayOfWeek('2024-01-01')).toBe(1);
    expect(dayOfWeek('2024-01-06')).toBe(6);
    expect(dayOfWeek('0001-01-01')).toBe(1);
  });

  it('agrees with Date#getUTCDay for any day', () => {
    fc.assert(
      fc.property(anyDayNumber, (day) => {
        expect(dayOfWeek(isoOfDay(day))).toBe(new Date(day * DAY_MS).getUTCDay());
      }),
    );
  });
});
