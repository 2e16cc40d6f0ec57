import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, addYears, isCreditBridgeError } from '../../src/index.js';
import { anyDayNumber, isoOfDay, partsOf, referenceDaysInMonth } from './oracle.js';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'foreign error';
  }
  return 'no error';
}

/** The expected result of moving `months` months, by the clamp rule, computed from the reference calendar. */
function expectedShift(date: string, months: number): string | undefined {
  const { y, m, d } = partsOf(date);
  const index = Number(y) * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 1 || year > 9999) return undefined;
  const day = Math.min(d, referenceDaysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', 1)).toBe('2024-04-30');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-11-15', 2)).toBe('2025-01-15');
    expect(addMonths('2024-01-15', -13)).toBe('2022-12-15');
  });

  it('keeps the day when it exists and otherwise lands on the last day of the target month', () => {
    fc.assert(
      fc.property(anyDayNumber, fc.integer({ min: -1200, max: 1200 }), (day, n) => {
        const date = isoOfDay(day);
        const expected = expectedShift(date, n);
        if (expected === undefined) expect(codeOf(() => addMonths(date, n))).toBe('E_DATE_INVALID');
        else expect(addMonths(date, n)).toBe(expected);
      }),
    );
  });
});

describe('addYears', () => {
  it('sends 29 February to 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', -100)).toBe('1924-02-29');
    expect(addYears('2000-02-29', 100)).toBe('2100-02-28');
  });

  it('is addMonths by twelve times n', () => {
    fc.assert(
      fc.property(anyDayNumber, fc.integer({ min: -50, max: 50 }), (day, n) => {
        const date = isoOfDay(day);
        const expected = expectedShift(date, n * 12);
        if (expected === undefined) expect(codeOf(() => addYears(date, n))).toBe('E_DATE_INVALID');
        else expect(addYears(date, n)).toBe(expected);
      }),
    );
  });

  it('rejects non-integer steps and non-canonical dates', () => {
    expect(codeOf(() => addYears('2024-01-05', 0.5))).toBe('E_DATE_INVALID');
    expect(codeOf(() => addMonths('2024/01/05', 1))).toBe('E_DATE_FORMAT');
  });
});
